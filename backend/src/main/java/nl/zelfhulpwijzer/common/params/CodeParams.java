package nl.zelfhulpwijzer.common.params;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.zelfhulpwijzer.common.problem.Problem;

/**
 * Reads an enum code, a true/false flag or a whole number from a query parameter. JAX-RS would answer a wrong value with 404;
 * callers deserve a 400 that names the field and the allowed values.
 */
public final class CodeParams {

    private CodeParams() {
    }

    /** The code for {@code raw}, or null when absent; a wrong value adds a Dutch field error. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new Problem.FieldError(field, "Onbekende waarde '" + raw + "'. Kies uit: " + allowed + "."));
            return null;
        }
    }

    /** true or false (any case), or null when absent; another value adds a Dutch field error. */
    public static Boolean flag(String raw, String field, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
        }
        errors.add(new Problem.FieldError(field, "Kies true of false."));
        return null;
    }

    /** A whole number from min to max, {@code fallback} when absent; another value adds a Dutch field error. */
    public static int number(String raw, int fallback, int min, int max, String field, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "een heel getal vanaf " + min : "een heel getal van " + min + " tot en met " + max;
        errors.add(new Problem.FieldError(field, "Vul " + range + " in."));
        return fallback;
    }
}
