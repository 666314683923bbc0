package nl.zelfhulpwijzer.directory;

import java.util.Arrays;
import java.util.List;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;

/** ETag of a versioned entity, and the check of an If-Match header against it (412 when stale). */
public final class DirectoryEtags {

    private DirectoryEtags() {
    }

    public static String etag(Organisation organisation) {
        return "\"v" + organisation.version + "\"";
    }

    public static String etag(SelfHelpGroup group) {
        return "\"v" + group.version + "\"";
    }

    /** A meeting's ETag also covers its group, whose data the meeting shows. */
    public static String etag(Meeting meeting) {
        return "\"v" + meeting.version + "." + meeting.group.version + "\"";
    }

    static void checkVersion(String ifMatch, String etag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("If-Match",
                    "Stuur de ETag die u bij het ophalen kreeg mee in de kop If-Match, zodat niemands wijziging verloren gaat.")));
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(tag -> tag.trim().replace("W/", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Iemand anders heeft deze gegevens intussen gewijzigd. Haal ze opnieuw op en probeer het nog eens.");
        }
    }

    /** Writes that may come without If-Match check it only when it is sent. */
    static void checkVersionIfSent(String ifMatch, String etag) {
        if (ifMatch != null) {
            checkVersion(ifMatch, etag);
        }
    }
}
