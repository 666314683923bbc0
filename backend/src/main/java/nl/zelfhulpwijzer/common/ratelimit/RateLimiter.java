package nl.zelfhulpwijzer.common.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.zelfhulpwijzer.common.error.TooManyRequests;

/**
 * Fixed-window request counters in PostgreSQL, so a limit holds across all backend instances. A bucket names what
 * is counted (e.g. "check-in-address:" + a hash); callers pass hashes, never an address or token itself.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts one request in {@code bucket}'s current window and throws {@link TooManyRequests} when that makes more
     * than {@code limit}. Counted in its own transaction, so a refused request still counts.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void hit(String bucket, int limit, Duration window) {
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(clock.millis() / windowMillis * windowMillis);
        Number hits = (Number) em.createNativeQuery("""
                insert into rate_window (bucket, window_start, hits) values (:bucket, :start, 1)
                on conflict (bucket, window_start) do update set hits = rate_window.hits + 1
                returning hits""")
                .setParameter("bucket", bucket)
                .setParameter("start", Timestamp.from(start))
                .getSingleResult();
        if (hits.intValue() > limit) {
            throw new TooManyRequests(start.plus(window).getEpochSecond() - clock.instant().getEpochSecond());
        }
    }

    /** Removes windows that ended before {@code before}; run by a scheduled job. */
    @Transactional
    public int forgetBefore(Instant before) {
        return em.createNativeQuery("delete from rate_window where window_start < :before")
                .setParameter("before", Timestamp.from(before))
                .executeUpdate();
    }
}
