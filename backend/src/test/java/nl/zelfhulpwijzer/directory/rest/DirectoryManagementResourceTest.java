package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** Coordinators keep groups and meetings right: roles, validation, 412 on stale writes, history, queues. */
@QuarkusTest
class DirectoryManagementResourceTest {

    @Inject
    DirectoryFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** The group's current ETag, for If-Match. */
    private static String groupTag(String slug) {
        return given().get("/api/v1/groups/" + slug).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> group(String slug, String city, String postcode) {
        return Map.of("slug", slug, "organisationId", "aa-nederland", "name", "AA " + city + " Beheertest",
                "location", Map.of("name", "Wijkhuis", "address", "Dorpsstraat 5", "postcode", postcode, "city", city,
                        "country", "NL", "latitude", 52.37, "longitude", 4.89),
                "audiences", java.util.List.of("PERSON"), "contactRole", "CHAIR", "contactPhone", "020 123 45 67",
                "website", "https://www.aa-nederland.nl", "acceptsTrial", true);
    }

    private static Map<String, Object> meeting(String start, String end) {
        return Map.of("frequency", "WEEKLY", "day", 2, "startTime", start, "endTime", end, "inPerson", true,
                "types", java.util.List.of("O", "D"));
    }

    @Test
    void onlyCoordinatorsAndBeheerdersMayWrite() {
        given().filter(Contract.validated()).contentType(ContentType.JSON).body(group("beheer-rollen", "Amsterdam", "1012 AB"))
                .post("/api/v1/groups").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.medewerker()).body(group("beheer-rollen", "Amsterdam", "1012 AB")).post("/api/v1/groups").then().statusCode(403);
        as(TestTokens.epd()).body(group("beheer-rollen", "Amsterdam", "1012 AB")).post("/api/v1/groups").then().statusCode(403);
        as(TestTokens.coordinator()).body(group("beheer-rollen", "Amsterdam", "1012ab")).post("/api/v1/groups").then().statusCode(201)
                .header("Location", containsString("/api/v1/groups/beheer-rollen"))
                .header("ETag", equalTo("\"v0\""))
                .body("location.postcode", equalTo("1012 AB"))
                .body("verifiedBy", equalTo("coordinator"))
                .body("needsVerification", equalTo(false));
        as(TestTokens.beheerder()).body(group("beheer-rollen", "Amsterdam", "1012 AB")).post("/api/v1/groups").then().statusCode(400)
                .body("errors.field", hasItem("slug"));
        given().get("/api/v1/groups/beheer-rollen/history").then().statusCode(401);
        as(TestTokens.medewerker()).get("/api/v1/groups/beheer-rollen/history").then().statusCode(403);
        as(TestTokens.medewerker()).get("/api/v1/admin/verification-queue").then().statusCode(403);
        as(TestTokens.medewerker()).get("/api/v1/admin/reports").then().statusCode(403);
    }

    @Test
    void dutchValidationWithFieldErrorsAndNothingStored() {
        Map<String, Object> bad = new java.util.HashMap<>(group("beheer-fout", "Utrecht", "0511 XX"));
        bad.put("contactPhone", "12345");
        bad.put("website", "www.zonder-schema.nl");
        bad.put("contactEmail", "geen-mail");
        bad.put("location", Map.of("address", "Straat 1", "postcode", "0511 XX", "city", "Utrecht", "country", "NL",
                "latitude", 48.85, "longitude", 2.35));
        bad.put("organisationId", "bestaat-niet");
        as(TestTokens.coordinator()).body(bad).post("/api/v1/groups").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Ongeldige invoer"))
                .body("errors.field", hasItems("location.postcode", "contactPhone", "website", "contactEmail",
                        "location.latitude", "organisationId"))
                .body("errors.message", hasItem(containsString("1234 AB")));
        given().get("/api/v1/groups/beheer-fout").then().statusCode(404);
        as(TestTokens.coordinator()).body(Map.of("name", "")).post("/api/v1/groups").then().statusCode(400)
                .body("errors.field", hasItems("organisationId", "name", "audiences"));
        as(TestTokens.coordinator()).body("{\"name\": ").post("/api/v1/groups").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void staleWritesGet412AndEveryChangeIsInTheHistory() {
        as(TestTokens.coordinator()).body(group("beheer-versie", "Haarlem", "2011 AB")).post("/api/v1/groups").then().statusCode(201);
        String etag = given().get("/api/v1/groups/beheer-versie").then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = new java.util.HashMap<>(group("beheer-versie", "Haarlem", "2011 AB"));
        changed.put("name", "AA Haarlem Nieuwe Naam");
        as(TestTokens.coordinator()).body(changed).put("/api/v1/groups/beheer-versie").then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("https://zelfhulpwijzer.nl/problems/precondition-required"));
        String newTag = as(TestTokens.coordinator()).header("If-Match", etag).body(changed).put("/api/v1/groups/beheer-versie")
                .then().statusCode(200).body("name", equalTo("AA Haarlem Nieuwe Naam")).extract().header("ETag");
        changed.put("name", "AA Haarlem Verloren Wijziging");
        as(TestTokens.beheerder()).header("If-Match", etag).body(changed).put("/api/v1/groups/beheer-versie").then().statusCode(412)
                .contentType("application/problem+json")
                .body("title", equalTo("Gegevens zijn intussen gewijzigd"));
        given().get("/api/v1/groups/beheer-versie").then().body("name", equalTo("AA Haarlem Nieuwe Naam"));
        as(TestTokens.coordinator()).get("/api/v1/groups/beheer-versie/history").then().statusCode(200)
                .body("find { it.field == 'name' && it.newValue == 'AA Haarlem Nieuwe Naam' }.oldValue", equalTo("AA Haarlem Beheertest"))
                .body("find { it.field == 'name' && it.newValue == 'AA Haarlem Nieuwe Naam' }.changedBy", equalTo("coordinator"))
                .body("findAll { it.changedAt != null && it.field == 'contactPhone' }.size()", equalTo(1)); // only at creation
        as(TestTokens.coordinator()).header("If-Match", newTag).body(meeting("19:30", "21:00"))
                .post("/api/v1/groups/beheer-versie/meetings").then().statusCode(201)
                .body("attendance", equalTo("IN_PERSON"));
        as(TestTokens.coordinator()).header("If-Match", newTag).body(meeting("10:00", "11:00"))
                .post("/api/v1/groups/beheer-versie/meetings").then().statusCode(412);
    }

    @Test
    void meetingValidationAndUpdate() {
        as(TestTokens.coordinator()).body(group("beheer-bijeenkomst", "Leiden", "2311 AB")).post("/api/v1/groups").then().statusCode(201);
        as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-bijeenkomst")).body(Map.of("frequency", "MONTHLY", "day", 9, "startTime", "25:00", "timeZone", "Mars/Olympus",
                "conferenceUrl", "http://onveilig.example.org", "inPerson", false))
                .post("/api/v1/groups/beheer-bijeenkomst/meetings").then().statusCode(400)
                .body("errors.field", hasItems("day", "startTime", "weekOfMonth", "timeZone", "conferenceUrl"));
        as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-bijeenkomst")).body(meeting("20:00", "20:05"))
                .post("/api/v1/groups/beheer-bijeenkomst/meetings").then().statusCode(400)
                .body("errors.field", hasItem("endTime"));
        as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-bijeenkomst")).body(Map.of("frequency", "WEEKLY", "day", 1, "startTime", "20:00", "inPerson", false))
                .post("/api/v1/groups/beheer-bijeenkomst/meetings").then().statusCode(400)
                .body("errors.field", hasItem("inPerson"));
        var created = as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-bijeenkomst")).body(Map.of("slug", "beheer-bijeenkomst-2do", "frequency", "MONTHLY",
                "weekOfMonth", 2, "day", 4, "startTime", "23:30", "endTime", "00:30", "inPerson", true,
                "conferenceUrl", "https://meet.example.org/x"))
                .post("/api/v1/groups/beheer-bijeenkomst/meetings").then().statusCode(201)
                .body("byDay", equalTo("2TH")).body("attendance", equalTo("HYBRID"))
                .extract();
        String etag = created.header("ETag");
        as(TestTokens.coordinator()).header("If-Match", etag).body(Map.of("frequency", "WEEKLY", "day", 4, "startTime", "19:00",
                "endTime", "20:30", "inPerson", true, "temporarilyClosed", true))
                .put("/api/v1/meetings/beheer-bijeenkomst-2do").then().statusCode(200)
                .body("attendance", equalTo("INACTIVE")).body("frequency", equalTo("WEEKLY"));
        as(TestTokens.coordinator()).header("If-Match", etag).body(meeting("19:00", "20:00"))
                .put("/api/v1/meetings/beheer-bijeenkomst-2do").then().statusCode(412);
        as(TestTokens.coordinator()).get("/api/v1/groups/beheer-bijeenkomst/history").then().statusCode(200)
                .body("find { it.entityKey == 'beheer-bijeenkomst-2do' && it.field == 'startTime' && it.newValue == '19:00' }.oldValue",
                        equalTo("23:30"));
    }

    @Test
    void verifyDeactivateAndTheVerificationQueue() {
        as(TestTokens.coordinator()).body(group("beheer-controle", "Zwolle", "8011 AB")).post("/api/v1/groups").then().statusCode(201);
        as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-controle")).body(meeting("19:00", "20:00"))
                .post("/api/v1/groups/beheer-controle/meetings").then().statusCode(201);
        // Fixture groups were verified 30 days before 14 January 2026: with today's clock that is long ago.
        String queuedTag = as(TestTokens.coordinator()).get("/api/v1/admin/verification-queue?size=100").then().statusCode(200)
                .body("items.slug", hasItem("test-na-gent"))
                .body("items.slug", not(hasItem("beheer-controle")))
                .extract().path("items.find { it.slug == 'test-na-gent' }.etag");
        assertEquals(groupTag("test-na-gent"), queuedTag);
        as(TestTokens.beheerder()).post("/api/v1/groups/test-na-gent/verify").then().statusCode(428);
        as(TestTokens.beheerder()).header("If-Match", queuedTag).post("/api/v1/groups/test-na-gent/verify").then().statusCode(200)
                .body("verifiedBy", equalTo("beheerder")).body("needsVerification", equalTo(false));
        as(TestTokens.coordinator()).get("/api/v1/admin/verification-queue?size=100").then().statusCode(200)
                .body("items.slug", not(hasItem("test-na-gent")));
        given().get("/api/v1/meetings?q=zwolle beheertest").then().body("items.groupSlug", hasItem("beheer-controle"));
        as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-controle")).post("/api/v1/groups/beheer-controle/deactivate")
                .then().statusCode(200)
                .body("status", equalTo("INACTIVE"));
        given().get("/api/v1/meetings?q=zwolle beheertest").then().body("items.groupSlug", not(hasItem("beheer-controle")));
        as(TestTokens.coordinator()).header("If-Match", groupTag("beheer-controle")).post("/api/v1/groups/beheer-controle/activate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(TestTokens.coordinator()).post("/api/v1/groups/bestaat-niet/verify").then().statusCode(404);
    }

    @Test
    void anyoneMayReportWrongInformationAndCoordinatorsHandleIt() {
        given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(Map.of("reason", "OTHER")).post("/api/v1/groups/test-aa-utrecht/reports").then().statusCode(400)
                .body("errors.field", hasItem("message"));
        given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(Map.of("reason", "WRONG_TIME", "meetingSlug", "test-na-gent-do")).post("/api/v1/groups/test-aa-utrecht/reports")
                .then().statusCode(400).body("errors.field", hasItem("meetingSlug"));
        given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(Map.of("reason", "WRONG_TIME", "message", "x".repeat(1001))).post("/api/v1/groups/test-aa-utrecht/reports")
                .then().statusCode(400).body("errors.field", hasItem("message"));
        int id = given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(Map.of("reason", "WRONG_TIME", "meetingSlug", "test-aa-utrecht-wo", "message", "Begint nu om 20:00."))
                .post("/api/v1/groups/test-aa-utrecht/reports").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("reason", "WRONG_TIME"))
                .post("/api/v1/groups/bestaat-niet/reports").then().statusCode(404);
        as(TestTokens.coordinator()).get("/api/v1/admin/reports?size=100").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == " + id + " }.meetingSlug", equalTo("test-aa-utrecht-wo"));
        as(TestTokens.coordinator()).get("/api/v1/admin/reports?status=DICHT").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        as(TestTokens.coordinator()).post("/api/v1/admin/reports/" + id + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("handledBy", equalTo("coordinator")).body("handledAt", notNullValue());
        as(TestTokens.coordinator()).post("/api/v1/admin/reports/" + id + "/reject").then().statusCode(409);
        as(TestTokens.coordinator()).get("/api/v1/admin/reports?size=100").then().body("items.id", not(hasItem(id)));
        as(TestTokens.coordinator()).post("/api/v1/admin/reports/999999/resolve").then().statusCode(404);
        given().post("/api/v1/admin/reports/" + id + "/resolve").then().statusCode(401);
    }
}
