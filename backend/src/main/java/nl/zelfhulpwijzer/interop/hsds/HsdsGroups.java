package nl.zelfhulpwijzer.interop.hsds;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.DirectoryChange;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** Finds and loads the self-help groups behind the HSDS services, service_at_locations and organizations. */
@ApplicationScoped
class HsdsGroups {

    @Inject
    EntityManager em;

    long count(HsdsQuery query) {
        Query count = em.createNativeQuery("select count(*)" + query.from());
        query.params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The ids of the groups that match, by name; all of them when {@code limit} is null. */
    List<Long> ids(HsdsQuery query, Integer limit, Long offset) {
        Query ids = em.createNativeQuery("select g.id" + query.from() + " order by g.name, g.id"
                + (limit == null ? "" : " limit :limit offset :offset"));
        query.params.forEach(ids::setParameter);
        if (limit != null) {
            ids.setParameter("limit", limit);
            ids.setParameter("offset", offset);
        }
        @SuppressWarnings("unchecked")
        List<Number> found = ids.getResultList();
        return numbers(found);
    }

    /** The active groups of one organisation, by name. */
    List<Long> ofOrganisation(String organisationId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select g.id from self_help_group g where g.organisation_id = :org"
                + " and g.status = 'ACTIVE' order by g.name, g.id").setParameter("org", organisationId).getResultList();
        return numbers(ids);
    }

    /** The group with this HSDS id (its name-based UUID, which V42 computes in SQL too) or slug. */
    SelfHelpGroup find(String id) {
        UUID uuid = uuidOrNull(id);
        Query query = uuid == null
                ? em.createNativeQuery("select slug from self_help_group where slug = :id").setParameter("id", id)
                : em.createNativeQuery("select slug from self_help_group where hsds_uuid('group', slug) = cast(:id as uuid)")
                        .setParameter("id", uuid.toString());
        @SuppressWarnings("unchecked")
        List<String> slugs = query.getResultList();
        return bySlug(slugs.stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Er is geen service met id '" + id + "'.")));
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    SelfHelpGroup bySlug(String slug) {
        return load(List.of(SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResult().id)).get(0);
    }

    /** The groups with their organisation, location and meetings, in the order of {@code ids}. */
    List<SelfHelpGroup> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SelfHelpGroup> groups = em.createQuery("select distinct g from SelfHelpGroup g join fetch g.organisation"
                + " left join fetch g.location left join fetch g.meetings where g.id in :ids", SelfHelpGroup.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, SelfHelpGroup> byId = new LinkedHashMap<>();
        groups.forEach(g -> byId.put(g.id, g));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A group as a service: the one-to-one fields, or fully nested with its change history. */
    static HsdsModel.Service service(SelfHelpGroup g, boolean full, Instant now) {
        return services(List.of(g), full, now).get(0);
    }

    /** Groups as services; fully nested, the change histories of all of them come in one query. */
    static List<HsdsModel.Service> services(List<SelfHelpGroup> groups, boolean full, Instant now) {
        Map<Long, List<DirectoryChange>> histories = full && !groups.isEmpty()
                ? DirectoryChange.<DirectoryChange>find("groupId in ?1 order by changedAt, id",
                        groups.stream().map(g -> g.id).toList()).stream()
                        .collect(Collectors.groupingBy(c -> c.groupId, LinkedHashMap::new, Collectors.toList()))
                : Map.of();
        return groups.stream().map(g -> HsdsMapper.service(g, full, now, histories.getOrDefault(g.id, List.of()))).toList();
    }

    private static List<Long> numbers(List<Number> found) {
        return found.stream().map(Number::longValue).toList();
    }
}
