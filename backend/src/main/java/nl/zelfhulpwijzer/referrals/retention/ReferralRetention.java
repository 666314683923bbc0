package nl.zelfhulpwijzer.referrals.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.scheduler.Scheduled;
import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditActor;
import nl.zelfhulpwijzer.audit.AuditEvent;
import nl.zelfhulpwijzer.audit.AuditPurpose;
import nl.zelfhulpwijzer.audit.AuditTrail;
import nl.zelfhulpwijzer.common.jobs.JobLeases;

/**
 * Anonymises referrals a configured period after closure: the client reference is replaced, free text (note,
 * consent topics, status reasons, the kept first answer of an idempotent create) is removed and check-in links and
 * notifications go; what reports need (target, level, phase, route, statuses, outcome, check-in answer, dates)
 * stays. The audit log is not touched: it has its own, longer retention. Each anonymisation is itself audited under
 * the old client reference, so a client's access history shows it. Runs once a day across all instances.
 */
@ApplicationScoped
public class ReferralRetention {

    /** What a referral's client reference becomes; no EPD uses it, and it is the same for all. */
    public static final String ANONYMOUS_CLIENT_REF = "geanonimiseerd";
    static final String JOB = "referral-retention";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RetentionConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    JobLeases leases;

    @Inject
    ReferralRetention self;

    @Scheduled(identity = JOB, every = "${zhw.jobs.referral-retention-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        leases.runOnce(JOB, Duration.ofHours(23), this::anonymiseDue);
    }

    /** Anonymises every referral closed longer than the retention period ago; returns how many. */
    public int anonymiseDue() {
        int total = 0;
        for (int done = self.anonymiseBatch(); done > 0; done = self.anonymiseBatch()) {
            total += done;
        }
        return total;
    }

    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    int anonymiseBatch() {
        Instant now = clock.instant();
        List<Object[]> rows = em.createNativeQuery("""
                select id, institution, client_ref from referral
                where closed_at is not null and anonymised_at is null and closed_at <= :before
                order by closed_at limit :batch for update skip locked""")
                .setParameter("before", Timestamp.from(now.minus(config.afterClosure())))
                .setParameter("batch", config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        em.createNativeQuery("""
                update referral set client_ref = :anonymous, note = null, consent_topics = null, status_reason = null,
                    anonymised_at = :now, version = version + 1
                where id in (:ids)""")
                .setParameter("anonymous", ANONYMOUS_CLIENT_REF).setParameter("now", Timestamp.from(now))
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update referral_transition set reason = null where referral_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("delete from referral_idempotency where referral_id in (:ids)").setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("delete from referral_checkin_link where referral_id in (:ids)").setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("delete from webhook_delivery where referral_id in (:ids)").setParameter("ids", ids).executeUpdate();
        audit.recordAll(rows.stream().map(row -> AuditEvent.success(now, AuditAction.UPDATE,
                forInstitution((String) row[1]), (String) row[2], "Referral", row[0].toString(), AuditPurpose.ACCOUNTABILITY))
                .toList());
        return rows.size();
    }

    /** The job as actor in the audit log, for the referral's institution. */
    private static AuditActor forInstitution(String institution) {
        return new AuditActor("bewaartermijn", "systeem", null, institution, JOB, null, null);
    }
}
