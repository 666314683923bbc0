package nl.zelfhulpwijzer.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PageResult;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

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
        for (int i = 0; i < filter.terms().size(); i++) {
            where.add("searchText like :term" + i + " escape '\\'");
            params.put("term" + i, SearchTerms.containsPattern(filter.terms().get(i)));
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PanacheQuery<Organisation> found = find(query, Sort.by("name").and("id"), params)
                .page(Page.of(pageRequest.page() - 1, pageRequest.size()));
        return PageResult.of(found.list(), pageRequest, found.count());
    }

    public Optional<Organisation> findWithContactPoints(String id) {
        return find("from Organisation o left join fetch o.contactPoints where o.id = ?1", id).firstResultOptional();
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
