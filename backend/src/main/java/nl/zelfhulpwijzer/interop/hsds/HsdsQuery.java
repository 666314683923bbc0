package nl.zelfhulpwijzer.interop.hsds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.directory.GroupSearch;
import nl.zelfhulpwijzer.directory.Organisation;

/**
 * The HSDS query parameters (openapi.json components/parameters) checked and turned into the directory's
 * {@link GroupSearch}. Wrong values are collected as Dutch field errors.
 */
final class HsdsQuery {

    static final int MAX_PER_PAGE = 100;
    /** minimal=true: HSDS asks to return all services in one page where possible. */
    static final int MAX_PER_PAGE_MINIMAL = 1000;

    final List<Problem.FieldError> errors = new ArrayList<>();
    final GroupSearch search = new GroupSearch();

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
    void groupsMatching(String search, String organizationId, String modifiedAfter, String termId, String taxonomyId,
            Supplier<List<Organisation>> organisations) {
        groupSearch(search);
        organization(organizationId, organisations);
        modifiedAfter(modifiedAfter);
        taxonomy(termId, taxonomyId);
    }

    void groupSearch(String search) {
        search(search, errors);
        this.search.text(search);
    }

    void organization(String organizationId, Supplier<List<Organisation>> organisations) {
        if (organizationId == null || organizationId.isBlank()) {
            return;
        }
        Optional<Organisation> found = organisations.get().stream()
                .filter(o -> HsdsMapper.uuid("organisation", o.id).equalsIgnoreCase(organizationId.trim())).findFirst();
        search.organisation(found.map(o -> o.id).orElse("-"));
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
        search.modifiedAfter(after);
    }

    /** taxonomy_term_id: groups described by that term; taxonomy_id: groups with any term of that taxonomy. */
    void taxonomy(String termId, String taxonomyId) {
        if (termId != null && !termId.isBlank()) {
            Optional<HsdsTaxonomy.Term> term = HsdsTaxonomy.term(termId);
            if (term.isEmpty()) {
                errors.add(new Problem.FieldError("taxonomy_term_id", "Onbekende taxonomieterm; zie /hsds/taxonomy_terms."));
            } else {
                String code = term.get().code();
                switch (term.get().dimension()) {
                    case AUDIENCE -> search.audience(code);
                    case BEHAVIOUR -> search.behaviour(code);
                    case APPROACH -> search.approach(code);
                    case KIND -> search.kind(code);
                }
            }
        }
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            Optional<HsdsTaxonomy.Dimension> taxonomy = HsdsTaxonomy.taxonomy(taxonomyId);
            if (taxonomy.isEmpty()) {
                errors.add(new Problem.FieldError("taxonomy_id", "Onbekende taxonomie; zie /hsds/taxonomies."));
            } else {
                switch (taxonomy.get()) {
                    case AUDIENCE -> search.withAudiences();
                    case BEHAVIOUR -> search.withBehaviours();
                    case APPROACH, KIND -> {
                        // every group has its organisation's approach and kind
                    }
                }
            }
        }
    }

    void throwIfInvalid() {
        InvalidInput.failOn(errors.stream().map(e -> new FieldError(e.field(), e.message())).toList());
    }
}
