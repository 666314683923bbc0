package nl.zelfhulpwijzer.interop.meetingguide;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.Location;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/**
 * Our meetings to Meeting Guide meetings. The spec is for weekly meetings only, so monthly meetings are left out
 * of the feed. Types: the meeting's own codes plus TC (temporarily closed), DD (dual diagnosis), X (wheelchair),
 * O/C from the group, and EN/FR when the group speaks those languages. Online/in-person is not a type: readers
 * derive it from the address and conference fields, as the spec says.
 */
public final class MeetingGuideMapper {

    static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingGuideMapper() {
    }

    public static boolean exportable(Meeting m) {
        return m.frequency == Frequency.WEEKLY;
    }

    public static MeetingGuideMeeting toFeed(Meeting m, String publicBaseUrl) {
        SelfHelpGroup g = m.group;
        Location l = m.location != null ? m.location : g.location;
        boolean inPerson = m.location != null && m.location.isSpecific();
        Set<String> types = new LinkedHashSet<>(List.of(m.types));
        types.add(g.open ? "O" : "C");
        types.remove(g.open ? "C" : "O");
        if (m.temporarilyClosed) {
            types.add("TC");
        }
        if (g.dualDiagnosis) {
            types.add("DD");
        }
        if (List.of(g.accessibility).contains("WHEELCHAIR")) {
            types.add("X");
        }
        for (String language : g.languages) {
            if (language.equals("en") || language.equals("fr")) {
                types.add(language.toUpperCase());
            }
        }
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        List<String> notes = new ArrayList<>();
        if (g.demo) {
            notes.add("Voorbeeldgegevens: deze groep bestaat niet echt.");
        }
        if (m.notes != null) {
            notes.add(m.notes);
        }
        return new MeetingGuideMeeting(m.displayName(), m.slug, m.dayOfWeek % 7, m.startTime.format(HH_MM),
                m.endTime == null ? null : m.endTime.format(HH_MM), m.timeZone, List.copyOf(types),
                notes.isEmpty() ? null : String.join("\n", notes),
                inPerson ? l.name : null,
                inPerson ? l.address : null,
                l == null ? null : l.city,
                inPerson ? l.postcode : null,
                l == null ? null : l.country.name(),
                l == null ? null : formatted(l, inPerson),
                l == null ? null : l.city,
                inPerson ? l.latitude : null,
                inPerson ? l.longitude : null,
                l == null ? null : inPerson ? "no" : "yes",
                m.conferenceUrl, m.conferenceNotes, m.conferencePhone,
                g.name, g.notes,
                UPDATED.format(m.updatedAt.isAfter(g.updatedAt) ? m.updatedAt : g.updatedAt),
                // The web client's meeting page shows the meeting and its "meld onjuiste informatie" form.
                base + "/bijeenkomsten/" + m.slug,
                base + "/bijeenkomsten/" + m.slug,
                g.organisation.name, null);
    }

    private static String formatted(Location l, boolean specific) {
        String country = l.country.name().equals("NL") ? "Nederland" : "België";
        if (!specific) {
            return l.city + ", " + country;
        }
        return String.join(", ", l.address, (l.postcode == null ? "" : l.postcode + " ") + l.city, country);
    }
}
