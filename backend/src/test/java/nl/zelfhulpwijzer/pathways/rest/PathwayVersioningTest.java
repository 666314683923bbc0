package nl.zelfhulpwijzer.pathways.rest;

import static nl.zelfhulpwijzer.pathways.rest.PathwayResourceTest.api;
import static nl.zelfhulpwijzer.pathways.rest.PathwayResourceTest.as;
import static nl.zelfhulpwijzer.pathways.rest.PathwayResourceTest.stepBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.zelfhulpwijzer.support.TestTokens;

/** Draft → published, immutability of published versions, stale writes, validation and history. */
@QuarkusTest
class PathwayVersioningTest {

    @Inject
    DataSource dataSource;

    @Test
    void draftEditPublishKeepsEarlierVersionsUnchanged() {
        String coordinator = TestTokens.coordinator();
        // the seeded published version (V11, or a later seed migration such as V120)
        int published = api().get("/api/v1/pathways/artsen").then().statusCode(200).extract().path("version");
        String originalStep = api().get("/api/v1/pathways/artsen?version=" + published).then().statusCode(200)
                .extract().path("steps.find { it.key == 'artsen-monitoring' }.title");

        Response created = as(coordinator).post("/api/v1/pathways/artsen/versions");
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("basedOn", equalTo(published))
                .header("Location", containsString("/api/v1/pathways/artsen/versions/"));
        int number = created.path("number");
        String etag = created.getHeader("ETag");

        api().get("/api/v1/pathways/artsen/draft").then().statusCode(401);
        as(TestTokens.medewerker()).get("/api/v1/pathways/artsen/draft").then().statusCode(403);
        as(coordinator).get("/api/v1/pathways/artsen/draft").then().statusCode(200)
                .body("number", equalTo(number)).header("ETag", equalTo(etag));

        // only one draft at a time
        as(coordinator).post("/api/v1/pathways/artsen/versions").then().statusCode(409).contentType("application/problem+json");

        // the published version cannot be edited
        as(coordinator).contentType(ContentType.JSON).body(stepBody("Niet toegestaan"))
                .put("/api/v1/pathways/artsen/versions/" + published + "/steps/artsen-monitoring").then().statusCode(409)
                .contentType("application/problem+json");
        as(coordinator).delete("/api/v1/pathways/artsen/versions/" + published + "/steps/artsen-monitoring").then().statusCode(409);
        as(coordinator).post("/api/v1/pathways/artsen/versions/" + published + "/publish").then().statusCode(409);

        // edit the draft with the current ETag
        Response saved = as(coordinator).header("If-Match", etag).contentType(ContentType.JSON)
                .body(stepBody("Monitoring met zelfhulpgroep (bewerkt)"))
                .put("/api/v1/pathways/artsen/versions/" + number + "/steps/artsen-monitoring");
        saved.then().statusCode(200)
                .body("steps.find { it.key == 'artsen-monitoring' }.title", equalTo("Monitoring met zelfhulpgroep (bewerkt)"))
                .body("steps.find { it.key == 'artsen-monitoring' }.phases", equalTo(List.of("NAZORG", "CASEMANAGEMENT")))
                .body("updatedBy", equalTo("coordinator"));
        String newEtag = saved.getHeader("ETag");
        assertNotEquals(etag, newEtag);

        // a write based on the old state is refused
        as(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(stepBody("Verouderd"))
                .put("/api/v1/pathways/artsen/versions/" + number + "/steps/artsen-monitoring").then().statusCode(412)
                .contentType("application/problem+json");
        as(coordinator).header("If-Match", etag).post("/api/v1/pathways/artsen/versions/" + number + "/publish")
                .then().statusCode(412);

        // the public still sees the published version while the draft exists; drafts are not public
        api().get("/api/v1/pathways/artsen").then().statusCode(200).body("version", equalTo(published));
        api().get("/api/v1/pathways/artsen?version=" + number).then().statusCode(404);
        api().get("/api/v1/pathways/artsen/versions").then().body("items.status", not(hasItem("DRAFT")));

        as(coordinator).header("If-Match", newEtag).post("/api/v1/pathways/artsen/versions/" + number + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("coordinator"));

        api().get("/api/v1/pathways/artsen").then().statusCode(200).body("version", equalTo(number))
                .body("steps.find { it.key == 'artsen-monitoring' }.title", equalTo("Monitoring met zelfhulpgroep (bewerkt)"));
        as(coordinator).get("/api/v1/pathways/artsen/draft").then().statusCode(404);
        api().get("/api/v1/pathways/artsen?version=" + published).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("steps.find { it.key == 'artsen-monitoring' }.title", equalTo(originalStep));
        api().get("/api/v1/pathways/artsen/versions").then().body("items.status", hasItems("SUPERSEDED", "PUBLISHED"));

        // the new published version is frozen too
        as(coordinator).contentType(ContentType.JSON).body(stepBody("Nog eens"))
                .put("/api/v1/pathways/artsen/versions/" + number + "/steps/artsen-monitoring").then().statusCode(409);

        as(coordinator).get("/api/v1/pathways/artsen/changes").then().statusCode(200)
                .body("items.action", hasItems("DRAFT_CREATED", "STEP_SAVED", "PUBLISHED"))
                .body("items.findAll { it.version == " + number + " }.changedBy", hasItem("coordinator"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeletePublishedContent() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update pathway_version set content = '{}'::jsonb where pathway_id = 'algemeen' and number = 1"));
            assertEquals(true, update.getMessage().contains("cannot be changed"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "delete from pathway_version where pathway_id = 'algemeen' and number = 1"));
        }
    }

    @Test
    void invalidStepsAreRefusedWithFieldErrorsAndNothingIsStored() {
        String coordinator = TestTokens.coordinator();
        Response created = as(coordinator).post("/api/v1/pathways/thuiscontext/versions");
        int number = created.then().statusCode(201).extract().path("number");
        String etag = created.getHeader("ETag");
        String path = "/api/v1/pathways/thuiscontext/versions/" + number + "/steps/";

        as(coordinator).contentType(ContentType.JSON).body(Map.of())
                .put(path + "nieuw").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("phases", "level", "title", "action", "actors", "source"));

        Map<String, Object> wrongCodes = new HashMap<>(stepBody("Titel"));
        wrongCodes.put("phases", List.of("BEHANDELING"));
        wrongCodes.put("level", "ALLES");
        wrongCodes.put("actors", List.of("ROBOT"));
        as(coordinator).contentType(ContentType.JSON).body(wrongCodes)
                .put(path + "nieuw").then().statusCode(400)
                .body("errors.field", hasItems("phases[0]", "level", "actors[0]"));

        Map<String, Object> badCitation = new HashMap<>(stepBody("Titel"));
        badCitation.put("source", Map.of("document", "mijn-idee.txt", "section", "", "quote", "x"));
        as(coordinator).contentType(ContentType.JSON).body(badCitation)
                .put(path + "nieuw").then().statusCode(400).body("errors.field", hasItems("document", "section"));

        Map<String, Object> answerWithoutSource = new HashMap<>(stepBody("Titel"));
        answerWithoutSource.put("guidance", List.of(Map.of("kind", "BARRIER", "text", "Drempel", "answer", "Antwoord",
                "source", stepBody("x").get("source"))));
        as(coordinator).contentType(ContentType.JSON).body(answerWithoutSource)
                .put(path + "nieuw").then().statusCode(400).body("errors.field", hasItem("guidance[0].answerSource"));

        as(coordinator).contentType(ContentType.JSON).body(stepBody("Titel"))
                .put(path + "Ongeldige%20Sleutel").then().statusCode(400).body("errors.field", hasItem("key"));
        as(coordinator).contentType(ContentType.JSON).body("{\"title\": ")
                .put(path + "nieuw").then().statusCode(400).contentType("application/problem+json");
        as(coordinator).contentType(ContentType.JSON).body(stepBody("Titel"))
                .put("/api/v1/pathways/thuiscontext/versions/nul/steps/nieuw").then().statusCode(400);
        as(coordinator).contentType(ContentType.JSON).body(stepBody("Titel"))
                .put("/api/v1/pathways/thuiscontext/versions/999/steps/nieuw").then().statusCode(404);
        as(coordinator).delete(path + "bestaat-niet").then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://zelfhulpwijzer.nl/problems/precondition-required"));
        as(coordinator).header("If-Match", etag).delete(path + "bestaat-niet").then().statusCode(404);

        as(coordinator).get("/api/v1/pathways/thuiscontext/versions/" + number).then().statusCode(200)
                .body("steps.key", not(hasItem("nieuw")));

        // a valid new step is added at the end
        String added = as(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(stepBody("Nieuwe stap"))
                .put(path + "nieuw").then().statusCode(200)
                .body("steps[-1].key", equalTo("nieuw")).extract().header("ETag");
        String removed = as(coordinator).header("If-Match", added).delete(path + "nieuw").then().statusCode(200)
                .body("steps.key", not(hasItem("nieuw"))).extract().header("ETag");

        // a draft can be thrown away; a published version cannot
        api().delete("/api/v1/pathways/thuiscontext/versions/" + number).then().statusCode(401);
        as(TestTokens.medewerker()).delete("/api/v1/pathways/thuiscontext/versions/" + number).then().statusCode(403);
        as(coordinator).delete("/api/v1/pathways/thuiscontext/versions/1").then().statusCode(409);
        as(coordinator).header("If-Match", removed).delete("/api/v1/pathways/thuiscontext/versions/" + number).then().statusCode(204);
        as(coordinator).get("/api/v1/pathways/thuiscontext/versions/" + number).then().statusCode(404);
        as(coordinator).get("/api/v1/pathways/thuiscontext/changes").then().body("items.action", hasItem("DRAFT_DISCARDED"));
        api().get("/api/v1/pathways/thuiscontext").then().statusCode(200).body("version", equalTo(1));
    }
}
