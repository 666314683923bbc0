package nl.zelfhulpwijzer.advice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

@QuarkusTest
class CriteriaVersionResourceTest {

    private static final String CRITERION = """
            {"kind": "CAUTION", "organisationKinds": ["SELF_HELP_FELLOWSHIP"], "text": "Testcriterium.",
             "action": "Doe iets.", "sourceDocument": "002_e30f9ceb731b810b.txt", "sourceSection": "3. Verwijzing — Hoe verwijzen?"}""";

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    @Test
    void onlyCoordinatorsMayEdit() {
        given().filter(Contract.validated()).post("/api/v1/criteria/versions").then().statusCode(401);
        as(TestTokens.medewerker()).post("/api/v1/criteria/versions").then().statusCode(403);
        as(TestTokens.beheerder()).post("/api/v1/criteria/versions").then().statusCode(403);
        as(TestTokens.epd()).get("/api/v1/criteria/versions/1").then().statusCode(403);
        as(TestTokens.coordinator()).get("/api/v1/criteria/versions/1").then().statusCode(200)
                .header("ETag", notNullValue()).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void publishedVersionIsReadOnlyAndBadInputIsRefused() {
        as(TestTokens.coordinator()).body(CRITERION).put("/api/v1/criteria/versions/1/criteria/TEST_CAUTION").then()
                .statusCode(409).contentType("application/problem+json");
        as(TestTokens.coordinator()).get("/api/v1/criteria/versions/een").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        as(TestTokens.coordinator()).get("/api/v1/criteria/versions/999").then().statusCode(404);
    }

    @Test
    void draftIsCreatedEditedAndDiscarded() {
        Response created = as(TestTokens.coordinator()).post("/api/v1/criteria/versions");
        created.then().statusCode(201).header("Location", notNullValue()).body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue());
        int version = created.path("version");
        String base = "/api/v1/criteria/versions/" + version;
        try {
            as(TestTokens.coordinator()).post("/api/v1/criteria/versions").then().statusCode(409);
            String etag = created.header("ETag");
            Response saved = as(TestTokens.coordinator()).header("If-Match", etag).body(CRITERION).put(base + "/criteria/TEST_CAUTION");
            saved.then().statusCode(200).body("criteria.code", hasItem("TEST_CAUTION")).body("revision", equalTo(1));
            as(TestTokens.coordinator()).header("If-Match", etag).body(CRITERION).put(base + "/criteria/TEST_CAUTION").then()
                    .statusCode(412);
            as(TestTokens.coordinator()).body("""
                    {"kind": "RISK_SIGNAL", "approaches": ["ZEN"], "text": "", "sourceDocument": "x", "sourceSection": "x"}""")
                    .put(base + "/criteria/test").then().statusCode(400)
                    .body("errors.field", hasItem("text"));
            as(TestTokens.coordinator()).body("""
                    {"kind": "RISK_SIGNAL", "approaches": ["ZEN"], "text": "t", "sourceDocument": "x", "sourceSection": "x"}""")
                    .put(base + "/criteria/test").then().statusCode(400)
                    .body("errors.field", hasItem("code")).body("errors.field", hasItem("approaches[0]"))
                    .body("errors.field", hasItem("action"));
            as(TestTokens.coordinator()).delete(base + "/criteria/TEST_CAUTION").then().statusCode(428)
                    .contentType("application/problem+json");
            String deleted = as(TestTokens.coordinator()).header("If-Match", saved.header("ETag")).delete(base + "/criteria/TEST_CAUTION")
                    .then().statusCode(200).body("criteria.code", not(hasItem("TEST_CAUTION"))).extract().header("ETag");
            as(TestTokens.coordinator()).header("If-Match", deleted).delete(base + "/criteria/TEST_CAUTION").then().statusCode(404);
        } finally {
            String current = as(TestTokens.coordinator()).get(base).header("ETag");
            as(TestTokens.coordinator()).header("If-Match", current).delete(base).then().statusCode(204);
        }
        as(TestTokens.coordinator()).get(base).then().statusCode(404);
    }

    @Test
    void publishedDraftIsUsedByTheAdviceAndThenFrozen() {
        // The advice holds the newest catalogue in memory: this request puts the current one there.
        int before = as(TestTokens.medewerker()).body("{\"relation\": \"PARTNER\", \"behaviours\": [\"ALCOHOL\"]}")
                .post("/api/v1/advice").then().statusCode(200).extract().path("catalogueVersion");
        Response created = as(TestTokens.coordinator()).post("/api/v1/criteria/versions");
        created.then().statusCode(201);
        int version = created.path("version");
        String base = "/api/v1/criteria/versions/" + version;
        // Same meaning, slightly different wording, so other tests see the same advice.
        String saved = as(TestTokens.coordinator()).header("If-Match", created.header("ETag")).body("""
                {"kind": "ROUTE", "organisationKinds": ["SELF_HELP_FELLOWSHIP", "FAMILY_GROUP"], "text": "Rechtstreeks: de cliënt krijgt informatie over de groep en over plaats en tijd van de bijeenkomsten. Dit werkt vaak maar beperkt.",
                 "sourceDocument": "002_e30f9ceb731b810b.txt", "sourceSection": "3. Verwijzing — Hoe verwijzen?"}""")
                .put(base + "/criteria/ROUTE_DIRECT").then().statusCode(200).extract().header("ETag");
        as(TestTokens.coordinator()).header("If-Match", saved).post(base + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        as(TestTokens.coordinator()).post(base + "/publish").then().statusCode(409);
        as(TestTokens.coordinator()).delete(base).then().statusCode(409);
        given().get("/api/v1/criteria").then().statusCode(200).body("version", equalTo(version));
        as(TestTokens.medewerker()).body("{\"relation\": \"PARTNER\", \"behaviours\": [\"ALCOHOL\"]}").post("/api/v1/advice")
                .then().statusCode(200).body("catalogueVersion", equalTo(version));
        org.junit.jupiter.api.Assertions.assertTrue(version > before, "the next advice uses the new publication");
    }
}
