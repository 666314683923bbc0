package nl.zelfhulpwijzer.interop.hsds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.MeetingSearchSql;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SearchTerms;

/**
 * The HSDS query parameters (openapi.json components/parameters) checked and turned into SQL conditions on
 * {@code self_help_group g join organisation o}. Wrong values are collected as Dutch field errors.
 */
final class HsdsQuery {

    static final int MAX_PER_PAGE = 100;
    /** minimal=true: HSDS asks to return all services in one page where possible. */
    static final int MAX_PER_PAGE_MINIMAL = 1000;

    final List<Problem.FieldError> errors = new ArrayList<>();
    final List<String> where = new ArrayList<>(List.of("g.status = 'ACTIVE'", "o.status <> 'INACTIVE'"));
    final Map<String, Object> params = new HashMap<>();

    static int number(String raw, int min, int max, int fallback, String field, List<Problem.FieldError> errors) {
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
        errors.add(new Problem.FieldError(field, max == Integer.MAX_VALUE ? "Vul een heel getal in vanaf " + min + "."
                : "Vul een heel getal in van " + min + " tot en met " + max + "."));
        return fallback;
    }

    static boolean bool(String raw, String field, List<Problem.FieldError> errors) {
        return Boolean.TRUE.equals(CodeParams.flag(raw, field, errors));
    }

    /** format: json (default, paged) or ndjson (every result, one JSON object a line, no paging). */
    static boolean ndjson(String raw, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("json")) {
            return false;
        }
        if (raw.trim().equalsIgnoreCase("ndjson")) {
            return true;
        }
        errors.add(new Problem.FieldError("format", "Gebruik json of ndjson."));
        return false;
    }

    static void search(String search, List<Problem.FieldError> errors) {
        if (search != null && search.length() > 200) {
            errors.add(new Problem.FieldError("search", "Gebruik hoogstens 200 tekens."));
        }
    }

    /** The filters services and service_at_locations share, in the order their errors are reported. */
    void groupsMatching(String search, String organizationId, String modifiedAfter, String termId, String taxonomyId) {
        groupSearch(search);
        organization(organizationId);
        modifiedAfter(modifiedAfter);
        taxonomy(termId, taxonomyId);
    }

    void groupSearch(String search) {
        search(search, errors);
        List<String> terms = SearchTerms.of(search);
        for (int i = 0; i < terms.size(); i++) {
            where.add("(g.search_vector @@ to_tsquery('dutch', :tq" + i + ") or :t" + i + " <% g.search_text)");
            params.put("tq" + i, MeetingSearchSql.prefixQuery(terms.get(i)));
            params.put("t" + i, terms.get(i));
        }
    }

    void organization(String organizationId) {
        if (organizationId == null || organizationId.isBlank()) {
            return;
        }
        Optional<Organisation> found = Organisation.<Organisation>listAll().stream()
                .filter(o -> HsdsMapper.uuid("organisation", o.id).equalsIgnoreCase(organizationId.trim())).findFirst();
        where.add("g.organisation_id = :org");
        params.put("org", found.map(o -> o.id).orElse("-"));
    }

    /** HSDS: "all results modified on or after this datetime"; a group counts as modified when one of its meetings is. */
    void modifiedAfter(String modifiedAfter) {
        if (modifiedAfter == null || modifiedAfter.isBlank()) {
            return;
        }
        Instant after;
        try {
            after = OffsetDateTime.parse(modifiedAfter.trim()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("modified_after", "Vul een tijdstip in als 2026-01-31T12:00:00Z."));
            return;
        }
        where.add("(g.updated_at >= cast(:after as timestamptz) or exists (select 1 from meeting m where m.group_id = g.id"
                + " and m.updated_at >= cast(:after as timestamptz)))");
        params.put("after", OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
    }

    /** taxonomy_term_id: groups described by that term; taxonomy_id: groups with any term of that taxonomy. */
    void taxonomy(String termId, String taxonomyId) {
        if (termId != null && !termId.isBlank()) {
            Optional<HsdsTaxonomy.Term> term = HsdsTaxonomy.term(termId);
            if (term.isEmpty()) {
                errors.add(new Problem.FieldError("taxonomy_term_id", "Onbekende taxonomieterm; zie /hsds/taxonomy_terms."));
            } else {
                where.add(switch (term.get().dimension()) {
                    case AUDIENCE -> "cast(:term as varchar) = any(g.audiences)";
                    case BEHAVIOUR -> "cast(:term as varchar) = any(g.behaviours)";
                    case APPROACH -> "o.approach = :term";
                    case KIND -> "o.kind = :term";
                });
                params.put("term", term.get().code());
            }
        }
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            Optional<HsdsTaxonomy.Dimension> taxonomy = HsdsTaxonomy.taxonomy(taxonomyId);
            if (taxonomy.isEmpty()) {
                errors.add(new Problem.FieldError("taxonomy_id", "Onbekende taxonomie; zie /hsds/taxonomies."));
            } else {
                where.add(switch (taxonomy.get()) {
                    case AUDIENCE -> "cardinality(g.audiences) > 0";
                    case BEHAVIOUR -> "cardinality(g.behaviours) > 0";
                    case APPROACH, KIND -> "true";
                });
            }
        }
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    String from() {
        return " from self_help_group g join organisation o on o.id = g.organisation_id where " + String.join(" and ", where);
    }
}
