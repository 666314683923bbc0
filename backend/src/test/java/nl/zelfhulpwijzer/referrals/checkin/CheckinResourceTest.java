package nl.zelfhulpwijzer.referrals.checkin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.common.security.Sha256;
import nl.zelfhulpwijzer.referrals.ReferralRows;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestClock;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * The client's check-in link: who may make one (roles, institution, consent), what the public side reveals (nothing),
 * that unusable links all look the same, that answers reach the referral and the audit log, and the rate limits.
 * Each test runs at its own fixed time, so the per-address counters (all requests come from 127.0.0.1) never meet.
 */
@QuarkusTest
class CheckinResourceTest {

    private static final String INSTITUTION = "checkin-" + UUID.randomUUID();
    private static final String MEDEWERKER = TestTokens.token("mila-checkin", "Mila", INSTITUTION, "medewerker");

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void onlyStaffAndTheEpdOfTheReferralsInstitutionMakeALinkAndOnlyItsHashIsStored() {
        Instant now = at("2026-04-01T09:00:00Z");
        UUID referral = ReferralRows.requested(INSTITUTION, "client-a", LocalDate.of(2026, 12, 31), now);
        String path = "/api/v1/referrals/" + referral + "/check-in-link";

        given().filter(Contract.validated()).post(path).then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.token("bea-checkin", "Bea", INSTITUTION, "beheerder")).post(path).then().statusCode(403);
        as(TestTokens.token("cor-checkin", "Cor", INSTITUTION, "coordinator")).post(path).then().statusCode(403);
        as(TestTokens.token("mila-ander", "Ander", TestTokens.OTHER_INSTITUTION, "medewerker")).post(path).then()
                .statusCode(404).contentType("application/problem+json");
        as(TestTokens.token("epd-checkin", "EPD", INSTITUTION, "epd")).post(path).then().statusCode(201);

        ExtractableResponse<Response> made = as(MEDEWERKER).post(path).then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("maxUses", equalTo(3)).extract();
        String token = made.path("token");
        assertEquals(43, token.length());
        assertEquals("http://localhost:5173/check-in/" + token, made.path("url"));
        assertEquals(now.plus(Duration.ofDays(30)), Instant.parse(made.path("expiresAt")));
        List<?> stored = read(() -> em.createNativeQuery("select token_hash from referral_checkin_link where referral_id = :id")
                .setParameter("id", referral).getResultList());
        assertEquals(List.of(Sha256.hex(token)), stored);
    }

    @Test
    void withoutConsentOrAfterClosureThereIsNoLink() {
        Instant now = at("2026-04-01T10:00:00Z");
        UUID withoutConsent = ReferralRows.requested(INSTITUTION, "client-b", null, now);
        as(MEDEWERKER).post("/api/v1/referrals/" + withoutConsent + "/check-in-link").then().statusCode(409)
                .contentType("application/problem+json");
        UUID closed = ReferralRows.closed(INSTITUTION, "client-c", now.minusSeconds(60));
        as(MEDEWERKER).post("/api/v1/referrals/" + closed + "/check-in-link").then().statusCode(409);
        assertEquals(0L, read(() -> ((Number) em.createNativeQuery(
                "select count(*) from referral_checkin_link where referral_id in (:a, :b)")
                .setParameter("a", withoutConsent).setParameter("b", closed).getSingleResult()).longValue()));
    }

    @Test
    void theLinkEndsWithTheConsent() {
        at("2026-04-01T11:00:00Z");
        UUID referral = ReferralRows.requested(INSTITUTION, "client-d", LocalDate.of(2026, 4, 10), Instant.now());
        String expires = as(MEDEWERKER).post("/api/v1/referrals/" + referral + "/check-in-link").then().statusCode(201)
                .extract().path("expiresAt");
        assertEquals(Instant.parse("2026-04-10T22:00:00Z"), Instant.parse(expires));
    }

    @Test
    void theClientAnswersAndTheAnswerReachesTheReferralAndTheAuditLog() {
        at("2026-04-01T12:00:00Z");
        UUID referral = ReferralRows.requested(INSTITUTION, "client-e", LocalDate.of(2026, 12, 31), Instant.now());
        String token = link(referral);

        String page = anonymous().get("/api/v1/check-in/" + token).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("valid", equalTo(true)).body("answers", hasSize(3)).body("reasons", hasSize(5))
                .extract().asString();
        assertEquals(-1, page.indexOf(referral.toString()));
        assertEquals(-1, page.indexOf("client-e"));

        answer(token, Map.of("answer", "BEEN", "reason", "APPROACH")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        answer(token, Map.of("answer", "MISSCHIEN")).then().statusCode(400).contentType("application/problem+json");
        anonymous().contentType(ContentType.JSON).post("/api/v1/check-in/" + token).then().statusCode(400);
        answer(token, Map.of("answer", "NOT_FOR_ME", "reason", "TIME_OR_PLACE")).then().statusCode(204);

        Object[] row = read(() -> (Object[]) em.createNativeQuery("select checkin_answer, not_for_me_reason from referral where id = :id")
                .setParameter("id", referral).getSingleResult());
        assertEquals("NOT_FOR_ME", row[0]);
        assertEquals("TIME_OR_PLACE", row[1]);
        List<?> audited = read(() -> em.createNativeQuery("""
                select action || ' ' || resource_type || ' ' || user_id from audit_event where resource_id = :id order by seq""")
                .setParameter("id", referral.toString()).getResultList());
        assertEquals(List.of("READ Referral mila-checkin", "CREATE ReferralCheckinLink mila-checkin", "UPDATE Referral cliënt (check-in)"),
                audited);
    }

    @Test
    void unknownExpiredAndUsedUpLinksAllGiveTheSameAnswer() {
        at("2026-04-01T13:00:00Z");
        UUID referral = ReferralRows.requested(INSTITUTION, "client-f", LocalDate.of(2026, 12, 31), Instant.now());
        String usedUp = link(referral);
        for (int i = 0; i < 3; i++) {
            answer(usedUp, Map.of("answer", "NOT_YET")).then().statusCode(204);
        }
        String expiring = link(ReferralRows.requested(INSTITUTION, "client-f2", LocalDate.of(2026, 12, 31), Instant.now()));
        at("2026-05-01T13:00:01Z");

        String unknown = "A".repeat(43);
        List<String> answers = List.of(usedUp, expiring, unknown, "kort").stream()
                .map(token -> anonymous().get("/api/v1/check-in/" + token).then().statusCode(404)
                        .contentType("application/problem+json").extract().path("detail").toString())
                .distinct().toList();
        assertEquals(1, answers.size());
        answer(usedUp, Map.of("answer", "BEEN")).then().statusCode(404).body("detail", equalTo(answers.get(0)));
        answer(expiring, Map.of("answer", "BEEN")).then().statusCode(404).body("detail", equalTo(answers.get(0)));
        assertEquals("NOT_YET", read(() -> em.createNativeQuery("select checkin_answer from referral where id = :id")
                .setParameter("id", referral).getSingleResult()));
    }

    @Test
    void aNewLinkRevokesTheEarlierOneWhichThenLooksLikeAnUnknownLink() {
        at("2026-04-01T13:30:00Z");
        UUID referral = ReferralRows.requested(INSTITUTION, "client-i", LocalDate.of(2026, 12, 31), Instant.now());
        String first = link(referral);
        anonymous().get("/api/v1/check-in/" + first).then().statusCode(200).body("valid", equalTo(true));
        String second = link(referral);

        Map<String, Object> unknown = problem(anonymous().get("/api/v1/check-in/" + CheckinTokens.newToken()));
        assertEquals(unknown, problem(anonymous().get("/api/v1/check-in/" + first)));
        assertEquals(unknown, problem(answer(first, Map.of("answer", "BEEN"))));
        assertEquals(null, read(() -> em.createNativeQuery("select checkin_answer from referral where id = :id")
                .setParameter("id", referral).getSingleResult()));

        answer(second, Map.of("answer", "NOT_YET")).then().statusCode(204);
        assertEquals("NOT_YET", read(() -> em.createNativeQuery("select checkin_answer from referral where id = :id")
                .setParameter("id", referral).getSingleResult()));
    }

    @Test
    void linksMadeAtTheSameTimeLeaveOneValidLink() throws Exception {
        at("2026-04-01T13:45:00Z");
        UUID referral = ReferralRows.requested(INSTITUTION, "client-j", LocalDate.of(2026, 12, 31), Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                made.add(pool.submit(() -> link(referral)));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<String> token : made) {
                answers.add(anonymous().get("/api/v1/check-in/" + token.get()).then().extract().statusCode());
            }
            assertEquals(1, answers.stream().filter(status -> status == 200).count());
            assertEquals(7, answers.stream().filter(status -> status == 404).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, read(() -> ((Number) em.createNativeQuery(
                "select count(*) from referral_checkin_link where referral_id = :id")
                .setParameter("id", referral).getSingleResult()).longValue()));
    }

    @Test
    void oneLinkIsLimitedPerHour() {
        at("2026-04-01T14:00:00Z");
        String token = link(ReferralRows.requested(INSTITUTION, "client-g", LocalDate.of(2026, 12, 31), Instant.now()));
        for (int i = 0; i < 20; i++) {
            anonymous().get("/api/v1/check-in/" + token).then().statusCode(200);
        }
        anonymous().get("/api/v1/check-in/" + token).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", not(equalTo(null)));
        at("2026-04-01T15:00:00Z");
        anonymous().get("/api/v1/check-in/" + token).then().statusCode(200);
    }

    @Test
    void oneAddressTryingManyLinksIsStoppedAlsoForARealOne() {
        at("2026-04-01T16:00:00Z");
        String token = link(ReferralRows.requested(INSTITUTION, "client-h", LocalDate.of(2026, 12, 31), Instant.now()));
        for (int i = 0; i < 30; i++) {
            anonymous().get("/api/v1/check-in/" + CheckinTokens.newToken()).then().statusCode(404);
        }
        anonymous().get("/api/v1/check-in/" + token).then().statusCode(429);
        answer(token, Map.of("answer", "BEEN")).then().statusCode(429);
    }

    /** A 404 problem without its instance (the path, which holds the token): what a client of that link sees. */
    private static Map<String, Object> problem(Response response) {
        Map<String, Object> problem = new HashMap<>(response.then().statusCode(404).contentType("application/problem+json")
                .extract().jsonPath().getMap(""));
        problem.remove("instance");
        return problem;
    }

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    private static Instant at(String time) {
        Instant instant = Instant.parse(time);
        TestClock.fix(instant);
        return instant;
    }

    private static String link(UUID referral) {
        return as(MEDEWERKER).post("/api/v1/referrals/" + referral + "/check-in-link").then().statusCode(201).extract().path("token");
    }

    private static Response answer(String token, Map<String, String> body) {
        return anonymous().contentType(ContentType.JSON).body(body).post("/api/v1/check-in/" + token);
    }

    private static RequestSpecification anonymous() {
        return given().filter(Contract.validated());
    }

    private static RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }
}
