package nl.zelfhulpwijzer.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.panache.common.Page;

/**
 * Published read side of the directory for the interoperability formats (Meeting Guide, HSDS, soon FHIR): organisations,
 * groups with their organisation, place and meetings, their change history, and the places where a group meets. The
 * entities it returns are read, never changed, by callers; writes go through the directory's write classes.
 */
@ApplicationScoped
public class DirectoryQueries {

    /** The virtual place of a group's online meetings, next to its location ids in {@link #groupPlaces}. */
    public static final String ONLINE = "online";

    /** One place of a group: a location id, or {@link #ONLINE}. */
    public record GroupPlace(long groupId, String groupSlug, String place) {
    }

    @Inject
    EntityManager em;

    // ------------------------------------------------------------------ organisations

    public List<Organisation> organisations() {
        return Organisation.listAll();
    }

    /** Organisations whose text contains every word of {@code search}, by name; {@code page} from 0, all when null. */
    public List<Organisation> organisations(String search, Integer page, int size) {
        OrganisationText text = OrganisationText.of(search);
        var query = Organisation.<Organisation>find(text.jpql() + (text.jpql().isEmpty() ? "" : " ") + "order by name, id",
                text.params());
        return page == null ? query.list() : query.page(Page.of(page, size)).list();
    }

    public long countOrganisations(String search) {
        OrganisationText text = OrganisationText.of(search);
        return Organisation.count(text.jpql(), text.params());
    }

    private record OrganisationText(String jpql, Map<String, Object> params) {

        static OrganisationText of(String search) {
            List<String> terms = SearchTerms.of(search);
            Map<String, Object> params = new LinkedHashMap<>();
            StringBuilder jpql = new StringBuilder();
            for (int i = 0; i < terms.size(); i++) {
                jpql.append(i == 0 ? "" : " and ").append("searchText like :term").append(i).append(" escape '\\'");
                params.put("term" + i, SearchTerms.containsPattern(terms.get(i)));
            }
            return new OrganisationText(jpql.toString(), params);
        }
    }

    public Optional<Organisation> findOrganisation(String id) {
        return Organisation.findByIdOptional(id);
    }

    public Optional<SelfHelpGroup> findGroup(String slug) {
        return SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResultOptional();
    }

    public Optional<Meeting> findMeeting(String slug) {
        return Meeting.<Meeting>find("slug", slug).firstResultOptional();
    }

    // ------------------------------------------------------------------ meetings

    /** The meetings of active groups of listed organisations, with group, organisation and places, by slug. */
    public List<Meeting> listedMeetings() {
        return Meeting.<Meeting>find("select m from Meeting m join fetch m.group g join fetch g.organisation o"
                + " left join fetch m.location left join fetch g.location"
                + " where g.status = nl.zelfhulpwijzer.directory.GroupStatus.ACTIVE"
                + " and o.status <> nl.zelfhulpwijzer.directory.OrganisationStatus.INACTIVE order by m.slug").list();
    }

    /** The meeting with this slug; not found is a domain error with a Dutch message. */
    public Meeting meeting(String slug) {
        return DirectoryLookups.meeting(slug);
    }

    // ------------------------------------------------------------------ groups

    public long count(GroupSearch search) {
        Query count = em.createNativeQuery("select count(*)" + search.from());
        search.params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The ids of the groups that match, by name; all of them when {@code limit} is null. */
    public List<Long> groupIds(GroupSearch search, Integer limit, Long offset) {
        Query ids = em.createNativeQuery("select g.id" + search.from() + " order by g.name, g.id"
                + (limit == null ? "" : " limit :limit offset :offset"));
        search.params.forEach(ids::setParameter);
        if (limit != null) {
            ids.setParameter("limit", limit);
            ids.setParameter("offset", offset);
        }
        @SuppressWarnings("unchecked")
        List<Number> found = ids.getResultList();
        return numbers(found);
    }

    /** The active groups of one organisation, by name. */
    public List<Long> groupIdsOf(String organisationId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select g.id from self_help_group g where g.organisation_id = :org"
                + " and g.status = 'ACTIVE' order by g.name, g.id").setParameter("org", organisationId).getResultList();
        return numbers(ids);
    }

    /** The slug of the group whose HSDS id (the name-based UUID that V42 computes in SQL too) or slug this is. */
    public Optional<String> groupSlug(String id) {
        UUID uuid = uuidOrNull(id);
        Query query = uuid == null
                ? em.createNativeQuery("select slug from self_help_group where slug = :id").setParameter("id", id)
                : em.createNativeQuery("select slug from self_help_group where hsds_uuid('group', slug) = cast(:id as uuid)")
                        .setParameter("id", uuid.toString());
        @SuppressWarnings("unchecked")
        List<String> slugs = query.getResultList();
        return slugs.stream().findFirst();
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The group with its organisation, location and meetings. */
    public SelfHelpGroup group(String slug) {
        return groups(List.of(SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResult().id)).get(0);
    }

    /** The groups with their organisation, location and meetings, in the order of {@code ids}. */
    public List<SelfHelpGroup> groups(List<Long> ids) {
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

    /** The change histories of these groups (and their meetings) in one query, oldest first. */
    public Map<Long, List<DirectoryChange>> histories(List<Long> groupIds) {
        return groupIds.isEmpty() ? Map.of()
                : DirectoryChange.<DirectoryChange>find("groupId in ?1 order by changedAt, id", groupIds).stream()
                        .collect(Collectors.groupingBy(c -> c.groupId, LinkedHashMap::new, Collectors.toList()));
    }

    // ------------------------------------------------------------------ places of groups

    /** The place of the group, the places of its meetings, and {@link #ONLINE} when a meeting has a link or dial-in. */
    private static String placesOf(String from) {
        return "select g.id, g.slug, g.name, k.loc" + from.replaceFirst(" where ", " cross join lateral ("
                + "select cast(g.location_id as varchar) as loc where g.location_id is not null"
                + " union select cast(m.location_id as varchar) from meeting m where m.group_id = g.id and m.location_id is not null"
                + " union select '" + ONLINE + "' where exists (select 1 from meeting m where m.group_id = g.id"
                + " and (m.conference_url is not null or m.conference_phone is not null))) k where ");
    }

    public long countGroupPlaces(GroupSearch search) {
        Query count = em.createNativeQuery("select count(*) from (" + placesOf(search.from()) + ") sal");
        search.params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The places of the matching groups, by group name and id, then place. */
    public List<GroupPlace> groupPlaces(GroupSearch search, int limit, long offset) {
        Query rows = em.createNativeQuery(placesOf(search.from()) + " order by g.name, g.id, k.loc limit :limit offset :offset");
        search.params.forEach(rows::setParameter);
        rows.setParameter("limit", limit);
        rows.setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return found.stream().map(r -> new GroupPlace(((Number) r[0]).longValue(), (String) r[1], (String) r[3])).toList();
    }

    /** Every place of every group, also of inactive ones. */
    public List<GroupPlace> allGroupPlaces() {
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("select g.id, g.slug, cast(g.location_id as varchar) from self_help_group g"
                + " where g.location_id is not null"
                + " union select g.id, g.slug, cast(m.location_id as varchar) from meeting m join self_help_group g on g.id = m.group_id"
                + " where m.location_id is not null"
                + " union select g.id, g.slug, '" + ONLINE + "' from meeting m join self_help_group g on g.id = m.group_id"
                + " where m.conference_url is not null or m.conference_phone is not null").getResultList();
        return pairs.stream().map(r -> new GroupPlace(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    private static List<Long> numbers(List<Number> found) {
        return found.stream().map(Number::longValue).toList();
    }
}
