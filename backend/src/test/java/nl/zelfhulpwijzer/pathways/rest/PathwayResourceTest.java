package nl.zelfhulpwijzer.pathways.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** Public reading of pathways and guidance, on the seeded content, validated against openapi.yaml. */
@QuarkusTest
class PathwayResourceTest {

    static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    static RequestSpecification as(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    @Test
    void listsTheFiveSeededPathwaysWithoutLogin() {
        api().get("/api/v1/pathways").then().statusCode(200)
                .body("items.id", hasItems("algemeen", "naasten", "lvb", "artsen", "thuiscontext"))
                .body("items.variant", hasItems("GENERAL", "NAASTEN", "LVB", "DOCTORS", "HOME_CONTEXT"))
                .body("items.status", everyItem(equalTo("PUBLISHED")))
                .body("items.source.document", everyItem(notNullValue()))
                .body("items.find { it.id == 'algemeen' }.steps.size()", greaterThanOrEqualTo(16));
    }

    @Test
    void answersWhatShouldHappenAtAPhaseForAVariant() {
        api().get("/api/v1/pathways?phase=INTAKE&variant=NAASTEN").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo("naasten"))
                .body("items[0].audience", equalTo("FAMILY"))
                .body("items[0].steps.size()", greaterThan(0))
                .body("items[0].steps.phases", everyItem(hasItem("INTAKE")));
        api().get("/api/v1/pathways?phase=indicatieadvies_behandelplan").then().statusCode(200)
                .body("items.id", hasItem("algemeen"))
                .body("items.find { it.id == 'algemeen' }.steps.key", hasItem("indicatie-kernmoment"));
    }

    @Test
    void levelIsCumulative() {
        api().get("/api/v1/pathways?level=VOORLICHTING&variant=GENERAL").then().statusCode(200)
                .body("items[0].steps.level", everyItem(equalTo("VOORLICHTING")));
        api().get("/api/v1/pathways?level=VERWIJZING&variant=GENERAL").then().statusCode(200)
                .body("items[0].steps.level", hasItems("VOORLICHTING", "VERWIJZING"))
                .body("items[0].steps.level", not(hasItem("INTEGRATIE")));
    }

    @Test
    void wrongCodesGiveFieldErrors() {
        api().get("/api/v1/pathways?phase=BEHANDELING&variant=X").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("phase", "variant"));
        api().get("/api/v1/pathways/guidance?kind=ADVIES").then().statusCode(400).body("errors.field", hasItem("kind"));
        api().get("/api/v1/pathways/algemeen?version=een").then().statusCode(400).body("errors.field", hasItem("version"));
    }

    @Test
    void servesThePublishedVersionAndAGivenVersion() {
        api().get("/api/v1/pathways/algemeen").then().statusCode(200)
                .body("id", equalTo("algemeen"))
                .body("version", greaterThanOrEqualTo(1))
                .body("steps.key", hasItems("wachtruimte-materiaal", "indicatie-kernmoment", "klinisch-laatste-fase"));
        api().get("/api/v1/pathways/algemeen?version=1").then().statusCode(200).body("version", equalTo(1));
        api().get("/api/v1/pathways/algemeen?version=99").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/pathways/bestaat-niet").then().statusCode(404);
        api().get("/api/v1/pathways/algemeen/versions").then().statusCode(200)
                .body("items.number", hasItem(1))
                .body("items.status", not(hasItem("DRAFT")));
    }

    @Test
    void guidanceGivesBarriersWithCitedAnswers() {
        api().get("/api/v1/pathways/guidance?kind=BARRIER").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(10))
                .body("items.guidance.kind", everyItem(equalTo("BARRIER")))
                .body("items.guidance.answer", everyItem(notNullValue()))
                .body("items.guidance.answerSource.document", everyItem(notNullValue()));
        api().get("/api/v1/pathways/guidance?phase=INDICATIEADVIES_BEHANDELPLAN&kind=CRITERION&variant=GENERAL").then().statusCode(200)
                .body("items.stepKey", everyItem(notNullValue()))
                .body("items.guidance.text", hasItem(startsWith("Absoluut criterium")));
        api().get("/api/v1/pathways/guidance?variant=LVB&kind=DECISION_POINT").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(2));
    }

    @Test
    void inferredStepsSayWhy() {
        api().get("/api/v1/pathways/lvb").then().statusCode(200)
                .body("steps.findAll { it.inference == true }.note", everyItem(notNullValue()))
                .body("steps.findAll { it.inference == true }.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void editingEndpointsNeedTheCoordinatorRole() {
        api().post("/api/v1/pathways/naasten/versions").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.medewerker()).post("/api/v1/pathways/naasten/versions").then().statusCode(403);
        as(TestTokens.beheerder()).post("/api/v1/pathways/naasten/versions").then().statusCode(403);
        as(TestTokens.epd()).post("/api/v1/pathways/naasten/versions").then().statusCode(403);
        as(TestTokens.coordinator()).post("/api/v1/pathways/naasten/versions").then().statusCode(isOneOf(201, 409));

        api().get("/api/v1/pathways/naasten/changes").then().statusCode(401);
        as(TestTokens.medewerker()).get("/api/v1/pathways/naasten/changes").then().statusCode(403);
        as(TestTokens.coordinator()).get("/api/v1/pathways/naasten/changes").then().statusCode(200)
                .body("items.action", hasItem("PUBLISHED"));

        api().get("/api/v1/pathways/naasten/versions/1").then().statusCode(401);
        as(TestTokens.medewerker()).get("/api/v1/pathways/naasten/versions/1").then().statusCode(403);
        as(TestTokens.coordinator()).get("/api/v1/pathways/naasten/versions/1").then().statusCode(200)
                .header("ETag", notNullValue());

        api().contentType(ContentType.JSON).body(Map.of()).put("/api/v1/pathways/naasten/versions/1/steps/x").then().statusCode(401);
        as(TestTokens.medewerker()).contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/pathways/naasten/versions/1/steps/x").then().statusCode(403);
        api().post("/api/v1/pathways/naasten/versions/1/publish").then().statusCode(401);
        as(TestTokens.medewerker()).post("/api/v1/pathways/naasten/versions/1/publish").then().statusCode(403);
        api().delete("/api/v1/pathways/naasten/versions/1/steps/naasten-vraag").then().statusCode(401);
        as(TestTokens.medewerker()).delete("/api/v1/pathways/naasten/versions/1/steps/naasten-vraag").then().statusCode(403);
    }

    /** A valid step body, citing a real passage of 001. */
    static Map<String, Object> stepBody(String title) {
        Map<String, Object> source = Map.of("document", "001_cb8d4f5b36a5cba2.txt",
                "section", "Werkwijze: hulp uit alle hoeken",
                "quote", "Daarom is deelname aan een zelfhulpgroep een noodzakelijk onderdeel van het monitoringsprogramma");
        return Map.of("phases", List.of("NAZORG", "casemanagement"), "level", "INTEGRATIE", "title", title,
                "action", "Deelname aan een zelfhulpgroep is een noodzakelijk onderdeel van het monitoringsprogramma.",
                "actors", List.of("CASEMANAGER"),
                "checklist", List.of(Map.of("text", "Lid van een zelfhulpgroep.", "source", source)),
                "source", source);
    }
}
