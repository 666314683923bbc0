package nl.zelfhulpwijzer.common.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one CSV writer (RFC 4180): lines end in CRLF; a field with a comma, quote or line break is quoted, its quotes
 * doubled; null is an empty field. Text that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR)
 * gets a leading apostrophe; numbers and other values are written as they are.
 */
public final class Csv {

    private static final String FORMULA_START = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();

    /** Adds one line of fields. */
    public Csv line(Object... fields) {
        out.append(Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
