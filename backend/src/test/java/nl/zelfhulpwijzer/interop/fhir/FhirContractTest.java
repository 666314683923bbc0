package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import nl.zelfhulpwijzer.support.TestTokens;

/**
 * One domain, two doors: the JSON API and the FHIR door answer the same for the same referral (status, owner,
 * target, dates, version) and the same organisation (name, status, umbrella, last check), after a change through
 * either door.
 */
@QuarkusTest
class FhirContractTest {

    private static Instant instant(String text) {
        return Instant.parse(text.replace("+00:00", "Z")).truncatedTo(ChronoUnit.MILLIS);
    }

    private static void sameReferral(String id) {
        Response jsonAnswer = given().header("Authorization", "Bearer " + TestTokens.medewerker()).get("/api/v1/referrals/" + id);
        JsonPath json = jsonAnswer.then().statusCode(200).extract().jsonPath();
        Response taskAnswer = given().header("Authorization", "Bearer " + TestTokens.epd()).get("/fhir/Task/" + id);
        JsonPath task = JsonPath.from(FhirDoorTest.valid(taskAnswer, 200));
        JsonPath sr = JsonPath.from(FhirDoorTest.valid(given().header("Authorization", "Bearer " + TestTokens.epd())
                .get("/fhir/ServiceRequest/" + id), 200));

        assertEquals(json.getString("status").toLowerCase().replace('_', '-'), task.getString("status"));
        assertEquals(json.getString("statusReason"), task.getString("statusReason.text"));
        String owner = "Organization/" + FhirIds.of(json.getString("organisationId"));
        assertEquals(owner, task.getString("owner.reference"));
        List<String> target = new ArrayList<>(List.of(owner));
        if (json.getString("groupSlug") != null) {
            target.add("HealthcareService/" + FhirIds.of(json.getString("groupSlug")));
        }
        assertEquals(target, sr.getList("performer.reference"));
        assertEquals(json.getString("clientRef"), task.getString("for.identifier.value"));
        assertEquals(json.getString("clientRef"), sr.getString("subject.identifier.value"));
        assertEquals(instant(json.getString("createdAt")), instant(task.getString("authoredOn")));
        assertEquals(instant(json.getString("createdAt")), instant(sr.getString("authoredOn")));
        assertEquals(instant(json.getString("modifiedAt")), instant(task.getString("lastModified")));
        assertEquals(json.getString("version"), task.getString("meta.versionId"));
        assertEquals(jsonAnswer.header("ETag").replace("\"v", "W/\""), taskAnswer.header("ETag"));
    }

    @Test
    void theSameReferralThroughBothDoorsAfterChangesThroughEither() {
        String created = FhirDoorTest.valid(given().header("Authorization", "Bearer " + TestTokens.epd())
                .contentType(FhirJson.MEDIA_TYPE).body(FhirContext.forR4Cached().newJsonParser()
                        .encodeResourceToString(ReferralBundles.referral("epd-" + UUID.randomUUID().toString().substring(0, 8))))
                .post("/fhir"), 200);
        String id = JsonPath.from(created).getString("entry[1].resource.id");
        sameReferral(id);

        given().header("Authorization", "Bearer " + TestTokens.medewerker()).header("If-Match", "\"v0\"").contentType("application/json")
                .body(Map.of("status", "ACCEPTED")).post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        sameReferral(id);

        String task = given().header("Authorization", "Bearer " + TestTokens.epd()).get("/fhir/Task/" + id).asString()
                .replace("\"status\":\"accepted\"", "\"status\":\"on-hold\",\"statusReason\":{\"text\":\"Cliënt regelt eerst zijn werk.\"}");
        FhirDoorTest.valid(given().header("Authorization", "Bearer " + TestTokens.epd()).header("If-Match", "W/\"1\"")
                .contentType(FhirJson.MEDIA_TYPE).body(task).put("/fhir/Task/" + id), 200);
        sameReferral(id);
    }

    @Test
    void theSameOrganisationThroughBothDoors() {
        List<Map<String, Object>> all = given().get("/api/v1/organisations?size=100").then().statusCode(200).extract().path("items");
        String withUmbrella = all.stream().filter(o -> o.get("umbrellaId") != null).map(o -> (String) o.get("id")).findFirst().orElseThrow();
        for (String id : List.of("aa-nederland", withUmbrella)) {
            JsonPath json = given().get("/api/v1/organisations/" + id).then().statusCode(200).extract().jsonPath();
            JsonPath fhir = JsonPath.from(FhirDoorTest.valid(given().get("/fhir/Organization/" + FhirIds.of(id)), 200));
            assertEquals(id, fhir.getString("identifier[0].value"));
            assertEquals(json.getString("name"), fhir.getString("name"));
            assertEquals(!json.getString("status").equals("INACTIVE"), fhir.getBoolean("active"));
            assertEquals(json.getString("umbrellaId") == null ? null : "Organization/" + FhirIds.of(json.getString("umbrellaId")),
                    fhir.getString("partOf.reference"));
            assertEquals(json.getString("verifiedAt"), fhir.getString("extension.find { it.url == '" + FhirCodes.LAST_VERIFIED
                    + "' }.valueDateTime"));
        }
    }
}
