package nl.zelfhulpwijzer.referrals.rest;

import static io.restassured.RestAssured.given;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.BASE;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.as;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.body;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.created;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.epdOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotency-Key under concurrent retries, and two writers on one version. */
@QuarkusTest
class ReferralConcurrencyTest {

    private static final int RETRIES = 100;

    @Inject
    EntityManager em;

    @Transactional
    long referralsOf(String clientRef) {
        return ((Number) em.createNativeQuery("select count(*) from referral where client_ref = ?1").setParameter(1, clientRef)
                .getSingleResult()).longValue();
    }

    private static <T> List<T> concurrently(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneKeySentAHundredTimesConcurrentlyMakesExactlyOneReferral() throws Exception {
        String token = epdOf("inst-idem");
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body("epd-idem-1"));
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < RETRIES; i++) {
            tasks.add(() -> given().header("Authorization", "Bearer " + token).header("Idempotency-Key", "key-idem-1")
                    .contentType(ContentType.JSON).body(json).post(BASE));
        }
        List<Response> responses = concurrently(20, tasks);
        assertEquals(List.of(201), responses.stream().map(Response::statusCode).distinct().toList());
        assertEquals(1, responses.stream().map(r -> r.asString()).distinct().count(), "every retry gets the first answer");
        assertEquals(1, responses.stream().map(r -> r.header("ETag") + " " + r.header("Location")).distinct().count(),
                "and its ETag and Location");
        String id = responses.get(0).path("id");
        as(token).contentType(ContentType.JSON).header("If-Match", responses.get(0).header("ETag"))
                .body(Map.of("status", "ACCEPTED")).post(BASE + "/" + id + "/transitions").then().statusCode(200);
        Response retry = given().header("Authorization", "Bearer " + token).header("Idempotency-Key", "key-idem-1")
                .contentType(ContentType.JSON).body(json).post(BASE);
        assertEquals(responses.get(0).header("ETag"), retry.header("ETag"), "a later retry still gets the first answer's ETag");
        assertEquals(responses.get(0).asString(), retry.asString());
        assertEquals(1, referralsOf("epd-idem-1"));

        Map<String, Object> other = body("epd-idem-1");
        other.put("note", "Een andere notitie.");
        as(token).header("Idempotency-Key", "key-idem-1").contentType(ContentType.JSON).body(other).post(BASE)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        // The same key in another institution is another key.
        as(epdOf("inst-idem-2")).header("Idempotency-Key", "key-idem-1").contentType(ContentType.JSON).body(body("epd-idem-1"))
                .post(BASE).then().statusCode(201);
        assertEquals(2, referralsOf("epd-idem-1"));
    }

    @Test
    void twoWritersOnOneVersionGiveExactlyOne412() throws Exception {
        String token = epdOf("inst-race");
        for (int round = 0; round < 5; round++) {
            String id = created(token, "epd-race-" + round);
            List<Callable<Integer>> writers = List.of(
                    () -> transition(token, id, "ACCEPTED"),
                    () -> transition(token, id, "REJECTED"));
            List<Integer> statuses = concurrently(2, writers);
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList(), "round " + round);
            as(token).get(BASE + "/" + id).then().header("ETag", "\"v1\"").body("transitions.size()", equalTo(2));
        }
    }

    private static int transition(String token, String id, String status) {
        return given().header("Authorization", "Bearer " + token).header("If-Match", "\"v0\"").contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "Volgens de cliënt.")).post(BASE + "/" + id + "/transitions").statusCode();
    }
}
