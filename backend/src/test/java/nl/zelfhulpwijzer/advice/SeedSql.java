package nl.zelfhulpwijzer.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Reads the seed migrations themselves (the insert statements), so that the plain JUnit golden cases run against
 * exactly the catalogue and organisations the database gets, without a database (organisations: the inserts of V2,
 * V90 and V181; V90's update that opens Al-Anon to parents is checked against the database in AdviceResourceTest).
 */
final class SeedSql {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /**
     * The newest seeded catalogue version: version 2's criteria (V151), which its migration copies, and its own new
     * criteria.
     */
    static final int CATALOGUE_VERSION = 3;
    static final List<String> CATALOGUE = List.of("V151__seed_criteria_catalogue_v2.sql",
            "V180__seed_criteria_catalogue_v3_preferences.sql");

    private SeedSql() {
    }

    static Catalogue catalogue() {
        List<Criterion> criteria = new ArrayList<>();
        for (Map<String, Object> row : CATALOGUE.stream().flatMap(file -> rows(file, "criterion").stream()).toList()) {
            criteria.add(new Criterion((String) row.get("code"), CriterionKind.valueOf((String) row.get("kind")),
                    enums(row.get("approaches"), Approach.class), enums(row.get("organisation_kinds"), OrganisationKind.class),
                    Set.copyOf(strings(row.get("organisation_ids"))), (String) row.get("text"), (String) row.get("action"),
                    (String) row.get("source_document"), (String) row.get("source_section"), (String) row.get("source_quote"),
                    "true".equals(row.get("inference"))));
        }
        return new Catalogue(CATALOGUE_VERSION, criteria);
    }

    static List<Candidate> organisations() {
        List<Candidate> result = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>(rows("V2__seed_organisations.sql", "organisation"));
        rows.addAll(rows("V90__seed_missing_organisations.sql", "organisation"));
        rows.addAll(rows("V181__seed_flemish_family_groups.sql", "organisation"));
        for (Map<String, Object> row : rows) {
            Object status = row.getOrDefault("status", "ACTIVE");
            result.add(Candidate.organisation((String) row.get("id"), (String) row.get("name"),
                    OrganisationKind.valueOf((String) row.get("kind")), Approach.valueOf((String) row.get("approach")),
                    Country.valueOf((String) row.get("country")), OrganisationStatus.valueOf((String) status),
                    enums(row.get("audiences"), Audience.class), enums(row.get("behaviours"), Behaviour.class),
                    (String) row.get("source_document"), (String) row.get("source_section")));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        return List.of(); // '{}'
    }

    private static <E extends Enum<E>> Set<E> enums(Object value, Class<E> type) {
        return strings(value).stream().map(v -> Enum.valueOf(type, v)).collect(Collectors.toSet());
    }

    /** Every row inserted into {@code table} by the file, as column name to value (String, List, or null). */
    static List<Map<String, Object>> rows(String file, String table) {
        String sql;
        try {
            sql = Files.readString(MIGRATIONS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Parser p = new Parser(sql);
        while (p.skipTo("insert into ")) {
            String name = p.word();
            if (!name.equals(table)) {
                continue;
            }
            p.expect('(');
            List<String> columns = Arrays.stream(p.until(')').split(",")).map(String::trim).toList();
            if (!p.word().equals("values")) {
                continue; // insert … select: rows copied from an earlier migration, read there
            }
            do {
                List<Object> values = p.tuple();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), values.get(i));
                }
                rows.add(row);
            } while (p.comma());
        }
        return rows;
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        boolean skipTo(String marker) {
            while (i < s.length()) {
                skipSpaceAndComments();
                if (i >= s.length()) {
                    return false;
                }
                if (s.startsWith(marker, i)) {
                    i += marker.length();
                    return true;
                }
                if (s.charAt(i) == '\'') {
                    string();
                } else {
                    i++;
                }
            }
            return false;
        }

        void skipSpaceAndComments() {
            while (i < s.length()) {
                if (Character.isWhitespace(s.charAt(i))) {
                    i++;
                } else if (s.startsWith("--", i)) {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else {
                    return;
                }
            }
        }

        String word() {
            skipSpaceAndComments();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            return s.substring(start, i);
        }

        void expect(char c) {
            skipSpaceAndComments();
            if (s.charAt(i) != c) {
                throw new IllegalStateException("expected " + c + " at " + i + ": " + s.substring(i, Math.min(s.length(), i + 40)));
            }
            i++;
        }

        String until(char c) {
            int start = i;
            while (s.charAt(i) != c) {
                i++;
            }
            return s.substring(start, i++);
        }

        boolean comma() {
            skipSpaceAndComments();
            if (s.charAt(i) == ',') {
                i++;
                return true;
            }
            return false;
        }

        List<Object> tuple() {
            expect('(');
            List<Object> values = new ArrayList<>();
            do {
                values.add(value());
            } while (comma());
            expect(')');
            return values;
        }

        Object value() {
            skipSpaceAndComments();
            char c = s.charAt(i);
            if (c == '\'') {
                String str = string();
                return str.equals("{}") ? List.of() : str;
            }
            String w = word();
            switch (w) {
                case "null":
                    return null;
                case "array": {
                    expect('[');
                    List<Object> items = new ArrayList<>();
                    do {
                        items.add(value());
                    } while (comma());
                    expect(']');
                    return items;
                }
                case "date":
                case "timestamptz":
                    return value();
                default:
                    if (w.isEmpty()) {
                        throw new IllegalStateException("unexpected " + s.substring(i, Math.min(s.length(), i + 40)));
                    }
                    return w; // numbers
            }
        }

        String string() {
            StringBuilder out = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '\'') {
                    if (i < s.length() && s.charAt(i) == '\'') {
                        out.append('\'');
                        i++;
                    } else {
                        return out.toString();
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
