package nl.zelfhulpwijzer.implementation.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import nl.zelfhulpwijzer.common.problem.Problem;

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

    /** If-Match "n" means: the state I saw had version n - 1 ("0" = nothing stored yet). */
    static Integer expectedVersion(String ifMatch, List<Problem.FieldError> errors) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.trim().replaceFirst("^W/", "").replace("\"", "")) - 1;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError("If-Match", "Gebruik de etag die u kreeg, zoals \"1\"."));
            return null;
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
