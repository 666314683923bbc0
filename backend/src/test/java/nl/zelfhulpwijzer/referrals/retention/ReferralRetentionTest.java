package nl.zelfhulpwijzer.referrals.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.referrals.ReferralRows;
import nl.zelfhulpwijzer.support.TestClock;

/** Closed referrals lose their client reference and free text a year (the default) after closure, the outcome stays. */
@QuarkusTest
class ReferralRetentionTest {

    private static final Instant CLOSED = Instant.parse("2025-02-01T10:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    @Inject
    ReferralRetention retention;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aReferralIsAnonymisedOnceItsRetentionPeriodAfterClosureHasPassed() {
        String institution = "retention-" + UUID.randomUUID();
        UUID old = ReferralRows.closed(institution, "client-old", CLOSED);
        UUID recent = ReferralRows.closed(institution, "client-recent", CLOSED.plus(Duration.ofDays(30)));
        UUID open = ReferralRows.requested(institution, "client-open", LocalDate.of(2025, 12, 31), CLOSED.minus(YEAR));

        TestClock.fix(CLOSED.plus(YEAR).minusSeconds(1));
        retention.anonymiseDue();
        assertEquals("client-old", row(old)[0]);

        TestClock.fix(CLOSED.plus(YEAR));
        retention.anonymiseDue();
        Object[] anonymised = row(old);
        assertEquals(ReferralRetention.ANONYMOUS_CLIENT_REF, anonymised[0]);
        assertNull(anonymised[1], "note");
        assertNull(anonymised[2], "consent topics");
        assertEquals("COMPLETED", anonymised[3]);
        assertEquals("YES", anonymised[4], "the outcome stays for reports");
        assertNotNull(anonymised[5], "anonymised_at");
        assertEquals(1L, ((Number) anonymised[6]).longValue(), "a new version, so a kept ETag is stale");
        assertEquals(List.of(), read(() -> em.createNativeQuery(
                "select reason from referral_transition where referral_id = :id and reason is not null")
                .setParameter("id", old).getResultList()));
        assertEquals(List.of("UPDATE client-old bewaartermijn"), read(() -> em.createNativeQuery("""
                select action || ' ' || client_ref || ' ' || user_id from audit_event
                where resource_id = :id and user_id = 'bewaartermijn'""").setParameter("id", old.toString()).getResultList()));

        assertEquals("client-recent", row(recent)[0]);
        assertEquals("client-open", row(open)[0]);

        TestClock.fix(CLOSED.plus(YEAR).plus(Duration.ofDays(1)));
        retention.anonymiseDue();
        assertEquals(1L, ((Number) row(old)[6]).longValue(), "done once");
    }

    private Object[] row(UUID id) {
        return read(() -> (Object[]) em.createNativeQuery("""
                select client_ref, note, consent_topics, status, first_meeting, anonymised_at, version
                from referral where id = :id""").setParameter("id", id).getSingleResult());
    }

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }
}
