package nl.zelfhulpwijzer.advice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

@QuarkusTest
class CriteriaResourceTest {

    @Inject
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void anonymousCallerReadsThePublishedCatalogueWithSources() {
        given().filter(Contract.validated()).get("/api/v1/criteria").then().statusCode(200)
                .body("version", equalTo(latestPublished()))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("criteria.size()", greaterThanOrEqualTo(60))
                .body("criteria.source.document", everyItem(matchesPattern("00[0-4]_[0-9a-f]{16}\\.txt")))
                .body("criteria.find { it.code == 'PILOT_7B_ABSTINENCE_WISH' }.kind", equalTo("ABSOLUTE"))
                .body("criteria.find { it.code == 'PILOT_7B_ABSTINENCE_WISH' }.appliesTo.approaches", hasItem("TWELVE_STEP"))
                .body("criteria.find { it.code == 'CAUTION_NA_MEDICATION' }.appliesTo.organisationIds", hasItem("na-nederland"))
                .body("criteria.kind", hasItem("RISK_SIGNAL"));
    }

    @Test
    void loggedInCallersReadItToo() {
        for (String token : new String[] { TestTokens.medewerker(), TestTokens.beheerder(), TestTokens.epd() }) {
            given().filter(Contract.validated()).header("Authorization", "Bearer " + token).get("/api/v1/criteria")
                    .then().statusCode(200).body("version", equalTo(latestPublished()));
        }
    }

    @Test
    void publishedCatalogueCannotChange() {
        assertThrows(Exception.class, () -> inTransaction(
                "update criterion set text = 'gewijzigd' where catalogue_version = 1 and code = 'PILOT_7B_ABSTINENCE_WISH'"));
        assertThrows(Exception.class, () -> inTransaction("delete from criterion where catalogue_version = 1"));
        assertThrows(Exception.class, () -> inTransaction("update criteria_catalogue set status = 'DRAFT' where version = 1"));
        assertThrows(Exception.class, () -> inTransaction(
                "insert into criterion (catalogue_version, code, position, kind, text, source_document, source_section) "
                        + "values (1, 'NEW', 999, 'CAUTION', 'x', '002_e30f9ceb731b810b.txt', 'x')"));
        given().get("/api/v1/criteria").then().statusCode(200)
                .body("criteria.find { it.code == 'PILOT_7B_ABSTINENCE_WISH' }.text", matchesPattern("Absoluut criterium.*"));
    }

    @Test
    void aDraftCanBeEditedAndPublishedOnce() throws Exception {
        tx.begin();
        try {
            em.createNativeQuery("insert into criteria_catalogue (version, status, title, created_by) values (900, 'DRAFT', 'Concept', 'test')")
                    .executeUpdate();
            em.createNativeQuery("insert into criterion (catalogue_version, code, position, kind, text, source_document, source_section) "
                    + "values (900, 'ROUTE_DIRECT', 1, 'ROUTE', 'x', '002_e30f9ceb731b810b.txt', 'x')").executeUpdate();
            em.createNativeQuery("update criterion set text = 'y' where catalogue_version = 900").executeUpdate();
        } finally {
            tx.rollback(); // leave the seeded version the newest published version for the other tests
        }
    }

    private int latestPublished() {
        return (Integer) em.createQuery("select max(c.version) from CriteriaCatalogue c where c.status = "
                + "nl.zelfhulpwijzer.common.versioning.VersionStatus.PUBLISHED").getSingleResult();
    }

    @Transactional
    void inTransaction(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
