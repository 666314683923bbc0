package nl.zelfhulpwijzer.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PageResult;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    @Inject
    MeetingSearchRepository meetingSearch;

    public PageResult<Organisation> search(OrganisationFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        addArrayFilter(where, params, "audiences", filter.audience());
        addArrayFilter(where, params, "behaviours", filter.behaviour());
        addEqualsFilter(where, params, "approach", filter.approach());
        addEqualsFilter(where, params, "kind", filter.kind());
        addEqualsFilter(where, params, "country", filter.country());
        addEqualsFilter(where, params, "status", filter.status());
        if (filter.status() == null && !filter.includeInactive()) {
            where.add("status <> :inactive");
            params.put("inactive", OrganisationStatus.INACTIVE);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        if (filter.terms().isEmpty()) {
            PanacheQuery<Organisation> found = find(query, Sort.by("name").and("id"), params)
                    .page(Page.of(pageRequest.page() - 1, pageRequest.size()));
            return PageResult.of(found.list(), pageRequest, found.count());
        }
        Map<String, Double> ranks = textRanks(filter.terms());
        if (ranks.isEmpty()) {
            return PageResult.of(List.of(), pageRequest, 0);
        }
        params.put("ids", ranks.keySet());
        List<Organisation> all = new ArrayList<>(list(query + " and id in :ids", params));
        all.sort(Comparator.<Organisation>comparingDouble(o -> -ranks.get(o.id)).thenComparing(o -> o.name).thenComparing(o -> o.id));
        int from = Math.min(all.size(), pageRequest.offset());
        return PageResult.of(all.subList(from, Math.min(all.size(), from + pageRequest.size())), pageRequest, all.size());
    }

    /**
     * The organisations that contain every term, with their relevance: the meeting search's mechanism (Dutch full
     * text with prefixes, a mistyped term replaced by the most similar words of the V37 word list, exact terms
     * weighing more than corrected ones), on the organisations' own search vector (V91). There are few organisations,
     * so the filters and the page are applied to these hits.
     */
    private Map<String, Double> textRanks(List<String> words) {
        List<MeetingSearchSql.Term> terms = meetingSearch.terms(words, MeetingSearchSql.ORGANISATION_HAS_WORD);
        List<String> conditions = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            MeetingSearchSql.Term term = terms.get(i);
            if (term.typo() && term.similar().isEmpty()) {
                return Map.of();
            }
            conditions.add("o.search_vector @@ to_tsquery('dutch', :tq" + i + ")");
            ranks.add((term.typo() ? "" : "1 + ") + "ts_rank(o.search_vector, to_tsquery('dutch', :tq" + i + "))");
            params.put("tq" + i, term.typo() ? String.join(" | ", term.similar()) : MeetingSearchSql.prefixQuery(term.text()));
        }
        Query query = getEntityManager().createNativeQuery("select o.id, " + String.join(" + ", ranks)
                + " from organisation o where " + String.join(" and ", conditions));
        params.forEach(query::setParameter);
        Map<String, Double> result = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.put((String) r[0], ((Number) r[1]).doubleValue());
        }
        return result;
    }

    public Optional<Organisation> findWithContactPoints(String id) {
        return find("from Organisation o left join fetch o.contactPoints where o.id = ?1", id).singleResultOptional();
    }

    private static void addArrayFilter(List<String> where, Map<String, Object> params, String attribute, Enum<?> code) {
        if (code != null) {
            where.add("array_contains(" + attribute + ", :" + attribute + ")");
            params.put(attribute, code.name());
        }
    }

    private static void addEqualsFilter(List<String> where, Map<String, Object> params, String attribute, Enum<?> code) {
        if (code != null) {
            where.add(attribute + " = :" + attribute);
            params.put(attribute, code);
        }
    }
}
