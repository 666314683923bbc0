package nl.zelfhulpwijzer.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.support.TestClock;

/**
 * The public "meld onjuiste informatie" is limited per client address in PostgreSQL (rate_window), so the limit holds
 * whichever instance answers: the (default) 20 attempts per ten minutes pass, the next is refused with 429
 * problem+json and Retry-After and stores nothing, and the counter holds a hash, never the address. The check-in's
 * limits are proven in referrals' CheckinResourceTest.
 */
@QuarkusTest
class PublicWriteRateLimitTest {

    private static final String GROUP = "test-aa-utrecht";
    private static final int LIMIT = 20;

    @Inject
    DirectoryFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        // a window of its own, apart from other tests' requests
        TestClock.fix(Instant.parse("2031-03-05T10:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
    }

    @Test
    void reportsOfWrongInformationAreLimitedPerAddressAcrossInstances() {
        for (int i = 0; i < LIMIT; i++) {
            report(Map.of("reason", "OTHER")).then().statusCode(400); // counted too: refused attempts cost the same
        }
        long stored = count("select count(*) from directory_report");

        report(Map.of("reason", "OTHER", "message", "Het adres klopt niet.")).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue()).body("status", equalTo(429));

        assertEquals(stored, count("select count(*) from directory_report"), "a refused report must not be stored");
        List<?> buckets = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select bucket from rate_window where bucket like 'report-address:%' and window_start = :start")
                .setParameter("start", java.sql.Timestamp.from(Instant.parse("2031-03-05T10:00:00Z"))).getResultList());
        assertEquals(1, buckets.size(), "one shared counter in PostgreSQL for this address");
        assertTrue(((String) buckets.get(0)).matches("report-address:[0-9a-f]{64}"), "only a hash of the address");

        TestClock.fix(Instant.parse("2031-03-05T10:10:00Z"));
        report(Map.of("reason", "OTHER", "message", "Het adres klopt niet.")).then().statusCode(201);
    }


    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static Response report(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/groups/" + GROUP + "/reports");
    }
}
