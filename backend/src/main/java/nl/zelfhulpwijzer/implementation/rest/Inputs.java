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

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
