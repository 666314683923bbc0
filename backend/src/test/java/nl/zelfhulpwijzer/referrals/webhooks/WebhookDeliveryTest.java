package nl.zelfhulpwijzer.referrals.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.zelfhulpwijzer.referrals.ReferralRows;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestClock;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * The outbox, the dispatcher and the dead letter against a real HTTP receiver: signed id-only bodies, retries with
 * back-off (three attempts in tests), the dead letter the beheerder sees and redelivers, and two dispatchers that
 * never send one notification twice.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ObjectMapper json;

    private WebhookReceiver receiver;
    private String institution;
    private String beheerder;
    private Instant now = NOON;

    @BeforeEach
    void receiver() throws Exception {
        TestClock.fix(NOON);
        receiver = new WebhookReceiver();
        institution = "webhook-" + UUID.randomUUID();
        beheerder = TestTokens.token("bea-" + institution, "Bea", institution, "beheerder");
        drainOthers();
    }

    @AfterEach
    void stop() {
        receiver.close();
        TestClock.reset();
    }

    @Test
    void aChangeIsPushedSignedWithOnlyItsIdVersionAndTime() throws Exception {
        String secret = subscribe();
        UUID referral = UUID.randomUUID();
        change(referral, 3);

        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(1, receiver.received().size());
        WebhookReceiver.Received push = receiver.received().get(0);
        assertEquals("application/json", push.contentType());
        assertTrue(WebhookSignature.verify(secret, push.signature(), push.body(), NOON, WebhookSignature.RECOMMENDED_WINDOW));
        JsonNode body = json.readTree(push.body());
        assertEquals(Set.of("type", "referralId", "version", "occurredAt"), fieldNames(body));
        assertEquals("referral.changed", body.get("type").asText());
        assertEquals(referral.toString(), body.get("referralId").asText());
        assertEquals(3, body.get("version").asLong());
        assertEquals(NOON, Instant.parse(body.get("occurredAt").asText()));

        deliveries("DELIVERED").body("totalItems", equalTo(1)).body("items[0].id", equalTo(push.deliveryId()))
                .body("items[0].attempts", equalTo(1));
        assertEquals(0, dispatcher.dispatchDue());
    }

    @Test
    void aFailedPushIsRetriedLaterAndLaterUntilItArrives() {
        subscribe();
        receiver.answer(500, 503);
        change(UUID.randomUUID(), 1);

        assertEquals(1, dispatcher.dispatchDue());
        assertEquals(0, dispatcher.dispatchDue());
        later(Duration.ofSeconds(29));
        assertEquals(0, dispatcher.dispatchDue());
        later(Duration.ofSeconds(1));
        assertEquals(1, dispatcher.dispatchDue());
        later(Duration.ofSeconds(59));
        assertEquals(0, dispatcher.dispatchDue());
        deliveries("PENDING").body("items[0].attempts", equalTo(2)).body("items[0].lastResponseStatus", equalTo(503));
        later(Duration.ofSeconds(1));
        assertEquals(1, dispatcher.dispatchDue());

        assertEquals(3, receiver.received().size());
        assertEquals(1, receiver.received().stream().map(WebhookReceiver.Received::deliveryId).distinct().count());
        deliveries("DELIVERED").body("totalItems", equalTo(1)).body("items[0].attempts", equalTo(3));
    }

    @Test
    void afterTheLastAttemptThePushIsDeadUntilTheBeheerderRedeliversIt() {
        subscribe();
        receiver.answerOtherwise(500);
        change(UUID.randomUUID(), 1);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(1, dispatcher.dispatchDue());
            later(Duration.ofHours(1));
        }
        assertEquals(0, dispatcher.dispatchDue());
        String dead = deliveries("DEAD").body("totalItems", equalTo(1)).body("items[0].attempts", equalTo(3))
                .body("items[0].lastResponseStatus", equalTo(500)).extract().path("items[0].id");

        String other = TestTokens.token("bea-ander", "Ander", TestTokens.OTHER_INSTITUTION, "beheerder");
        as(other).get("/api/v1/webhooks/deliveries?status=DEAD").then().statusCode(200).body("totalItems", equalTo(0));
        as(other).post("/api/v1/webhooks/deliveries/" + dead + "/redeliver").then().statusCode(404)
                .contentType("application/problem+json");

        receiver.answerOtherwise(200);
        as(beheerder).post("/api/v1/webhooks/deliveries/" + dead + "/redeliver").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        assertEquals(1, dispatcher.dispatchDue());
        deliveries("DELIVERED").body("totalItems", equalTo(1)).body("items[0].id", equalTo(dead));
    }

    @Test
    void twoDispatchersAtOnceSendEveryNotificationExactlyOnce() throws Exception {
        subscribe();
        for (int i = 0; i < 30; i++) {
            change(UUID.randomUUID(), 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = () -> {
                int sent = 0;
                for (int n = dispatcher.dispatchDue(); n > 0; n = dispatcher.dispatchDue()) {
                    sent += n;
                }
                return sent;
            };
            var first = pool.submit(drain);
            var second = pool.submit(drain);
            assertEquals(30, first.get() + second.get());
        } finally {
            pool.shutdownNow();
        }
        Set<String> ids = new HashSet<>();
        receiver.received().forEach(r -> ids.add(r.deliveryId()));
        assertEquals(30, receiver.received().size());
        assertEquals(30, ids.size());
    }

    @Test
    void aChangeThroughTheReferralsServiceIsPushed() {
        subscribe();
        UUID referral = ReferralRows.requested(institution, "client-push", LocalDate.of(2026, 12, 31), NOON);
        String medewerker = TestTokens.token("mila-" + institution, "Mila", institution, "medewerker");
        String link = as(medewerker).post("/api/v1/referrals/" + referral + "/check-in-link").then().statusCode(201)
                .extract().path("token");
        given().contentType(ContentType.JSON).body(Map.of("answer", "BEEN")).post("/api/v1/check-in/" + link)
                .then().statusCode(204);

        assertEquals(1, dispatcher.dispatchDue());
        String body = receiver.received().get(0).body();
        assertTrue(body.contains("\"referralId\":\"" + referral + "\""), body);
        assertTrue(body.contains("\"version\":1"), body);
        assertFalse(body.contains("client-push"), body);
    }

    @Test
    void anInstitutionWithoutSubscriptionsGetsNoOutboxRows() {
        assertEquals(0, (int) QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(institution, UUID.randomUUID(), 1)));
    }

    private String subscribe() {
        return as(beheerder).contentType(ContentType.JSON)
                .body(Map.of("clientId", "zelfhulpwijzer-epd", "endpointUrl", receiver.url()))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("secret");
    }

    private void change(UUID referral, long version) {
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(institution, referral, version));
    }

    private io.restassured.response.ValidatableResponse deliveries(String status) {
        return as(beheerder).get("/api/v1/webhooks/deliveries?status=" + status).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private void later(Duration step) {
        now = now.plus(step);
        TestClock.fix(now);
    }

    /** Notifications other tests left due would otherwise be counted here. */
    private void drainOthers() {
        TestClock.fix(NOON.plus(Duration.ofDays(3650)));
        while (dispatcher.dispatchDue() > 0) {
            // sent (or failed) and rescheduled beyond this test's time
        }
        TestClock.fix(NOON);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
