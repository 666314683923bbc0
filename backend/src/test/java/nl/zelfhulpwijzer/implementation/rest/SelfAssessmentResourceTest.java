package nl.zelfhulpwijzer.implementation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

@QuarkusTest
class SelfAssessmentResourceTest {

    private static final String ADVICES = "/api/v1/implementation/advices";

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    @Test
    void listsTheAdvicesForStaffOfTheInstitutionOnly() {
        given().filter(Contract.validated()).get(ADVICES).then().statusCode(401);
        as(TestTokens.epd()).get(ADVICES).then().statusCode(403);
        as(TestTokens.token("mila-adv", "Mila", "instelling-adv", "medewerker")).get(ADVICES).then().statusCode(200)
                .body("items.size()", equalTo(28))
                .body("items.code", hasItems("1a", "7a", "7b", "11c", "17"))
                .body("items.status", everyItem(equalTo("NOT_STARTED")))
                .body("counts.NOT_STARTED", equalTo(28));
    }

    @Test
    void coordinatorsAndBeheerdersAssessForTheirOwnInstitution() {
        Map<String, Object> partial = Map.of("status", "PARTIAL", "note", "Alleen op de klinische locaties.");
        given().filter(Contract.validated()).contentType(ContentType.JSON).body(partial).put(ADVICES + "/3b").then().statusCode(401);
        as(TestTokens.medewerker()).contentType(ContentType.JSON).body(partial).put(ADVICES + "/3b").then().statusCode(403);
        as(TestTokens.coordinator()).contentType(ContentType.JSON).body(partial).put(ADVICES + "/3b").then().statusCode(200)
                .body("status", equalTo("PARTIAL")).body("updatedBy", equalTo("coordinator"));
        as(TestTokens.beheerder()).contentType(ContentType.JSON).body(Map.of("status", "DONE")).put(ADVICES + "/17").then()
                .statusCode(200);
        as(TestTokens.medewerker()).get(ADVICES).then()
                .body("items.find { it.code == '3b' }.status", equalTo("PARTIAL"));

        String other = TestTokens.token("ander-adv", "Ander", TestTokens.OTHER_INSTITUTION, "medewerker");
        as(other).get(ADVICES).then().statusCode(200)
                .body("institution", equalTo(TestTokens.OTHER_INSTITUTION))
                .body("items.find { it.code == '3b' }.status", equalTo("NOT_STARTED"))
                .body("items.find { it.code == '17' }.status", equalTo("NOT_STARTED"));
    }

    @Test
    void invalidAssessmentsAreRefused() {
        String token = TestTokens.token("cor-adv", "Cor", "instelling-adv-fout", "coordinator");
        as(token).contentType(ContentType.JSON).body(Map.of()).put(ADVICES + "/1a").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(token).contentType(ContentType.JSON).body(Map.of("status", "BIJNA")).put(ADVICES + "/1a").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(token).contentType(ContentType.JSON).body(Map.of("status", "DONE")).put(ADVICES + "/99z").then().statusCode(404);
        as(token).get(ADVICES).then().body("items.find { it.code == '1a' }.status", equalTo("NOT_STARTED"));
    }
}
