package nl.zelfhulpwijzer.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;

/** The period of a report: from and to are whole days, both included, in Dutch time. Default: the last 12 months. */
public record ReportPeriod(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int MAX_YEARS = 10;

    /** Parses the query parameters (ISO dates, may be empty); bad input is a 400 with the fields named. */
    public static ReportPeriod parse(String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = date(to, "to", errors);
        LocalDate start = date(from, "from", errors);
        InvalidInput.failOn(errors);
        end = end != null ? end : today;
        start = start != null ? start : end.minusMonths(12).plusDays(1);
        if (start.isAfter(end)) {
            errors.add(new FieldError("from", "De begindatum ligt na de einddatum."));
        } else if (start.isBefore(end.minusYears(MAX_YEARS))) {
            errors.add(new FieldError("from", "Kies een periode van hoogstens " + MAX_YEARS + " jaar."));
        }
        InvalidInput.failOn(errors);
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Geef een datum als jjjj-mm-dd, bijvoorbeeld 2026-01-31."));
            return null;
        }
    }
}
