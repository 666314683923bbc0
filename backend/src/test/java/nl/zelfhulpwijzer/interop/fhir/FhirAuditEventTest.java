package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import nl.zelfhulpwijzer.support.TestTokens;

/** The audit log as FHIR AuditEvents: the beheerder's own institution only, and every reading is itself logged. */
@QuarkusTest
class FhirAuditEventTest {

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String entity(String clientRef) {
        return "entity:identifier=" + FhirCodes.CLIENT_REF + "|" + clientRef;
    }

    @Test
    void beheerderSearchesByClientAndDateAndReadingIsAudited() {
        String clientRef = "epd-" + UUID.randomUUID().toString().substring(0, 8);
        String created = FhirDoorTest.valid(as(TestTokens.epd()).contentType(FhirJson.MEDIA_TYPE).body(FhirContext.forR4Cached()
                .newJsonParser().encodeResourceToString(ReferralBundles.referral(clientRef))).post("/fhir"), 200);
        String referralId = JsonPath.from(created).getString("entry[1].resource.id");

        JsonPath first = JsonPath.from(FhirDoorTest.valid(as(TestTokens.beheerder()).get("/fhir/AuditEvent?" + entity(clientRef)), 200));
        assertEquals(List.of("C"), first.getList("entry.resource.action"));
        assertEquals("Task/" + referralId, first.getString("entry[0].resource.entity[1].what.reference"));
        assertEquals(clientRef, first.getString("entry[0].resource.entity[0].what.identifier.value"));

        JsonPath second = JsonPath.from(FhirDoorTest.valid(as(TestTokens.beheerder())
                .get("/fhir/AuditEvent?" + entity(clientRef) + "&date=ge2000-01-01&date=lt2999-01-01"), 200));
        assertEquals(List.of("C", "R"), second.getList("entry.resource.action"), "the first search is in the log");
        String readId = second.getString("entry[1].resource.id");
        JsonPath read = JsonPath.from(FhirDoorTest.valid(as(TestTokens.beheerder()).get("/fhir/AuditEvent/" + readId), 200));
        assertTrue(read.getString("purposeOfEvent[0].text").startsWith("verantwoording"));
        JsonPath none = JsonPath.from(FhirDoorTest.valid(as(TestTokens.beheerder())
                .get("/fhir/AuditEvent?" + entity(clientRef) + "&date=lt2000-01-01"), 200));
        assertEquals(0, none.getInt("total"));
    }

    @Test
    void onlyTheBeheerderOfTheSameInstitution() {
        String clientRef = "epd-" + UUID.randomUUID().toString().substring(0, 8);
        FhirDoorTest.valid(as(TestTokens.epd()).contentType(FhirJson.MEDIA_TYPE).body(FhirContext.forR4Cached()
                .newJsonParser().encodeResourceToString(ReferralBundles.referral(clientRef))).post("/fhir"), 200);
        String id = JsonPath.from(FhirDoorTest.valid(as(TestTokens.beheerder()).get("/fhir/AuditEvent?" + entity(clientRef)), 200))
                .getString("entry[0].resource.id");
        FhirDoorTest.valid(as(TestTokens.medewerker()).get("/fhir/AuditEvent?" + entity(clientRef)), 403);
        FhirDoorTest.valid(as(TestTokens.epd()).get("/fhir/AuditEvent/" + id), 403);
        String otherBeheerder = TestTokens.token("beheerder-ander", "Bea", TestTokens.OTHER_INSTITUTION, "beheerder");
        FhirDoorTest.valid(as(otherBeheerder).get("/fhir/AuditEvent/" + id), 404);
        assertEquals(0, JsonPath.from(FhirDoorTest.valid(as(otherBeheerder).get("/fhir/AuditEvent?" + entity(clientRef)), 200))
                .getInt("total"));
        FhirDoorTest.valid(as(TestTokens.beheerder()).get("/fhir/AuditEvent"), 400);
        FhirDoorTest.valid(as(TestTokens.beheerder()).get("/fhir/AuditEvent?entity=Patient/1"), 400);
    }
}
