package nl.zelfhulpwijzer.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import nl.zelfhulpwijzer.common.jobs.JobLeases;

/**
 * Removes audit events older than the retention period, once a day across all instances. Only the database
 * function {@code audit_purge} (V101) may delete events: it removes them from the start of the chain only and
 * leaves a checkpoint with the last removed hash, from which {@link AuditTrail#verify} checks the rest. The
 * checkpoint rows (append-only, like the events) are the record of each purge: when, up to which event, how many.
 */
@ApplicationScoped
public class AuditRetention {

    static final String JOB = "audit-retention";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditRetentionConfig config;

    @Inject
    JobLeases leases;

    @Inject
    AuditRetention self;

    @Scheduled(identity = JOB, every = "${zhw.jobs.audit-retention-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        leases.runOnce(JOB, Duration.ofHours(23), () -> self.purgeDue());
    }

    /** Removes the events older than the retention period; returns how many. */
    @Transactional
    public long purgeDue() {
        return purgeBefore(clock.instant().minus(config.period()));
    }

    /** Removes the events from the start of the chain that occurred before {@code before}; returns how many. */
    @Transactional
    public long purgeBefore(Instant before) {
        return ((Number) em.createNativeQuery("select audit_purge(:before, :now)")
                .setParameter("before", Timestamp.from(before)).setParameter("now", Timestamp.from(clock.instant()))
                .getSingleResult()).longValue();
    }
}
