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
 * Whether a meeting is public, kept on the meeting by triggers (V36): its group active and its organisation not
 * inactive; it follows status changes of both and a meeting that moves to another group. Each test rolls back.
 */
@QuarkusTest
class MeetingListedTest {

    @Inject
    DirectoryFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    private List<Boolean> listed(String groupSlug) {
        em.flush();
        return em.createNativeQuery("select m.listed from meeting m join self_help_group g on g.id = m.group_id"
                + " where g.slug = :slug order by m.id", Boolean.class).setParameter("slug", groupSlug).getResultList();
    }

    private void sql(String statement, String groupSlug) {
        em.createNativeQuery(statement).setParameter("slug", groupSlug).executeUpdate();
    }

    @Test
    @TestTransaction
    void followsTheGroupStatus() {
        assertEquals(List.of(true, true), listed("test-aa-utrecht"));
        sql("update self_help_group set status = 'INACTIVE' where slug = :slug", "test-aa-utrecht");
        assertEquals(List.of(false, false), listed("test-aa-utrecht"));
        sql("update self_help_group set status = 'ACTIVE' where slug = :slug", "test-aa-utrecht");
        assertEquals(List.of(true, true), listed("test-aa-utrecht"));
    }

    @Test
    @TestTransaction
    void followsTheOrganisationStatus() {
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
}
