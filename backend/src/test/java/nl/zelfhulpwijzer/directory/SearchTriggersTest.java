package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What triggers keep for the search, each following the changes it depends on (every test rolls back):
 * the group's search country (V33: the place's country, else the organisation's), whether a meeting is public (V36:
 * group active, organisation not inactive), the word list behind typo tolerance (V37), the directory version
 * behind the server's kept answers (V43), the coordinates of a meeting's place (V44) and the group's count of listed
 * meetings (V201).
 */
@QuarkusTest
class SearchTriggersTest {

    @Inject
    DirectoryFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    private String country(String slug) {
        em.flush();
        return (String) em.createNativeQuery("select search_country from self_help_group where slug = :slug")
                .setParameter("slug", slug).getSingleResult();
    }

    private int sql(String statement, String slug) {
        return em.createNativeQuery(statement).setParameter("slug", slug).executeUpdate();
    }

    @Test
    @TestTransaction
    void countryIsThePlacesElseTheOrganisations() {
        assertEquals("NL", country("test-aa-utrecht"));
        assertEquals("BE", country("test-na-gent"));
        String online = (String) em.createNativeQuery("select o.country from self_help_group g"
                + " join organisation o on o.id = g.organisation_id where g.slug = 'test-agog-online'").getSingleResult();
        assertEquals(online, country("test-agog-online"), "no place: the organisation's country");
    }

    @Test
    @TestTransaction
    void countryFollowsThePlaceAndTheOrganisation() {
        sql("update location set country = 'BE' where id = (select location_id from self_help_group where slug = :slug)",
                "test-al-anon-amersfoort");
        assertEquals("BE", country("test-al-anon-amersfoort"));

        sql("update organisation set country = case when country = 'NL' then 'BE' else 'NL' end"
                + " where id = (select organisation_id from self_help_group where slug = :slug)", "test-agog-online");
        String org = (String) em.createNativeQuery("select o.country from self_help_group g"
                + " join organisation o on o.id = g.organisation_id where g.slug = 'test-agog-online'").getSingleResult();
        assertEquals(org, country("test-agog-online"));
    }

    @Test
    @TestTransaction
    void countryFollowsAGroupThatMoves() {
        sql("update self_help_group set location_id = (select location_id from self_help_group where slug = 'test-na-gent')"
                + " where slug = :slug", "test-aa-utrecht");
        assertEquals("BE", country("test-aa-utrecht"));
        sql("update self_help_group set location_id = null where slug = :slug", "test-aa-utrecht");
        String org = (String) em.createNativeQuery("select o.country from self_help_group g"
                + " join organisation o on o.id = g.organisation_id where g.slug = 'test-aa-utrecht'").getSingleResult();
        assertEquals(org, country("test-aa-utrecht"));
    }

    private List<Boolean> listed(String groupSlug) {
        em.flush();
        return em.createNativeQuery("select m.listed from meeting m join self_help_group g on g.id = m.group_id"
                + " where g.slug = :slug order by m.id", Boolean.class).setParameter("slug", groupSlug).getResultList();
    }

    @Test
    @TestTransaction
    void meetingListedFollowsTheGroupStatus() {
        assertEquals(List.of(true, true), listed("test-aa-utrecht"));
        sql("update self_help_group set status = 'INACTIVE' where slug = :slug", "test-aa-utrecht");
        assertEquals(List.of(false, false), listed("test-aa-utrecht"));
        sql("update self_help_group set status = 'ACTIVE' where slug = :slug", "test-aa-utrecht");
        assertEquals(List.of(true, true), listed("test-aa-utrecht"));
    }

    @Test
    @TestTransaction
    void meetingListedFollowsTheOrganisationStatus() {
        sql("update organisation set status = 'INACTIVE' where id = (select organisation_id from self_help_group"
                + " where slug = :slug)", "test-na-gent");
        assertEquals(List.of(false), listed("test-na-gent"));
        sql("update organisation set status = 'ACTIVE' where id = (select organisation_id from self_help_group"
                + " where slug = :slug)", "test-na-gent");
        assertEquals(List.of(true), listed("test-na-gent"));
    }

    @Test
    @TestTransaction
    void aMeetingMovedToAnInactiveGroupIsNotListed() {
        sql("update self_help_group set status = 'INACTIVE' where slug = :slug", "test-na-gent");
        sql("update meeting set group_id = (select id from self_help_group where slug = 'test-na-gent')"
                + " where id = (select min(m.id) from meeting m join self_help_group g on g.id = m.group_id"
                + " where g.slug = :slug)", "test-aa-utrecht");
        assertEquals(List.of(false, false), listed("test-na-gent"));
        assertEquals(List.of(true), listed("test-aa-utrecht"));
    }

    /** Groups whose kept count of listed meetings (V201) differs from a fresh count. */
    private List<?> miscounted() {
        em.flush();
        return em.createNativeQuery("select g.slug from self_help_group g where g.listed_meetings"
                + " <> (select count(*) from meeting m where m.group_id = g.id and m.listed)").getResultList();
    }

    @Test
    @TestTransaction
    void theGroupsCountOfListedMeetingsFollowsEveryChange() {
        assertEquals(2, ((Number) em.createNativeQuery("select listed_meetings from self_help_group where slug = :slug")
                .setParameter("slug", "test-aa-utrecht").getSingleResult()).intValue());
        String org = "update organisation set status = '%s' where id = (select organisation_id from self_help_group"
                + " where slug = 'test-na-gent')";
        List<String> writes = List.of(
                "insert into meeting (slug, group_id, frequency, day_of_week, start_time, time_zone)"
                        + " select 'test-count-' || n, g.id, 'WEEKLY', 2, time '18:00', 'Europe/Amsterdam'"
                        + " from self_help_group g, generate_series(1, 3) n where g.slug = :slug",
                "update meeting set group_id = (select id from self_help_group where slug = 'test-na-gent')"
                        + " where slug = 'test-count-1' and :slug is not null",
                "update meeting set start_time = time '19:00' where slug like 'test-count-%' and :slug is not null",
                "update self_help_group set status = 'INACTIVE' where slug = :slug",
                "update meeting set group_id = (select id from self_help_group where slug = :slug)"
                        + " where slug = 'test-count-1'",
                "update self_help_group set status = 'ACTIVE' where slug = :slug",
                org.formatted("INACTIVE") + " and :slug is not null",
                "update meeting set group_id = (select id from self_help_group where slug = 'test-na-gent')"
                        + " where slug = 'test-count-2' and :slug is not null",
                org.formatted("ACTIVE") + " and :slug is not null",
                "update self_help_group set organisation_id = (select organisation_id from self_help_group"
                        + " where slug = 'test-na-gent') where slug = :slug",
                "delete from meeting where slug in ('test-count-1', 'test-count-3') and :slug is not null",
                "delete from meeting where group_id = (select id from self_help_group where slug = :slug)");
        for (String write : writes) {
            sql(write, "test-aa-utrecht");
            assertEquals(List.of(), miscounted(), write);
        }
    }

    @Test
    @TestTransaction
    void aRenamedGroupBringsItsWords() {
        em.createNativeQuery("update self_help_group set name = 'AA Zwijndrecht Ochtendgroep' where slug = 'test-aa-utrecht'")
                .executeUpdate();
        List<?> similar = em.createNativeQuery(MeetingSearchSql.SIMILAR_WORDS, String.class)
                .setParameter("term", "zwijndrect").getResultList();
        assertEquals("zwijndrecht", similar.get(0), "a typo finds the new word");
    }

    private long version() {
        return ((Number) em.createNativeQuery("select version from directory_version").getSingleResult()).longValue();
    }

    @Test
    @TestTransaction
    void everyTableTheSearchShowsRaisesTheDirectoryVersionOncePerTransaction() {
        List<String> writes = List.of(
                "update meeting set temporarily_closed = temporarily_closed where slug like :slug",
                "update self_help_group set notes = notes where slug like :slug",
                "update location set city = city where id in (select location_id from self_help_group where slug like :slug)",
                "update organisation set name = name where id in (select organisation_id from self_help_group where slug like :slug)");
        for (String write : writes) {
            // as if a new transaction began
            em.createNativeQuery("update directory_version set raised_in = null").executeUpdate();
            long before = version();
            sql(write, "test-%");
            sql(write, "test-%");
            assertEquals(before + 1, version(), write);
        }
    }

    private List<Object> coordinates(String slug) {
        em.flush();
        Object[] row = (Object[]) em.createNativeQuery("select latitude, longitude from meeting where slug = :slug")
                .setParameter("slug", slug).getSingleResult();
        return java.util.Arrays.asList(row);
    }

    @Test
    @TestTransaction
    void aMeetingsCoordinatesFollowItsPlace() {
        assertEquals(List.of(52.0907, 5.1214), coordinates("test-aa-utrecht-wo"));
        sql("update location set latitude = 52.5, longitude = 5.5"
                + " where id = (select location_id from meeting where slug = :slug)", "test-aa-utrecht-wo");
        assertEquals(List.of(52.5, 5.5), coordinates("test-aa-utrecht-wo"));
        assertEquals(List.of(52.5, 5.5), coordinates("test-aa-utrecht-za"), "every meeting at that place");
        sql("update meeting set location_id = (select location_id from self_help_group where slug = 'test-na-gent')"
                + " where slug = :slug", "test-aa-utrecht-wo");
        assertEquals(List.of(51.0543, 3.7174), coordinates("test-aa-utrecht-wo"));
        sql("update meeting set location_id = null where slug = :slug", "test-aa-utrecht-wo");
        assertEquals(java.util.Arrays.asList(null, null), coordinates("test-aa-utrecht-wo"));
    }
}
