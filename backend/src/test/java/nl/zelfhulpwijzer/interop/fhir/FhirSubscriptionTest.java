package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import nl.zelfhulpwijzer.referrals.webhooks.WebhookDispatcher;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookReceiver;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookSignature;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * FHIR Subscriptions (rest-hook, id-only) are the referrals' webhook subscriptions: an EPD subscribes through FHIR and
 * a real HTTP receiver gets the same signed notification, with the Task id, when a referral changes.
 */
@QuarkusTest
class FhirSubscriptionTest {

    @Inject
    WebhookDispatcher dispatcher;

    private WebhookReceiver receiver;
    private String institution;
    private String epd;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
        institution = "fhir-sub-" + UUID.randomUUID();
        epd = TestTokens.token("epd-" + institution, "EPD", institution, "epd");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(FhirJson.MEDIA_TYPE);
    }

    private JsonPath subscribe(String body, int status) {
        return JsonPath.from(FhirDoorTest.valid(as(epd).body(body).post("/fhir/Subscription"), status));
    }

    @Test
    void anEpdSubscribesAndGetsASignedIdOnlyNotificationOfItsTask() throws Exception {
        JsonPath made = subscribe(FhirDoorTest.SUBSCRIPTION.formatted(receiver.url()), 201);
        String id = made.getString("id");
        assertEquals("active", made.getString("status"));
        String secret = made.getString("channel.extension.find { it.url == '" + FhirCodes.WEBHOOK_SECRET + "' }.valueString");
        assertTrue(secret.startsWith("whsec_"), secret);

        JsonPath read = JsonPath.from(FhirDoorTest.valid(as(epd).get("/fhir/Subscription/" + id), 200));
        assertEquals(receiver.url(), read.getString("channel.endpoint"));
        assertNull(read.get("channel.extension"), "the secret is shown only once");
        as(TestTokens.beheerder()).get("/api/v1/webhooks/subscriptions").then().statusCode(200);

        String task = JsonPath.from(FhirDoorTest.valid(as(epd).body(FhirContext.forR4Cached().newJsonParser()
                .encodeResourceToString(ReferralBundles.referral("epd-sub-1"))).post("/fhir"), 200)).getString("entry[1].resource.id");
        while (dispatcher.dispatchDue() > 0) {
            // other tests' notifications may be due as well; they go to their own endpoints
        }
        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(1, received.size());
        WebhookReceiver.Received push = received.get(0);
        assertTrue(WebhookSignature.verify(secret, push.signature(), push.body(), Instant.now(), WebhookSignature.RECOMMENDED_WINDOW));
        JsonPath body = JsonPath.from(push.body());
        assertEquals(task, body.getString("referralId"));
        assertEquals(0, body.getInt("version"));
        FhirDoorTest.valid(as(epd).get("/fhir/Task/" + body.getString("referralId")), 200);

        as(epd).delete("/fhir/Subscription/" + id).then().statusCode(204);
        FhirDoorTest.valid(as(epd).get("/fhir/Subscription/" + id), 404);
    }

    @Test
    void onlyTheOwnInstitutionAndOnlyWhatIsSupported() {
        String id = subscribe(FhirDoorTest.SUBSCRIPTION.formatted(receiver.url()), 201).getString("id");
        String otherEpd = TestTokens.token("epd-ander", "epd", TestTokens.OTHER_INSTITUTION, "epd");
        FhirDoorTest.valid(as(otherEpd).get("/fhir/Subscription/" + id), 404);
        FhirDoorTest.valid(as(otherEpd).delete("/fhir/Subscription/" + id), 404);
        FhirDoorTest.valid(as(TestTokens.medewerker()).get("/fhir/Subscription/" + id), 403);
        FhirDoorTest.valid(given().get("/fhir/Subscription/" + id), 401);
        FhirDoorTest.valid(as(epd).get("/fhir/Subscription/geen-uuid"), 404);
        JsonPath mine = JsonPath.from(FhirDoorTest.valid(as(epd).queryParam("url", receiver.url()).get("/fhir/Subscription"), 200));
        assertEquals(List.of(id), mine.getList("entry.resource.id"));
        assertEquals(0, JsonPath.from(FhirDoorTest.valid(as(otherEpd).queryParam("url", receiver.url()).get("/fhir/Subscription"), 200))
                .getInt("total"));
        FhirDoorTest.valid(as(epd).queryParam("criteria", "Task").get("/fhir/Subscription"), 400);

        String fullResource = FhirDoorTest.SUBSCRIPTION.formatted(receiver.url()).replace("\"application/json\"", "\"application/fhir+json\"");
        assertTrue(subscribe(fullResource, 400).getString("issue.diagnostics").contains("payload"));
        subscribe(FhirDoorTest.SUBSCRIPTION.formatted(receiver.url()).replace("\"Task\"", "\"Patient\""), 400);
        subscribe(FhirDoorTest.SUBSCRIPTION.formatted("ftp://example.org/hook"), 400);
        subscribe(FhirDoorTest.SUBSCRIPTION.formatted(receiver.url()).replace("\"reason\"", "\"naam\": \"Jan\", \"reason\""), 400);
        FhirDoorTest.valid(as(epd).get("/fhir/Subscription/" + id), 200);
    }
}
