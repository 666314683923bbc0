package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestClock;

/**
 * The search answers the server keeps: the same query in the same minute comes from memory, and any change to the
 * directory (on any instance: it raises the version in the database) or the next minute gives a fresh answer.
 */
@QuarkusTest
class ServerCacheTest extends FixturesOnWednesdayNoon {

    private static final String SEARCH = "/api/v1/meetings?q=utrecht&size=100";
    private static final String MEETING = "test-aa-utrecht-wo";

    @Inject
    EntityManager em;

    @AfterEach
    void restoreTheName() {
        rename(null, false); // the fixture has no name of its own
    }

    private static ExtractableResponse<Response> search() {
        return given().filter(Contract.validated()).get(SEARCH).then().statusCode(200).extract();
    }

    /** Renames the fixture meeting; {@code unseen}: and puts the directory version back, as if nothing changed. */
    private void rename(String name, boolean unseen) {
        QuarkusTransaction.requiringNew().run(() -> {
            long version = ((Number) em.createNativeQuery("select version from directory_version").getSingleResult()).longValue();
            em.createNativeQuery("update meeting set name = cast(:name as varchar) where slug = :slug")
                    .setParameter("name", name).setParameter("slug", MEETING).executeUpdate();
            if (unseen) {
                em.createNativeQuery("update directory_version set version = :version")
                        .setParameter("version", version).executeUpdate();
            }
        });
    }

    @Test
    void theSameSearchInTheSameMinuteIsAnsweredFromMemory() {
        ExtractableResponse<Response> first = search();
        rename("Verborgen wijziging", true);
        ExtractableResponse<Response> second = search();
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.contentType(), second.contentType());
        assertEquals(first.asString(), second.asString(), "kept answer, though the row changed behind its back");
        given().header("If-None-Match", first.header("ETag")).get(SEARCH).then().statusCode(304)
                .header("Cache-Control", "public, max-age=60");
        given().get(SEARCH).then().header("Cache-Control", "public, max-age=60").header("ETag", first.header("ETag"));

        TestClock.fix(DirectoryFixtures.WEDNESDAY_NOON.plusSeconds(60));
        search().response().then().body("items.name", hasItem("Verborgen wijziging"));
    }

    @Test
    void aSearchNearAPreciseOwnPositionIsNotKept() {
        String rounded = "/api/v1/meetings?lat=52.09&lon=5.12&radius_km=50&size=100";
        String precise = "/api/v1/meetings?lat=52.0907&lon=5.1214&radius_km=50&size=100";
        given().get(rounded).then().statusCode(200);
        given().get(precise).then().statusCode(200);
        rename("Verborgen wijziging", true);
        given().get(rounded).then().statusCode(200).body("items.name", not(hasItem("Verborgen wijziging")));
        given().filter(Contract.validated()).get(precise).then().statusCode(200)
                .body("items.name", hasItem("Verborgen wijziging"));
    }

    @Test
    void everyChangeToTheDirectoryGivesAFreshAnswer() {
        ExtractableResponse<Response> first = search();
        rename("Zichtbare wijziging", false);
        ExtractableResponse<Response> second = search();
        assertNotEquals(first.header("ETag"), second.header("ETag"));
        second.response().then().body("items.find { it.slug == '" + MEETING + "' }.name", equalTo("Zichtbare wijziging"));
    }

    @Test
    void differentQueriesAreKeptApart() {
        given().get(SEARCH).then().statusCode(200);
        given().get(SEARCH + "&day=6").then().statusCode(200)
                .body("items.slug", not(hasItem(MEETING)))
                .body("items.slug", hasItem("test-aa-utrecht-za"));
        given().get("/api/v1/meetings?size=100&q=utrecht").then().statusCode(200).body("items.slug", hasItem(MEETING));
    }
}
