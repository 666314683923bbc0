package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * The FHIR door's directory searches are answered from the server's kept answers (the JSON search's mechanism): the
 * same question while the directory is unchanged comes from memory; a change (on any instance: the version is in the
 * database) gives a fresh answer; different questions never share one; referrals are never kept.
 */
@QuarkusTest
class FhirKeptAnswersTest {

    private static final String SEARCH = "/fhir/HealthcareService?_id=test-aa-utrecht&_count=5";
    private static final String GROUP = "test-aa-utrecht";
    private static final String NAME = "AA Utrecht De Bron";

    @Inject
    DirectoryFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void fixtures() {
        fixtures.ensure();
    }

    @AfterEach
    void restoreTheName() {
        rename(NAME, false);
    }

    /**
     * The answer, asked twice: the second time it must come from the answer cache, byte for byte. Answers are kept per
     * minute, so a pair that straddles the turn of a minute is asked once more (a second turn cannot follow so soon).
     */
    private static ExtractableResponse<Response> search(String path) {
        for (int pair = 1; ; pair++) {
            String json = FhirDoorTest.valid(given().get(path), 200);
            ExtractableResponse<Response> again = given().get(path).then().statusCode(200).extract();
            if (pair == 2 || again.asString().equals(json)) {
                again.response().then().body(equalTo(json));
                return again;
            }
        }
    }

    private static String name(ExtractableResponse<Response> answer) {
        return JsonPath.from(answer.asString()).getString("entry[0].resource.name");
    }

    /** Renames the fixture group; {@code unseen}: and puts the directory version back, as if nothing changed. */
    private void rename(String name, boolean unseen) {
        QuarkusTransaction.requiringNew().run(() -> {
            long version = version();
            em.createNativeQuery("update self_help_group set name = :name where slug = :slug")
                    .setParameter("name", name).setParameter("slug", GROUP).executeUpdate();
            if (unseen) {
                em.createNativeQuery("update directory_version set version = :version")
                        .setParameter("version", version).executeUpdate();
            }
        });
    }

    private long version() {
        return ((Number) em.createNativeQuery("select version from directory_version").getSingleResult()).longValue();
    }

    @Test
    void theSameSearchIsAnsweredFromMemoryUntilTheVersionInTheDatabaseChanges() {
        ExtractableResponse<Response> first = search(SEARCH);
        rename("AA Utrecht Verborgen", true);
        ExtractableResponse<Response> kept = given().get(SEARCH).then().statusCode(200).extract();
        assertEquals(first.asString(), kept.asString(), "kept answer, though the row changed behind its back");
        assertEquals(first.contentType(), kept.contentType());
        assertEquals(first.header("ETag"), kept.header("ETag"));

        // what another instance's change does: it raises the version in the database
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update directory_version set version = version + 1")
                .executeUpdate());
        assertEquals("AA Utrecht Verborgen", name(search(SEARCH)));
    }

    @Test
    void aChangeToTheDirectoryIsSeenByTheNextRequest() {
        assertEquals(NAME, name(search(SEARCH)));
        rename("AA Utrecht Nieuwe Naam", false);
        assertEquals("AA Utrecht Nieuwe Naam", name(search(SEARCH)));
        search("/fhir/HealthcareService/_history?_count=100").response().then()
                .body("entry.resource.name", hasItem("AA Utrecht Nieuwe Naam"));
    }

    @Test
    void differentQuestionsNeverShareAnAnswer() {
        String all = search("/fhir/HealthcareService?_count=3").asString();
        String paged = search("/fhir/HealthcareService?_count=3&_offset=3").asString();
        String fewer = search("/fhir/HealthcareService?_count=2").asString();
        String included = search("/fhir/HealthcareService?_count=3&_include=HealthcareService:organization").asString();
        assertNotEquals(all, paged);
        assertNotEquals(all, fewer);
        assertNotEquals(all, included);
        assertNotEquals(JsonPath.from(all).getList("entry.resource.id"), JsonPath.from(paged).getList("entry.resource.id"));
        assertTrue(JsonPath.from(included).getList("entry.search.mode").contains("include"));

        // the same answer as plain JSON or FHIR JSON, each with its own media type
        given().accept("application/json").get(SEARCH).then().statusCode(200).contentType(org.hamcrest.Matchers
                .startsWith("application/json"));
        given().accept("application/fhir+json").get(SEARCH).then().statusCode(200).contentType(org.hamcrest.Matchers
                .startsWith("application/fhir+json"));
        given().accept("application/json").get(SEARCH).then().statusCode(200).contentType(org.hamcrest.Matchers
                .startsWith("application/json"));

        // links hold the address the caller used, so another host gets its own answer
        String viaProxy = given().header("Host", "fhir.example:8443").get(SEARCH).then().statusCode(200).extract().asString();
        assertTrue(viaProxy.contains("//fhir.example:8443/fhir/HealthcareService"), viaProxy);
        assertTrue(given().get(SEARCH).then().extract().asString().contains("//localhost:"));
    }

    @Test
    void referralsAreNeverKept() {
        String tasks = "/fhir/Task?_count=100";
        int before = JsonPath.from(given().header("Authorization", "Bearer " + TestTokens.epd()).get(tasks).then()
                .statusCode(200).extract().asString()).getInt("total");
        long version = version();
        given().header("Authorization", "Bearer " + TestTokens.epd()).contentType(FhirJson.MEDIA_TYPE)
                .body(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(ReferralBundles.referral(
                        "epd-kept-" + UUID.randomUUID().toString().substring(0, 8))))
                .post("/fhir").then().statusCode(200);
        assertEquals(version, version(), "a referral is no change to the directory");
        given().header("Authorization", "Bearer " + TestTokens.epd()).get(tasks).then().statusCode(200)
                .body("total", equalTo(before + 1));
    }
}
