package nl.zelfhulpwijzer.implementation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The implementation plan per institution: roles, tenant isolation, validation and stale writes. */
@QuarkusTest
class ImplementationPlanResourceTest {

    private static final String PLAN = "/api/v1/implementation/plan";

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private static String coordinatorOf(String institution) {
        return TestTokens.token("cor-" + institution, "Cor", institution, "coordinator");
    }

    private static Map<String, Object> done() {
        return Map.of("status", "DONE", "ownerRole", "PROJECTGROEP", "startDate", "2026-03-01", "dueDate", "2026-04-01",
                "completedDate", "2026-03-20", "notes", "Vragenlijst (Bijlage 4) uitgezet bij alle taakgroepen.");
    }

    @Test
    void readingNeedsAStaffRoleOfAnInstitution() {
        given().filter(Contract.validated()).get(PLAN).then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.epd()).get(PLAN).then().statusCode(403);
        String withoutInstitution = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("sub-zonder").preferredUserName("zonder")
                .claim("realm_access", Map.of("roles", List.of("medewerker"))).expiresIn(300).jws().keyId("test")
                .sign("test-jwt-private.pem");
        as(withoutInstitution).get(PLAN).then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.token("mila-leeg", "Mila", "instelling-leeg", "medewerker")).get(PLAN).then().statusCode(200)
                .body("institution", equalTo("instelling-leeg"))
                .body("stepsTotal", equalTo(14))
                .body("stepsDone", equalTo(0))
                .body("steps.status", everyItem(equalTo("NOT_STARTED")))
                .body("steps.number", hasItems(1, 14))
                .body("steps.source.document", everyItem(equalTo("002_e30f9ceb731b810b.txt")));
        as(TestTokens.beheerder()).get(PLAN).then().statusCode(200);
        as(TestTokens.coordinator()).get(PLAN).then().statusCode(200);
    }

    @Test
    void writingNeedsCoordinatorOrBeheerder() {
        given().filter(Contract.validated()).contentType(ContentType.JSON).body(done()).put(PLAN + "/steps/1").then().statusCode(401);
        as(TestTokens.token("mila-w", "Mila", "instelling-w", "medewerker")).contentType(ContentType.JSON).body(done())
                .put(PLAN + "/steps/1").then().statusCode(403);
        as(TestTokens.token("epd-w", "EPD", "instelling-w", "epd")).contentType(ContentType.JSON).body(done())
                .put(PLAN + "/steps/1").then().statusCode(403);
        String cor = TestTokens.token("cor-w", "Cor", "instelling-w", "coordinator");
        as(cor).header("If-Match", etagOf(cor, 1)).contentType(ContentType.JSON).body(done())
                .put(PLAN + "/steps/1").then().statusCode(200).body("status", equalTo("DONE"));
        String bea = TestTokens.token("bea-w", "Bea", "instelling-w", "beheerder");
        as(bea).header("If-Match", etagOf(bea, 2)).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "ownerRole", "MANAGEMENT"))
                .put(PLAN + "/steps/2").then().statusCode(200).body("updatedBy", equalTo("bea-w"));
    }

    @Test
    void oneInstitutionNeverSeesAnothersPlan() {
        as(TestTokens.coordinator()).header("If-Match", etagOf(TestTokens.coordinator(), 4)).contentType(ContentType.JSON).body(done())
                .put(PLAN + "/steps/4").then().statusCode(200)
                .body("status", equalTo("DONE")).body("notes", notNullValue());
        as(TestTokens.medewerker()).get(PLAN).then().statusCode(200)
                .body("institution", equalTo(TestTokens.INSTITUTION))
                .body("steps.find { it.number == 4 }.status", equalTo("DONE"));

        String other = TestTokens.token("mila-ander", "Mila Ander", TestTokens.OTHER_INSTITUTION, "medewerker", "coordinator");
        as(other).get(PLAN).then().statusCode(200)
                .body("institution", equalTo(TestTokens.OTHER_INSTITUTION))
                .body("steps.find { it.number == 4 }.status", equalTo("NOT_STARTED"))
                .body("steps.find { it.number == 4 }.notes", equalTo(null));
        as(other).header("If-Match", etagOf(other, 4)).contentType(ContentType.JSON).body(Map.of("status", "SKIPPED"))
                .put(PLAN + "/steps/4").then().statusCode(200);
        as(TestTokens.medewerker()).get(PLAN).then()
                .body("steps.find { it.number == 4 }.status", equalTo("DONE"))
                .body("steps.find { it.number == 4 }.updatedBy", equalTo("coordinator"));
    }

    @Test
    void staleWritesAreRefused() {
        String token = coordinatorOf("instelling-etag");
        String first = etagOf(token, 6);
        assertEquals("\"v0\"", first);
        as(token).contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS")).put(PLAN + "/steps/6").then().statusCode(428)
                .contentType("application/problem+json").body("title", equalTo("Versie ontbreekt"));
        Response saved = as(token).header("If-Match", first).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS")).put(PLAN + "/steps/6");
        saved.then().statusCode(200).header("ETag", notNullValue());
        as(token).header("If-Match", first).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .put(PLAN + "/steps/6").then().statusCode(412).contentType("application/problem+json");
        as(token).header("If-Match", saved.getHeader("ETag")).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .put(PLAN + "/steps/6").then().statusCode(200).body("status", equalTo("DONE"));
    }

    @Test
    void invalidInputGivesFieldErrorsAndStoresNothing() {
        String token = coordinatorOf("instelling-fout");
        as(token).contentType(ContentType.JSON).body(Map.of()).put(PLAN + "/steps/3").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(token).contentType(ContentType.JSON).body(Map.of("status", "KLAAR", "ownerRole", "BAAS"))
                .put(PLAN + "/steps/3").then().statusCode(400).body("errors.field", hasItems("status", "ownerRole"));
        as(token).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "startDate", "2026-05-01", "dueDate", "2026-04-01", "completedDate", "2026-05-02"))
                .put(PLAN + "/steps/3").then().statusCode(400).body("errors.field", hasItems("dueDate", "completedDate"));
        as(token).contentType(ContentType.JSON).body(Map.of("status", "DONE", "notes", "x".repeat(2001)))
                .put(PLAN + "/steps/3").then().statusCode(400).body("errors.field", hasItem("notes"));
        as(token).contentType(ContentType.JSON).body(Map.of("status", "DONE", "startDate", "morgen"))
                .put(PLAN + "/steps/3").then().statusCode(400).body("errors.field", hasItem("startDate"));
        as(token).contentType(ContentType.JSON).body(Map.of("status", "DONE")).put(PLAN + "/steps/15").then().statusCode(404);
        as(token).contentType(ContentType.JSON).body(Map.of("status", "DONE")).put(PLAN + "/steps/drie").then().statusCode(400)
                .body("errors.field", hasItem("number"));
        as(token).get(PLAN).then().body("steps.find { it.number == 3 }.status", equalTo("NOT_STARTED"));
    }

    private static String etagOf(String token, int step) {
        return as(token).get(PLAN).then().extract().path("steps.find { it.number == " + step + " }.etag");
    }
}
