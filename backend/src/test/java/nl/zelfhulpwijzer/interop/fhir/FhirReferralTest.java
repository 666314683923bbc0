package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import nl.zelfhulpwijzer.referrals.FirstMeeting;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Referrals through the FHIR door as an EPD sees them (HAPI's generic client), checked against the JSON API: the
 * same records, transitions, versions, roles and institution isolation. Every answer passes the R4 validator.
 */
@QuarkusTest
class FhirReferralTest {

    @TestHTTPResource("/fhir")
    URL base;

    private IGenericClient client(String token) {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        IGenericClient client = context.newRestfulGenericClient(base.toString());
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    private static String clientRef() {
        return "epd-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Creates a referral through the FHIR door and returns the Task the server answered with. */
    private Task created(IGenericClient client, String clientRef) {
        Bundle answer = client.transaction().withBundle(ReferralBundles.referral(clientRef)).execute();
        return (Task) answer.getEntry().get(1).getResource();
    }

    @Test
    void epdCreatesReadsUpdatesWithIfMatchAndPollsTasks() {
        IGenericClient epd = client(TestTokens.epd());
        Date before = new Date(System.currentTimeMillis() - 1000);
        String clientRef = clientRef();
        Task task = created(epd, clientRef);
        String id = task.getIdElement().getIdPart();
        assertEquals(Task.TaskStatus.REQUESTED, task.getStatus());
        assertEquals("ServiceRequest/" + id, task.getFocus().getReference());
        assertEquals(clientRef, task.getFor().getIdentifier().getValue());

        ServiceRequest sr = epd.read().resource(ServiceRequest.class).withId(id).execute();
        assertEquals("Organization/aa-nederland", sr.getPerformerFirstRep().getReference());
        Task read = epd.read().resource(Task.class).withId(id).execute();
        assertEquals("0", read.getIdElement().getVersionIdPart());

        read.setStatus(Task.TaskStatus.ACCEPTED);
        Task accepted = (Task) epd.update().resource(read).withId(new IdType("Task", id, "0")).execute().getResource();
        assertEquals(Task.TaskStatus.ACCEPTED, accepted.getStatus());
        assertEquals("1", accepted.getMeta().getVersionId());

        read.setStatus(Task.TaskStatus.INPROGRESS);
        assertThrows(PreconditionFailedException.class,
                () -> epd.update().resource(read).withId(new IdType("Task", id, "0")).execute());

        Bundle polled = epd.search().byUrl("Task?owner=Organization/aa-nederland&status=accepted&_lastUpdated=gt"
                + new InstantType(before).getValueAsString()).returnBundle(Bundle.class).execute();
        assertTrue(polled.getEntry().stream().anyMatch(e -> e.getResource().getIdElement().getIdPart().equals(id)));
        Bundle later = epd.search().byUrl("Task?_lastUpdated=gt" + new InstantType(
                new Date(System.currentTimeMillis() + 3_600_000)).getValueAsString()).returnBundle(Bundle.class).execute();
        assertEquals(0, later.getEntry().size());
    }

    @Test
    void outcomeAndRejectionReasonGoThroughTheTask() {
        IGenericClient epd = client(TestTokens.epd());
        Task task = created(epd, clientRef());
        String id = task.getIdElement().getIdPart();
        task.setStatus(Task.TaskStatus.REJECTED);
        task.setIdElement(new IdType("Task", id, "0"));
        InvalidRequestException noReason = assertThrows(InvalidRequestException.class, () -> epd.update().resource(task).execute());
        assertTrue(noReason.getMessage().contains("400"));

        task.setStatus(Task.TaskStatus.ACCEPTED);
        Task accepted = (Task) epd.update().resource(task).execute().getResource();
        accepted.addOutput().setType(FhirReferralCodes.OUTPUT.concept(FhirReferralCodes.OutputPart.FIRST_MEETING))
                .setValue(FhirReferralCodes.FIRST_MEETING.concept(FirstMeeting.YES));
        accepted.addOutput().setType(FhirReferralCodes.OUTPUT.concept(FhirReferralCodes.OutputPart.MEETINGS_ATTENDED))
                .setValue(new IntegerType(2));
        accepted.setIdElement(new IdType("Task", id, accepted.getMeta().getVersionId()));
        Task withOutcome = (Task) epd.update().resource(accepted).execute().getResource();
        assertEquals(2, withOutcome.getOutput().size());

        as(TestTokens.epd()).get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("outcome.firstMeeting", equalTo("YES")).body("outcome.meetingsAttended", equalTo(2))
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void jsonApiAndFhirDoorGiveTheSameReferral() {
        String clientRef = clientRef();
        Task task = created(client(TestTokens.epd()), clientRef);
        String id = task.getIdElement().getIdPart();
        Response json = as(TestTokens.medewerker()).get("/api/v1/referrals/" + id);
        json.then().statusCode(200);
        Response fhir = as(TestTokens.medewerker()).get("/fhir/Task/" + id);
        JsonPath t = JsonPath.from(FhirDoorTest.valid(fhir, 200));
        JsonPath j = json.jsonPath();
        assertEquals(j.getString("status").toLowerCase().replace('_', '-'), t.getString("status"));
        assertEquals(j.getString("clientRef"), t.getString("for.identifier.value"));
        assertEquals("Organization/" + j.getString("organisationId"), t.getString("owner.reference"));
        assertEquals(j.getString("version"), t.getString("meta.versionId"));
        assertEquals(json.header("ETag").replace("\"v", "W/\""), fhir.header("ETag"));
        JsonPath sr = JsonPath.from(FhirDoorTest.valid(as(TestTokens.medewerker()).get("/fhir/ServiceRequest/" + id), 200));
        assertEquals(j.getString("level").toLowerCase(), sr.getString("code.coding[0].code"));
        assertEquals(j.getString("note"), sr.getString("note[0].text"));
    }

    @Test
    void aReferralMadeInTheJsonApiIsATaskToo() {
        String id = as(TestTokens.medewerker()).contentType("application/json").body("""
                {"clientRef": "%s", "organisationId": "aa-nederland", "level": "VERWIJZING", "treatmentPhase": "TREATMENT",
                 "route": "DIRECT", "inCarePlan": true, "trialAgreed": false}""".formatted(clientRef()))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        JsonPath task = JsonPath.from(FhirDoorTest.valid(as(TestTokens.epd()).get("/fhir/Task/" + id), 200));
        assertEquals("requested", task.getString("status"));
        FhirDoorTest.valid(as(TestTokens.epd()).get("/fhir/Task?owner=Organization/aa-nederland&_count=5"), 200);
    }

    @Test
    void answersValidateAndRetriesGiveTheFirstAnswer() {
        String body = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(ReferralBundles.referral(clientRef()));
        String answer = FhirDoorTest.valid(as(TestTokens.epd()).contentType(FhirJson.MEDIA_TYPE).body(body).post("/fhir"), 200);
        assertTrue(answer.contains("transaction-response"), answer);
        String idempotency = "fhir-" + UUID.randomUUID();
        String a = FhirDoorTest.valid(as(TestTokens.epd()).header("Idempotency-Key", idempotency).contentType(FhirJson.MEDIA_TYPE)
                .body(body).post("/fhir"), 200);
        String b = FhirDoorTest.valid(as(TestTokens.epd()).header("Idempotency-Key", idempotency).contentType(FhirJson.MEDIA_TYPE)
                .body(body).post("/fhir"), 200);
        assertEquals(a, b);
    }

    @Test
    void personalDataAndWrongBundlesAreRefusedAndNothingIsStored() {
        String clientRef = clientRef();
        String body = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(ReferralBundles.referral(clientRef));
        String withName = body.replace("\"resourceType\":\"Task\",", "\"resourceType\":\"Task\",\"name\":\"Jan Jansen\",");
        FhirDoorTest.valid(as(TestTokens.epd()).contentType(FhirJson.MEDIA_TYPE).body(withName).post("/fhir"), 400);
        Bundle patientRef = ReferralBundles.referral(clientRef);
        ((ServiceRequest) patientRef.getEntryFirstRep().getResource()).getSubject().setReference("Patient/123").setDisplay("Jan");
        String json = FhirDoorTest.valid(as(TestTokens.epd()).contentType(FhirJson.MEDIA_TYPE)
                .body(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(patientRef)).post("/fhir"), 400);
        assertTrue(json.contains("ServiceRequest.subject"), json);
        as(TestTokens.epd()).get("/api/v1/referrals?clientRef=" + clientRef).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void rolesAndOtherInstitutions() {
        Task task = created(client(TestTokens.epd()), clientRef());
        String id = task.getIdElement().getIdPart();
        String other = TestTokens.token("epd-ander", "epd", TestTokens.OTHER_INSTITUTION, "epd");
        assertThrows(ResourceNotFoundException.class, () -> client(other).read().resource(Task.class).withId(id).execute());
        Bundle none = client(other).search().byUrl("Task?owner=Organization/aa-nederland").returnBundle(Bundle.class).execute();
        assertTrue(none.getEntry().stream().noneMatch(e -> e.getResource().getIdElement().getIdPart().equals(id)));
        FhirDoorTest.valid(given().get("/fhir/Task/" + id), 401);
        FhirDoorTest.valid(as(TestTokens.beheerder()).get("/fhir/Task/" + id), 200);
        FhirDoorTest.valid(as(TestTokens.coordinator()).get("/fhir/ServiceRequest/" + id), 200);
        FhirDoorTest.valid(as(TestTokens.coordinator()).contentType(FhirJson.MEDIA_TYPE)
                .body(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(task)).header("If-Match", "W/\"0\"")
                .put("/fhir/Task/" + id), 403);
        FhirDoorTest.valid(as(TestTokens.epd()).get("/fhir/Task?requester:identifier=" + FhirCodes.INSTITUTION + "|"
                + TestTokens.INSTITUTION), 200);
        as(TestTokens.epd()).get("/fhir/Task?requester=Organization/x").then().statusCode(400)
                .contentType(containsString("fhir+json"));
        List.of("/fhir/Task/bestaat-niet", "/fhir/ServiceRequest/" + UUID.randomUUID())
                .forEach(path -> FhirDoorTest.valid(as(TestTokens.epd()).get(path), 404));
    }
}
