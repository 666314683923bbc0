package nl.zelfhulpwijzer.common.ratelimit;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import nl.zelfhulpwijzer.common.jobs.JobLeases;

/** Removes request counters of windows long past, once an hour across all instances. */
@ApplicationScoped
public class RateWindowCleanup {

    /** Longer than any window a limit uses. */
    private static final Duration KEEP = Duration.ofHours(1);

    @Inject
    JobLeases leases;

    @Inject
    RateLimiter limiter;

    @Inject
    Clock clock;

    @Scheduled(identity = "rate-window-cleanup", every = "${zhw.jobs.rate-window-cleanup-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        leases.runOnce("rate-window-cleanup", KEEP, () -> limiter.forgetBefore(clock.instant().minus(KEEP)));
    }
}
