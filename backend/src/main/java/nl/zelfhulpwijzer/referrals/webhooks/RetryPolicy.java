package nl.zelfhulpwijzer.referrals.webhooks;

import java.time.Duration;

/**
 * When to try a failed notification again: the first retry after {@code firstDelay}, each next one twice as late, at
 * most {@code maxDelay}; after {@code maxAttempts} attempts the notification is dead (kept for the beheerder).
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** True when a notification that failed its {@code attempts}-th attempt is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
