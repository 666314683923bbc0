package nl.zelfhulpwijzer.implementation.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;

/** Reading text input into values, with Dutch field errors instead of exceptions. */
final class Inputs {

    private Inputs() {
    }

    static LocalDate date(String raw, String field, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01."));
            return null;
        }
    }

    static long id(String raw, String field, List<Problem.FieldError> errors) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "Vul een nummer in."));
            return -1;
        }
    }

    /** A numeric id from the path, or 400 at once: there is nothing else to check before it. */
    static long requireId(String raw) {
        List<Problem.FieldError> errors = new ArrayList<>();
        long id = id(raw, "id", errors);
        failOn(errors);
        return id;
    }

    /** Answers 400 with all collected field errors, so nothing is stored. */
    static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static Integer expectedVersion(String ifMatch, List<Problem.FieldError> errors) {
        return expectedVersion(ifMatch, "Gebruik de etag die u kreeg, zoals \"1\".", errors);
    }

    /** If-Match "n" means: the state I saw had version n - 1 ("0" = nothing stored yet); {@code hint} explains a bad tag. */
    static Integer expectedVersion(String ifMatch, String hint, List<Problem.FieldError> errors) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.trim().replaceFirst("^W/", "").replace("\"", "")) - 1;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError("If-Match", hint));
            return null;
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
