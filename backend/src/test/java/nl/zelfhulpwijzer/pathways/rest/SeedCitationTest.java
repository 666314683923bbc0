package nl.zelfhulpwijzer.pathways.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.Seeds;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Every seeded pathway, step, material, checklist item and guidance item (and every answer to a barrier), in every
 * public version, and every step of the implementation plan cites a seed file that exists, a section heading that
 * occurs in it and a passage that occurs in it verbatim.
 */
@QuarkusTest
class SeedCitationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySeededPathwayItemCitesAnExistingPassage() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        JsonNode list = JSON.readTree(given().filter(Contract.validated()).get("/api/v1/pathways")
                .then().statusCode(200).extract().asString());
        assertEquals(5, list.get("items").size(), "five seeded pathways");
        for (JsonNode summary : list.get("items")) {
            String id = summary.get("id").asText();
            JsonNode versions = JSON.readTree(given().filter(Contract.validated()).get("/api/v1/pathways/" + id + "/versions")
                    .then().statusCode(200).extract().asString());
            for (JsonNode v : versions.get("items")) {
                JsonNode pathway = JSON.readTree(given().filter(Contract.validated())
                        .get("/api/v1/pathways/" + id + "?version=" + v.get("number").asInt())
                        .then().statusCode(200).extract().asString());
                String where = id + " v" + v.get("number").asInt();
                checked += check(pathway.get("source"), where, problems);
                for (JsonNode g : pathway.get("guidance")) {
                    checked += checkGuidance(g, where + "/guidance", problems);
                }
                assertTrue(pathway.get("steps").size() > 0, where + " has steps");
                for (JsonNode step : pathway.get("steps")) {
                    String stepWhere = where + "/" + step.get("key").asText();
                    checked += check(step.get("source"), stepWhere, problems);
                    for (JsonNode item : step.get("materials")) {
                        checked += check(item.get("source"), stepWhere + "/materials", problems);
                    }
                    for (JsonNode item : step.get("checklist")) {
                        checked += check(item.get("source"), stepWhere + "/checklist", problems);
                    }
                    for (JsonNode g : step.get("guidance")) {
                        checked += checkGuidance(g, stepWhere + "/guidance", problems);
                    }
                }
            }
        }
        assertTrue(checked >= 150, "expected at least 150 citations, checked " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyImplementationPlanStepCitesAnExistingPassage() throws Exception {
        JsonNode plan = JSON.readTree(given().filter(Contract.validated())
                .header("Authorization", "Bearer " + TestTokens.medewerker())
                .get("/api/v1/implementation/plan").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        assertEquals(14, plan.get("steps").size());
        for (JsonNode step : plan.get("steps")) {
            check(step.get("source"), "plan/" + step.get("number").asInt(), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPilotAdviceCitesAnExistingPassage() throws Exception {
        JsonNode advices = JSON.readTree(given().filter(Contract.validated())
                .header("Authorization", "Bearer " + TestTokens.medewerker())
                .get("/api/v1/implementation/advices").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        assertEquals(28, advices.get("items").size(), "advices 1a to 17");
        for (JsonNode advice : advices.get("items")) {
            check(advice.get("source"), "advice/" + advice.get("code").asText(), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everySurveyQuestionCitesAnExistingPassage() throws Exception {
        JsonNode questions = JSON.readTree(given().filter(Contract.validated())
                .get("/api/v1/implementation/survey/questions").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        assertEquals(52, questions.get("items").size(), "questions 1 to 50 with 17b and 41b");
        for (JsonNode q : questions.get("items")) {
            String where = "survey/" + q.get("code").asText();
            check(q.get("source"), where, problems);
            if (!"SCALE".equals(q.get("kind").asText())) {
                for (JsonNode option : q.get("options")) {
                    if (!Seeds.contains("002_e30f9ceb731b810b.txt", option.asText())) {
                        problems.add(where + ": option not in the seed: " + option.asText());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void normalisationJoinsHyphenatedLineBreaksAndIgnoresCase() {
        assertEquals("zelfhulpgroepen en verslavingszorg", Seeds.normalise("Zelf-\n\nhulpgroepen   en\nVerslavingszorg"));
        assertTrue(Seeds.contains("002_e30f9ceb731b810b.txt", "Dit is uiteraard het kernmoment voor verwijzing naar zelfhulpgroepen."));
        assertTrue(!Seeds.contains("002_e30f9ceb731b810b.txt", "Zelfhulpgroepen zijn altijd verplicht."));
    }

    private static int checkGuidance(JsonNode g, String where, List<String> problems) {
        int checked = check(g.get("source"), where, problems);
        if (g.hasNonNull("answer")) {
            checked += check(g.get("answerSource"), where + "/answer", problems);
        }
        return checked;
    }

    private static int check(JsonNode source, String where, List<String> problems) {
        if (source == null || source.isNull()) {
            problems.add(where + ": no citation");
            return 1;
        }
        String document = source.path("document").asText(null);
        if (!Seeds.exists(document)) {
            problems.add(where + ": seed file does not exist: " + document);
            return 1;
        }
        for (String field : List.of("section", "quote")) {
            String text = source.path(field).asText("");
            if (text.isBlank() || !Seeds.contains(document, text)) {
                problems.add(where + ": " + field + " not found in " + document + ": " + text);
            }
        }
        return 1;
    }
}
