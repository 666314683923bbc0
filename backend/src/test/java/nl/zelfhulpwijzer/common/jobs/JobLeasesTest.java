package nl.zelfhulpwijzer.common.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.support.TestClock;

/** A job runs once per period even when several instances (here: threads with their own transactions) ask at once. */
@QuarkusTest
class JobLeasesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    JobLeases leases;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void ofConcurrentCallersExactlyOneRunsTheJobInAPeriod() throws Exception {
        TestClock.fix(Instant.parse("2026-03-02T10:00:00Z"));
        AtomicInteger runs = new AtomicInteger();
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return leases.runOnce("test-concurrent", HOUR, runs::incrementAndGet);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<Boolean> result : results) {
                ran += result.get() ? 1 : 0;
            }
            assertEquals(1, ran);
            assertEquals(1, runs.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNextPeriodRunsAgain() {
        TestClock.fix(Instant.parse("2026-03-02T10:00:00Z"));
        assertTrue(leases.claim("test-periods", HOUR));
        TestClock.fix(Instant.parse("2026-03-02T10:59:59Z"));
        assertFalse(leases.claim("test-periods", HOUR));
        TestClock.fix(Instant.parse("2026-03-02T11:00:00Z"));
        assertTrue(leases.claim("test-periods", HOUR));
        assertFalse(leases.claim("test-periods", HOUR));
    }
}
