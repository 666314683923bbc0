package nl.zelfhulpwijzer.directory.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The demo-data command: beheerder only, deterministic, clearly labelled, never touching real data. */
@QuarkusTest
class DemoDataResourceTest {

    @Inject
    EntityManager em;

    @AfterEach
    void clear() {
        given().header("Authorization", "Bearer " + TestTokens.beheerder()).delete("/api/v1/admin/demo-data").then().statusCode(200);
    }

    @Test
    void onlyABeheerderMayGenerate() {
        given().filter(Contract.validated()).post("/api/v1/admin/demo-data?groups=5").then().statusCode(401);
        given().filter(Contract.validated()).header("Authorization", "Bearer " + TestTokens.coordinator())
                .post("/api/v1/admin/demo-data?groups=5").then().statusCode(403);
        given().filter(Contract.validated()).header("Authorization", "Bearer " + TestTokens.beheerder())
                .post("/api/v1/admin/demo-data?groups=abc").then().statusCode(400)
                .body("errors.field", hasItem("groups"));
    }

    @Test
    void generatesLabelledFictionalGroupsDeterministically() {
        int meetings = given().filter(Contract.validated()).header("Authorization", "Bearer " + TestTokens.beheerder())
                .post("/api/v1/admin/demo-data?groups=40&seed=7").then().statusCode(200)
                .body("groups", equalTo(40))
                .body("meetings", greaterThan(40))
                .extract().path("meetings");
        List<String> first = given().get("/api/v1/meetings?q=voorbeeld&size=100&organisation=aa-nederland")
                .then().statusCode(200)
                .body("items.demo", everyItem(equalTo(true)))
                .body("items.groupName", everyItem(startsWith("Voorbeeld: ")))
                .extract().path("items.slug");
        int again = given().header("Authorization", "Bearer " + TestTokens.beheerder())
                .post("/api/v1/admin/demo-data?groups=40&seed=7").then().statusCode(200).extract().path("meetings");
        assertEquals(meetings, again, "same seed, same data");
        List<String> second = given().get("/api/v1/meetings?q=voorbeeld&size=100&organisation=aa-nederland")
                .then().extract().path("items.slug");
        assertEquals(first.stream().sorted().toList(), second.stream().sorted().toList());
        given().get("/api/v1/organisations/aa-nederland").then().statusCode(200);
    }

    @Test
    void theGroupsCountTheirMeetingsThatArriveTogether() {
        int meetings = given().header("Authorization", "Bearer " + TestTokens.beheerder())
                .post("/api/v1/admin/demo-data?groups=30&seed=3").then().statusCode(200).extract().path("meetings");
        Number stored = (Number) em.createNativeQuery("select count(*) from meeting m join self_help_group g"
                + " on g.id = m.group_id where g.demo").getSingleResult();
        assertEquals(meetings, stored.intValue(), "every staged meeting reached the meeting table");
        Number wrong = (Number) em.createNativeQuery("select count(*) from self_help_group g where g.demo"
                + " and g.listed_meetings <> (select count(*) from meeting m where m.group_id = g.id and m.listed)")
                .getSingleResult();
        assertEquals(0, wrong.intValue(), "V201's kept count of listed meetings");
    }
}
