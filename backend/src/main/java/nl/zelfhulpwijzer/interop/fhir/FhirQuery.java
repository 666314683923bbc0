package nl.zelfhulpwijzer.interop.fhir;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.InstantType;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.directory.MeetingFilter;

/**
 * The query parameters of one FHIR search or history, checked against {@link FhirSearchSupport} with
 * handling=strict semantics: an unknown parameter, modifier or value is refused with a Dutch explanation, never
 * silently ignored. Plain Java, so every rule is tested without a server.
 */
final class FhirQuery {

    static final double DEFAULT_NEAR_KM = 25;
    static final double MAX_NEAR_KM = 250;

    private final Map<String, List<String>> query;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private FhirQuery(Map<String, List<String>> query) {
        this.query = query;
    }

    /** A search: the type's parameters and the result parameters. */
    static FhirQuery search(FhirSearchSupport support, Map<String, List<String>> query) {
        FhirQuery q = new FhirQuery(query);
        Set<String> known = new LinkedHashSet<>(List.of(FhirSearchSupport.COUNT, FhirSearchSupport.OFFSET,
                FhirSearchSupport.INCLUDE, FhirSearchSupport.REVINCLUDE));
        support.params().forEach(p -> known.add(FhirSearchSupport.BY_IDENTIFIER_ONLY.contains(p.name()) ? p.name() + ":identifier" : p.name()));
        q.refuseUnknown(known);
        q.refuseUnsupported(FhirSearchSupport.INCLUDE, support.includes());
        q.refuseUnsupported(FhirSearchSupport.REVINCLUDE, support.revIncludes());
        return q;
    }

    /** A type-level history: {@code _since}, {@code _count} and {@code _offset}. */
    static FhirQuery history(Map<String, List<String>> query) {
        FhirQuery q = new FhirQuery(query);
        q.refuseUnknown(Set.of(FhirSearchSupport.SINCE, FhirSearchSupport.COUNT, FhirSearchSupport.OFFSET));
        return q;
    }

    private void refuseUnknown(Set<String> known) {
        query.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name -> errors.add(
                new Problem.FieldError(name, name.contains(":")
                        ? "Deze zoekparameter kent hier geen toevoeging (modifier) '" + name.substring(name.indexOf(':')) + "'."
                        : "Deze zoekparameter kent de FHIR-ingang hier niet; zie /fhir/metadata.")));
    }

    private void refuseUnsupported(String name, List<String> supported) {
        all(name).stream().filter(v -> !supported.contains(v)).forEach(v -> errors.add(new Problem.FieldError(name,
                "'" + v + "' kan niet; wel: " + (supported.isEmpty() ? "geen" : String.join(", ", supported)) + ".")));
    }

    /** Every value of a parameter, repeated or comma-separated. */
    List<String> all(String name) {
        return query.getOrDefault(name, List.of()).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    boolean has(String name) {
        return query.containsKey(name);
    }

    /** A parameter given at most once; its comma-separated values, or null when absent. */
    List<String> anyOf(String name) {
        if (!once(name)) {
            return null;
        }
        List<String> values = all(name);
        if (values.isEmpty()) {
            errors.add(new Problem.FieldError(name, "Vul een waarde in."));
            return null;
        }
        return values;
    }

    /** A string parameter (starts with), given at most once, one value. */
    String text(String name) {
        if (!once(name)) {
            return null;
        }
        String value = query.get(name).get(0).trim();
        if (value.isEmpty() || value.length() > 200) {
            errors.add(new Problem.FieldError(name, "Vul 1 tot 200 tekens in."));
            return null;
        }
        return value;
    }

    Boolean bool(String name) {
        if (!once(name)) {
            return null;
        }
        String value = query.get(name).get(0).trim();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(new Problem.FieldError(name, "Gebruik true of false."));
        return null;
    }

    /** Ids from references such as {@code Organization/aa} or bare {@code aa}; null when absent. */
    List<String> references(String name, String type) {
        List<String> values = anyOf(name);
        if (values == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String v : values) {
            String id = v.startsWith(type + "/") ? v.substring(type.length() + 1) : v;
            if (id.isEmpty() || id.contains("/")) {
                errors.add(new Problem.FieldError(name, "Gebruik " + type + "/id of alleen de id."));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Numeric ids (Location); a value that is no number matches nothing, as an unknown id would. */
    static List<Long> numbers(List<String> ids) {
        return ids == null ? null : ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /** {@code _lastUpdated}: once or twice (a range), each with prefix eq (default), gt, ge, lt or le. */
    DirectoryHarvest.Changed lastUpdated() {
        return dates("_lastUpdated");
    }

    /** A date parameter given once or twice (a range), each with prefix eq (default), gt, ge, lt or le. */
    DirectoryHarvest.Changed dates(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        Instant from = null;
        Instant until = null;
        for (String raw : values) {
            String prefix = raw.length() > 2 && Character.isLetter(raw.charAt(0)) ? raw.substring(0, 2) : "eq";
            String date = raw.length() > 2 && Character.isLetter(raw.charAt(0)) ? raw.substring(2) : raw;
            Instant[] range = range(date);
            if (range == null) {
                errors.add(new Problem.FieldError(name, "Vul een datum of tijdstip in, zoals ge2026-01-31 of"
                        + " gt2026-01-31T12:00:00Z."));
                continue;
            }
            switch (prefix) {
                case "eq" -> {
                    from = later(from, range[0]);
                    until = earlier(until, range[1]);
                }
                case "gt" -> from = later(from, range[1]);
                case "ge" -> from = later(from, range[0]);
                case "lt" -> until = earlier(until, range[0]);
                case "le" -> until = earlier(until, range[1]);
                default -> errors.add(new Problem.FieldError(name, "Gebruik als voorvoegsel eq, gt, ge, lt of le."));
            }
        }
        return from == null && until == null ? null : new DirectoryHarvest.Changed(from, until);
    }

    /** {@code _since}: an instant with time zone. */
    Instant since() {
        if (!once(FhirSearchSupport.SINCE)) {
            return null;
        }
        Instant[] range = range(query.get(FhirSearchSupport.SINCE).get(0).trim());
        if (range == null) {
            errors.add(new Problem.FieldError(FhirSearchSupport.SINCE, "Vul een tijdstip in, zoals 2026-01-31T12:00:00Z."));
            return null;
        }
        return range[0];
    }

    /** The start and the end (exclusive) of a FHIR date or dateTime at its own precision; null when it is none. */
    static Instant[] range(String value) {
        try {
            InstantType at = new InstantType();
            at.setValueAsString(value.length() <= 10 ? value + (value.length() == 4 ? "-01-01" : value.length() == 7 ? "-01" : "")
                    + "T00:00:00Z" : value);
            Instant start = at.getValue().toInstant();
            Instant end = switch (value.length()) {
                case 4 -> start.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
                case 7 -> start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
                case 10 -> start.plus(Duration.ofDays(1));
                default -> start.plusSeconds(1);
            };
            return new Instant[] { start, end };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code near=lat|lon|distance|units}; distance in km only (default 25). */
    MeetingFilter.Near near() {
        if (!once("near")) {
            return null;
        }
        String[] parts = query.get("near").get(0).trim().split("\\|", -1);
        try {
            double lat = Double.parseDouble(parts[0]);
            double lon = Double.parseDouble(parts[1]);
            double km = parts.length > 2 && !parts[2].isBlank() ? Double.parseDouble(parts[2]) : DEFAULT_NEAR_KM;
            String units = parts.length > 3 ? parts[3].trim() : "km";
            if (parts.length <= 4 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && km > 0 && km <= MAX_NEAR_KM
                    && (units.equals("km") || units.equals("http://unitsofmeasure.org|km"))) {
                return new MeetingFilter.Near(lat, lon, km);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("near", "Gebruik breedte|lengte|afstand|km, bijvoorbeeld 52.09|5.12|10|km"
                + " (afstand hoogstens " + (int) MAX_NEAR_KM + " km)."));
        return null;
    }

    int count() {
        return number(FhirSearchSupport.COUNT, 0, FhirSearchSupport.MAX_COUNT, FhirSearchSupport.DEFAULT_COUNT);
    }

    int offset() {
        return number(FhirSearchSupport.OFFSET, 0, 1_000_000, 0);
    }

    private int number(String name, int min, int max, int fallback) {
        if (!once(name)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(query.get(name).get(0).trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "Vul een heel getal in van " + min + " tot en met " + max + "."));
        return fallback;
    }

    List<String> includes() {
        return all(FhirSearchSupport.INCLUDE);
    }

    List<String> revIncludes() {
        return all(FhirSearchSupport.REVINCLUDE);
    }

    /** A value the caller's own rules refuse, reported with the others. */
    void invalid(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    /** Stops with a 400 OperationOutcome listing every wrong parameter. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Een of meer zoekparameters kunnen niet.", errors);
        }
    }

    private boolean once(String name) {
        List<String> values = query.get(name);
        if (values == null) {
            return false;
        }
        if (values.size() > 1) {
            errors.add(new Problem.FieldError(name, "Geef deze parameter hoogstens één keer."));
            return false;
        }
        return true;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
