package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The coordinators' register finds any group by name, place, organisation and verification state. */
@QuarkusTest
class GroupRegisterResourceTest {

    @Inject
    DirectoryFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).auth().oauth2(token);
    }

    @Test
    void findsAGroupByWordsAndPlaceWithItsMeetings() {
        as(TestTokens.coordinator()).get("/api/v1/admin/groups?q=bron aa&place=utrecht").then().statusCode(200)
                .body("items.slug", contains("test-aa-utrecht"))
                .body("items[0].organisation.id", equalTo("aa-nederland"))
                .body("items[0].city", equalTo("Utrecht"))
                .body("items[0].meetings.slug", contains("test-aa-utrecht-wo", "test-aa-utrecht-za"))
                .body("items[0].meetings.startTime", contains("19:30", "10:00"))
                .body("totalItems", equalTo(1));
        as(TestTokens.beheerder()).get("/api/v1/admin/groups?organisation=na-belgium&size=100").then().statusCode(200)
                .body("items.slug", hasItem("test-na-gent"))
                .body("items.organisation.id", everyItem(equalTo("na-belgium")));
    }

    @Test
    void filtersByVerificationState() {
        as(TestTokens.coordinator()).body(Map.of("slug", "register-nieuw", "organisationId", "aa-nederland",
                "name", "AA Registertest", "audiences", List.of("PERSON"), "contactRole", "CHAIR"))
                .post("/api/v1/groups").then().statusCode(201);
        // A new group counts as checked; the fixtures were checked long before today.
        as(TestTokens.coordinator()).get("/api/v1/admin/groups?verification=current&size=100").then().statusCode(200)
                .body("items.slug", hasItem("register-nieuw"))
                .body("items.slug", not(hasItem("test-aa-utrecht")))
                .body("items.needsVerification", everyItem(equalTo(false)));
        as(TestTokens.coordinator()).get("/api/v1/admin/groups?verification=DUE&size=100").then().statusCode(200)
                .body("items.slug", hasItem("test-aa-utrecht"))
                .body("items.slug", not(hasItem("register-nieuw")))
                .body("items.needsVerification", everyItem(equalTo(true)));
    }

    @Test
    void wrongFiltersAre400AndOnlyCoordinatorsMayLook() {
        as(TestTokens.coordinator()).get("/api/v1/admin/groups?verification=soms&status=weg&page=0").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page", "verification", "status"));
        as(TestTokens.medewerker()).get("/api/v1/admin/groups").then().statusCode(403);
        given().get("/api/v1/admin/groups").then().statusCode(401);
    }
}
