package nl.zelfhulpwijzer.referrals.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Exponential back-off with a ceiling, then the dead letter. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(6));

    @Test
    void eachRetryWaitsTwiceAsLongUpToTheCeiling() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(32), policy.delayAfter(7));
        assertEquals(Duration.ofHours(6), new RetryPolicy(100, Duration.ofSeconds(30), Duration.ofHours(6)).delayAfter(99));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertFalse(policy.exhausted(7));
        assertTrue(policy.exhausted(8));
    }
}
