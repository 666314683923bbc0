package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** Coordinators keep organisations and their contact points right: If-Match, validation, history, verify. */
@QuarkusTest
class OrganisationManagementTest {

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> druglijn(List<Map<String, Object>> contactPoints) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Druglijn");
        body.put("status", "ACTIVE");
        body.put("description", "Website met informatie over middelen.");
        body.put("audiences", List.of("PERSON", "PARTNER", "RELATIVE", "PROFESSIONAL"));
        body.put("behaviours", List.of("ALCOHOL", "DRUGS"));
        body.put("contactPoints", contactPoints);
        return body;
    }

    @Test
    void updateWithIfMatchValidationHistoryAndVerify() {
        String etag = given().get("/api/v1/organisations/druglijn").then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = druglijn(List.of(
                Map.of("kind", "WEBSITE", "value", "https://www.druglijn.be"),
                Map.of("kind", "HELPLINE", "label", "Druglijn", "value", "078 15 10 20")));

        given().contentType(ContentType.JSON).body(body).put("/api/v1/organisations/druglijn").then().statusCode(401);
        as(TestTokens.medewerker()).header("If-Match", etag).body(body).put("/api/v1/organisations/druglijn").then().statusCode(403);
        as(TestTokens.coordinator()).body(body).put("/api/v1/organisations/druglijn").then().statusCode(428)
                .contentType("application/problem+json").body("title", equalTo("Versie ontbreekt"));

        Map<String, Object> bad = druglijn(List.of(
                Map.of("kind", "PHONE", "value", "12"),
                Map.of("kind", "EMAIL", "value", "geen-mail"),
                Map.of("kind", "WEBSITE", "value", "druglijn.be")));
        bad.put("umbrellaId", "druglijn");
        bad.put("name", "");
        as(TestTokens.coordinator()).header("If-Match", etag).body(bad).put("/api/v1/organisations/druglijn").then().statusCode(400)
                .body("errors.field", hasItems("name", "umbrellaId", "contactPoints[0].value", "contactPoints[1].value",
                        "contactPoints[2].value"));

        String newTag = as(TestTokens.coordinator()).header("If-Match", etag).body(body).put("/api/v1/organisations/druglijn")
                .then().statusCode(200)
                .body("contactPoints.kind", equalTo(List.of("WEBSITE", "HELPLINE")))
                .body("source.document", equalTo("004_9366bc2566e26373.txt"))
                .extract().header("ETag");
        assertNotEquals(etag, newTag);
        as(TestTokens.beheerder()).header("If-Match", etag).body(body).put("/api/v1/organisations/druglijn").then().statusCode(412);

        as(TestTokens.coordinator()).get("/api/v1/organisations/druglijn/history").then().statusCode(200)
                .body("field", hasItems("description", "contactPoints"))
                .body("field", not(hasItem("name")))
                .body("changedBy", hasItem("coordinator"));
        as(TestTokens.beheerder()).header("If-Match", newTag).post("/api/v1/organisations/druglijn/verify").then().statusCode(200)
                .body("verifiedBy", equalTo("beheerder"));
        as(TestTokens.medewerker()).get("/api/v1/organisations/druglijn/history").then().statusCode(403);
        as(TestTokens.coordinator()).post("/api/v1/organisations/bestaat-niet/verify").then().statusCode(404);
    }
}
