package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The search country kept on the group by triggers (V33): the place's country, else the organisation's; it follows a
 * place or organisation that changes country and a group that moves. Each test rolls back.
 */
@QuarkusTest
class GroupSearchCountryTest {

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
    void placeCountryElseOrganisationCountry() {
        assertEquals("NL", country("test-aa-utrecht"));
        assertEquals("BE", country("test-na-gent"));
        String online = (String) em.createNativeQuery("select o.country from self_help_group g"
                + " join organisation o on o.id = g.organisation_id where g.slug = 'test-agog-online'").getSingleResult();
        assertEquals(online, country("test-agog-online"), "no place: the organisation's country");
    }

    @Test
    @TestTransaction
    void followsThePlaceAndTheOrganisation() {
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
    void followsAGroupThatMoves() {
        sql("update self_help_group set location_id = (select location_id from self_help_group where slug = 'test-na-gent')"
                + " where slug = :slug", "test-aa-utrecht");
        assertEquals("BE", country("test-aa-utrecht"));
        sql("update self_help_group set location_id = null where slug = :slug", "test-aa-utrecht");
        String org = (String) em.createNativeQuery("select o.country from self_help_group g"
                + " join organisation o on o.id = g.organisation_id where g.slug = 'test-aa-utrecht'").getSingleResult();
        assertEquals(org, country("test-aa-utrecht"));
    }
}
