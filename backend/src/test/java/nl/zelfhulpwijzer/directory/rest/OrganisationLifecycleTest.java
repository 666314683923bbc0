package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Coordinators create organisations, deactivate and activate them; an inactive organisation leaves the public list and
 * search but its page stays reachable. Also the meeting as the edit form reads it.
 */
@QuarkusTest
class OrganisationLifecycleTest {

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification anonymous() {
        return given().filter(Contract.validated()).contentType(ContentType.JSON);
    }

    private static Map<String, Object> steunpunt(String id, String name) {
        Map<String, Object> body = new HashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("name", name);
        body.put("kind", "SUPPORT_POINT");
        body.put("approach", "NOT_APPLICABLE");
        body.put("country", "NL");
        body.put("status", "IN_FORMATION");
        body.put("description", "Steunpunt voor zelfhulpgroepen in de regio.");
        body.put("audiences", List.of("PERSON", "RELATIVE"));
        body.put("behaviours", List.of("ALCOHOL", "DRUGS"));
        body.put("contactPoints", List.of(
                Map.of("kind", "WEBSITE", "value", "https://www.steunpunt-voorbeeld.nl"),
                Map.of("kind", "PHONE", "label", "Spreekuur", "value", "030 123 45 67", "note", "Op werkdagen")));
        body.put("source", Map.of("document", "https://www.steunpunt-voorbeeld.nl", "section", "Over ons"));
        return body;
    }

    @Test
    void createNeedsTheRoleAndReturnsLocationEtagAndHistory() {
        Map<String, Object> body = steunpunt("steunpunt-beheertest", "Steunpunt Zelfhulp Beheertest");
        anonymous().body(body).post("/api/v1/organisations").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.medewerker()).body(body).post("/api/v1/organisations").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.epd()).body(body).post("/api/v1/organisations").then().statusCode(403);
        given().get("/api/v1/organisations/steunpunt-beheertest").then().statusCode(404);

        as(TestTokens.coordinator()).body(body).post("/api/v1/organisations").then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/steunpunt-beheertest"))
                .header("ETag", equalTo("\"v0\""))
                .body("id", equalTo("steunpunt-beheertest"))
                .body("status", equalTo("IN_FORMATION"))
                .body("kind", equalTo("SUPPORT_POINT"))
                .body("verifiedBy", equalTo("coordinator"))
                .body("source.document", equalTo("https://www.steunpunt-voorbeeld.nl"))
                .body("contactPoints.kind", equalTo(List.of("WEBSITE", "PHONE")))
                .body("contactPoints[1].note", equalTo("Op werkdagen"));
        given().filter(Contract.validated()).get("/api/v1/organisations/steunpunt-beheertest").then().statusCode(200)
                .header("ETag", equalTo("\"v0\""));
        as(TestTokens.coordinator()).get("/api/v1/organisations?q=Beheertest").then().statusCode(200)
                .body("items.id", hasItem("steunpunt-beheertest"));

        as(TestTokens.coordinator()).get("/api/v1/organisations/steunpunt-beheertest/history").then().statusCode(200)
                .body("field", hasItems("name", "status", "description", "contactPoints", "verifiedBy"))
                .body("find { it.field == 'name' }.oldValue", equalTo(null))
                .body("find { it.field == 'name' }.newValue", equalTo("Steunpunt Zelfhulp Beheertest"))
                .body("find { it.field == 'name' }.entityType", equalTo("ORGANISATION"))
                .body("changedBy", everyItem(equalTo("coordinator")));

        // the same id again: a field error, not a 500
        as(TestTokens.beheerder()).body(body).post("/api/v1/organisations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("id")));
        // without id: made from the name
        as(TestTokens.beheerder()).body(steunpunt(null, "Steunpunt Zelfhulp Éénmaal Andermaal")).post("/api/v1/organisations")
                .then().statusCode(201).body("id", equalTo("steunpunt-zelfhulp-eenmaal-andermaal"))
                .body("verifiedBy", equalTo("beheerder"));
        as(TestTokens.beheerder()).body(steunpunt(null, "Steunpunt Zelfhulp Éénmaal Andermaal")).post("/api/v1/organisations")
                .then().statusCode(400).body("errors.field", equalTo(List.of("id")))
                .body("errors[0].message", containsString("steunpunt-zelfhulp-eenmaal-andermaal"));
    }

    @Test
    void invalidInputGivesDutchFieldErrorsAndStoresNothing() {
        Map<String, Object> bad = steunpunt("steunpunt-fout", "");
        bad.remove("kind");
        bad.put("country", "DE");
        bad.put("status", "INACTIVE");
        bad.put("umbrellaId", "bestaat-niet");
        bad.put("audiences", List.of());
        bad.put("source", Map.of("document", "", "section", "Over ons"));
        bad.put("contactPoints", List.of(
                Map.of("kind", "EMAIL", "value", "geen-mail"),
                Map.of("kind", "PHONE", "value", "12"),
                Map.of("kind", "WEBSITE", "value", "")));
        as(TestTokens.coordinator()).body(bad).post("/api/v1/organisations").then().statusCode(400)
                .contentType("application/problem+json");

        // an unknown country code is a JSON error; without it, every field error is listed at once
        bad.put("country", "NL");
        as(TestTokens.coordinator()).body(bad).post("/api/v1/organisations").then().statusCode(400)
                .body("errors.field", hasItems("name", "kind", "status", "umbrellaId", "audiences", "source.document",
                        "contactPoints[0].value", "contactPoints[1].value", "contactPoints[2].value"))
                .body("errors.find { it.field == 'name' }.message", equalTo("Vul de naam in."))
                .body("errors.find { it.field == 'status' }.message", equalTo("Een nieuwe organisatie is actief of in oprichting."));
        as(TestTokens.coordinator()).body(steunpunt("Hoofd Letters!", "Steunpunt Sleuteltest")).post("/api/v1/organisations")
                .then().statusCode(400).body("errors.field", equalTo(List.of("id")));
        Map<String, Object> noSource = steunpunt("steunpunt-zonder-bron", "Steunpunt Zonder Bron");
        noSource.remove("source");
        as(TestTokens.coordinator()).body(noSource).post("/api/v1/organisations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("source")));
        Map<String, Object> self = steunpunt("steunpunt-zelf", "Steunpunt Zelf");
        self.put("umbrellaId", "steunpunt-zelf");
        as(TestTokens.coordinator()).body(self).post("/api/v1/organisations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("umbrellaId")));
        as(TestTokens.coordinator()).body("{\"name\": ").post("/api/v1/organisations").then().statusCode(400)
                .contentType("application/problem+json");

        for (String id : List.of("steunpunt-fout", "hoofd-letters", "steunpunt-zonder-bron", "steunpunt-zelf")) {
            given().get("/api/v1/organisations/" + id).then().statusCode(404);
        }
        as(TestTokens.coordinator()).get("/api/v1/organisations?q=Sleuteltest&includeInactive=true").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void deactivateHidesTheOrganisationAndItsGroupsButKeepsItsPage() {
        Map<String, Object> body = steunpunt("steunpunt-stopt", "Steunpunt Dat Stopt");
        body.put("status", "ACTIVE");
        String etag = as(TestTokens.coordinator()).body(body).post("/api/v1/organisations").then().statusCode(201)
                .extract().header("ETag");
        as(TestTokens.coordinator()).body(Map.of("slug", "steunpunt-stopt-groep", "organisationId", "steunpunt-stopt",
                "name", "Praatgroep Steunpunt Stopt",
                "location", Map.of("address", "Dorpsstraat 5", "postcode", "3701 AB", "city", "Zeist", "country", "NL",
                        "latitude", 52.09, "longitude", 5.23),
                "audiences", List.of("PERSON"))).post("/api/v1/groups").then().statusCode(201);
        String groupTag = given().get("/api/v1/groups/steunpunt-stopt-groep").then().extract().header("ETag");
        as(TestTokens.coordinator()).header("If-Match", groupTag).body(Map.of("frequency", "WEEKLY", "day", 3, "startTime", "19:30",
                "endTime", "21:00", "inPerson", true)).post("/api/v1/groups/steunpunt-stopt-groep/meetings").then().statusCode(201);
        given().get("/api/v1/meetings?organisation=steunpunt-stopt").then().statusCode(200)
                .body("items.groupSlug", hasItem("steunpunt-stopt-groep"));

        anonymous().post("/api/v1/organisations/steunpunt-stopt/deactivate").then().statusCode(401);
        as(TestTokens.medewerker()).post("/api/v1/organisations/steunpunt-stopt/deactivate").then().statusCode(403);
        as(TestTokens.coordinator()).header("If-Match", "\"v99\"").post("/api/v1/organisations/steunpunt-stopt/deactivate").then()
                .statusCode(412).contentType("application/problem+json");
        as(TestTokens.coordinator()).post("/api/v1/organisations/bestaat-niet/deactivate").then().statusCode(404);
        given().get("/api/v1/organisations/steunpunt-stopt").then().body("status", equalTo("ACTIVE"));

        String inactiveTag = as(TestTokens.coordinator()).header("If-Match", etag).post("/api/v1/organisations/steunpunt-stopt/deactivate")
                .then().statusCode(200).body("status", equalTo("INACTIVE")).extract().header("ETag");
        assertNotEquals(etag, inactiveTag);

        // the page stays (links keep working), marked inactive; the public list and the search leave it out
        given().filter(Contract.validated()).get("/api/v1/organisations/steunpunt-stopt").then().statusCode(200)
                .body("status", equalTo("INACTIVE"));
        given().filter(Contract.validated()).get("/api/v1/organisations?q=stopt").then().statusCode(200)
                .body("items.id", not(hasItem("steunpunt-stopt")));
        given().get("/api/v1/organisations?size=100").then().body("items.status", not(hasItem("INACTIVE")));
        given().filter(Contract.validated()).get("/api/v1/organisations?q=stopt&includeInactive=true").then().statusCode(200)
                .body("items.id", hasItem("steunpunt-stopt"));
        given().filter(Contract.validated()).get("/api/v1/organisations?status=INACTIVE").then().statusCode(200)
                .body("items.id", hasItem("steunpunt-stopt"))
                .body("items.status", everyItem(equalTo("INACTIVE")));
        given().filter(Contract.validated()).get("/api/v1/organisations?status=BESTAAT_NIET&includeInactive=misschien").then()
                .statusCode(400).body("errors.field", hasItems("status", "includeInactive"));
        given().get("/api/v1/meetings?organisation=steunpunt-stopt").then().statusCode(200).body("items", empty());

        // activate with the old ETag: 412; without If-Match: 428; with the new one: active again
        as(TestTokens.beheerder()).header("If-Match", etag).post("/api/v1/organisations/steunpunt-stopt/activate").then().statusCode(412);
        as(TestTokens.medewerker()).post("/api/v1/organisations/steunpunt-stopt/activate").then().statusCode(403);
        as(TestTokens.beheerder()).header("If-Match", inactiveTag).post("/api/v1/organisations/steunpunt-stopt/activate").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        as(TestTokens.beheerder()).post("/api/v1/organisations/steunpunt-stopt/activate").then().statusCode(428)
                .contentType("application/problem+json");
        given().get("/api/v1/meetings?organisation=steunpunt-stopt").then().statusCode(200)
                .body("items.groupSlug", hasItem("steunpunt-stopt-groep"));

        List<Map<String, Object>> statusChanges = as(TestTokens.coordinator()).get("/api/v1/organisations/steunpunt-stopt/history")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.field == 'status' }");
        assertEquals(3, statusChanges.size(), "created, deactivated, activated (the second activate changed nothing)");
        assertEquals("INACTIVE", statusChanges.get(0).get("oldValue"));
        assertEquals("ACTIVE", statusChanges.get(0).get("newValue"));
        assertEquals("beheerder", statusChanges.get(0).get("changedBy"));
        assertEquals("INACTIVE", statusChanges.get(1).get("newValue"));
        assertEquals("coordinator", statusChanges.get(1).get("changedBy"));
    }

    @Test
    void verifyChecksAStaleIfMatch() {
        as(TestTokens.coordinator()).body(steunpunt("steunpunt-controle", "Steunpunt Controle")).post("/api/v1/organisations").then()
                .statusCode(201);
        as(TestTokens.coordinator()).header("If-Match", "\"v7\"").post("/api/v1/organisations/steunpunt-controle/verify").then()
                .statusCode(412);
        as(TestTokens.beheerder()).header("If-Match", "\"v0\"").post("/api/v1/organisations/steunpunt-controle/verify").then()
                .statusCode(200).body("verifiedBy", equalTo("beheerder"));
        as(TestTokens.coordinator()).get("/api/v1/organisations/steunpunt-controle/history").then()
                .body("find { it.field == 'verifiedBy' && it.newValue == 'beheerder' }.oldValue", equalTo("coordinator"));
    }

    @Test
    void theEditFormGetsEveryStoredFieldOfAMeetingWithItsEtag() {
        as(TestTokens.coordinator()).body(Map.of("slug", "bijeenkomst-bewerken", "organisationId", "aa-nederland",
                "name", "Praatgroep Bewerktest",
                "location", Map.of("address", "Kerkplein 1", "postcode", "3811 AB", "city", "Amersfoort", "country", "NL",
                        "latitude", 52.15, "longitude", 5.38),
                "audiences", List.of("PERSON"))).post("/api/v1/groups").then().statusCode(201);
        String groupTag = given().get("/api/v1/groups/bijeenkomst-bewerken").then().extract().header("ETag");
        Map<String, Object> meeting = new HashMap<>(Map.of("slug", "bijeenkomst-bewerken-di", "frequency", "MONTHLY", "weekOfMonth", -1,
                "day", 2, "startTime", "19:30", "endTime", "21:00", "inPerson", true, "conferenceUrl", "https://meet.example/aa",
                "conferenceNotes", "Code 1234", "notes", "Ingang aan de achterkant"));
        meeting.put("types", List.of("O", "D"));
        as(TestTokens.coordinator()).header("If-Match", groupTag).body(meeting).post("/api/v1/groups/bijeenkomst-bewerken/meetings")
                .then().statusCode(201);

        anonymous().get("/api/v1/admin/meetings/bijeenkomst-bewerken-di").then().statusCode(401);
        as(TestTokens.medewerker()).get("/api/v1/admin/meetings/bijeenkomst-bewerken-di").then().statusCode(403);
        as(TestTokens.coordinator()).get("/api/v1/admin/meetings/bestaat-niet").then().statusCode(404);
        var edit = as(TestTokens.coordinator()).get("/api/v1/admin/meetings/bijeenkomst-bewerken-di").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("groupSlug", equalTo("bijeenkomst-bewerken"))
                .body("name", equalTo(null))
                .body("frequency", equalTo("MONTHLY"))
                .body("weekOfMonth", equalTo(-1))
                .body("day", equalTo(2))
                .body("inPerson", equalTo(true))
                .body("conferenceNotes", equalTo("Code 1234"))
                .body("notes", equalTo("Ingang aan de achterkant"))
                .body("types", equalTo(List.of("O", "D")))
                .body("temporarilyClosed", equalTo(false))
                .extract();
        String etag = edit.header("ETag");
        assertEquals(etag, edit.path("etag"));
        assertEquals(given().get("/api/v1/meetings/bijeenkomst-bewerken-di").then().extract().header("ETag"), etag);

        meeting.remove("slug");
        meeting.put("temporarilyClosed", true);
        as(TestTokens.beheerder()).header("If-Match", etag).body(meeting).put("/api/v1/meetings/bijeenkomst-bewerken-di").then()
                .statusCode(200).body("temporarilyClosed", equalTo(true));
        as(TestTokens.coordinator()).header("If-Match", etag).body(meeting).put("/api/v1/meetings/bijeenkomst-bewerken-di").then()
                .statusCode(412);
        as(TestTokens.beheerder()).get("/api/v1/admin/meetings/bijeenkomst-bewerken-di").then().statusCode(200)
                .body("temporarilyClosed", equalTo(true))
                .body("notes", equalTo("Ingang aan de achterkant"))
                .body("etag", not(equalTo(etag)));

        // open again, so that other tests (HSDS status of the first services) see an ordinary group
        String closedTag = given().get("/api/v1/meetings/bijeenkomst-bewerken-di").then().extract().header("ETag");
        meeting.put("temporarilyClosed", false);
        as(TestTokens.coordinator()).header("If-Match", closedTag).body(meeting).put("/api/v1/meetings/bijeenkomst-bewerken-di").then()
                .statusCode(200).body("temporarilyClosed", equalTo(false));
    }
}
