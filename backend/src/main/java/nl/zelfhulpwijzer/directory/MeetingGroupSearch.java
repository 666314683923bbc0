package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.zelfhulpwijzer.common.paging.PageRequest;

/**
 * The public meeting search paged by group ({@link MeetingSearchSql#groupPageQuery()}): a group that meets five times
 * a week is one result with its five meetings, on one page, and comes back on no other page. Each group brings its
 * own contact route, so a list of groups needs no second request per group.
 */
@ApplicationScoped
public class MeetingGroupSearch {

    static final String CONTACTS = "select id, contact_role, contact_phone, contact_email, website"
            + " from self_help_group where id = any(cast(:ids as bigint[]))";

    @Inject
    EntityManager em;

    @Inject
    MeetingSearchRepository search;

    @Inject
    Clock clock;

    /** How to reach a group: through a role, never a person's name. */
    public record Contact(ContactRole role, String phone, String email, String website) {
    }

    /** One group with its meetings that match the filter, in the search's order. */
    public record GroupHits(String groupSlug, Contact contact, List<MeetingSearchRepository.Hit> hits) {
    }

    public record Page(List<GroupHits> groups, long total) {
    }

    public Page search(MeetingFilter filter, PageRequest page) {
        MeetingSearchSql sql = MeetingSearchSql.of(filter, search.terms(filter.terms()), clock.instant());
        MeetingSearchRepository.Rows found = search.rows(sql, sql.groupPageQuery(), 2,
                sql.select("count(distinct m.group_id)"), page);
        Map<Long, List<MeetingSearchRepository.Hit>> byGroup = new LinkedHashMap<>();
        for (MeetingSearchRepository.Hit hit : search.hits(found.rows())) {
            byGroup.computeIfAbsent(hit.meeting().group.id, id -> new ArrayList<>()).add(hit);
        }
        Map<Long, Contact> contacts = contacts(byGroup.keySet().stream().toList());
        return new Page(byGroup.entrySet().stream()
                .map(e -> new GroupHits(e.getValue().get(0).meeting().group.slug, contacts.get(e.getKey()), e.getValue()))
                .toList(), found.total());
    }

    private Map<Long, Contact> contacts(List<Long> groupIds) {
        Map<Long, Contact> contacts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return contacts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CONTACTS)
                .setParameter("ids", groupIds.stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        for (Object[] r : rows) {
            contacts.put(((Number) r[0]).longValue(), new Contact(r[1] == null ? null : ContactRole.valueOf((String) r[1]),
                    (String) r[2], (String) r[3], (String) r[4]));
        }
        return contacts;
    }
}
