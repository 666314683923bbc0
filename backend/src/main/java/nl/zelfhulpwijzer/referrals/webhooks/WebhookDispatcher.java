package nl.zelfhulpwijzer.referrals.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

/**
 * Sends due notifications from the outbox. Runs on every instance: each run claims a batch with
 * {@code FOR UPDATE SKIP LOCKED}, so instances never take the same rows, and moves the claimed rows' next attempt
 * past the time an attempt may take; the HTTP calls happen outside any transaction. A row whose instance stops
 * mid-attempt is due again after that time: delivery is at least once. Failures wait longer each time
 * ({@link RetryPolicy}) until the row is dead and waits for the beheerder.
 */
@ApplicationScoped
public class WebhookDispatcher {

    record Claimed(UUID id, String endpoint, String secret, UUID referralId, long version, Instant occurredAt,
            int attempt) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSender sender;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookDispatcher self;

    @Scheduled(identity = "webhook-dispatch", every = "${zhw.jobs.webhook-dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (dispatchDue() == config.batchSize()) {
            // a full batch: more may be due
        }
    }

    /** Sends one batch of due notifications; returns how many were attempted. */
    public int dispatchDue() {
        List<Claimed> batch = self.claimDue();
        for (Claimed claimed : batch) {
            String body = body(claimed);
            WebhookSender.Outcome outcome = sender.send(claimed.endpoint(), claimed.secret(), claimed.id(), body, clock.instant());
            self.record(claimed, outcome);
        }
        return batch.size();
    }

    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    List<Claimed> claimDue() {
        Instant now = clock.instant();
        // Twice the attempt timeout: connect and answer each may take it.
        Instant leaseEnd = now.plus(config.timeout().multipliedBy(2));
        List<Object[]> rows = em.createNativeQuery("""
                update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = :now, next_attempt_at = :leaseEnd
                from webhook_subscription s
                where s.id = d.subscription_id and d.id in (
                    select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now
                    order by next_attempt_at limit :batch for update skip locked)
                returning d.id, s.endpoint_url, s.secret, d.referral_id, d.referral_version, d.occurred_at, d.attempts""")
                .setParameter("now", Timestamp.from(now))
                .setParameter("leaseEnd", Timestamp.from(leaseEnd))
                .setParameter("batch", config.batchSize())
                .getResultList();
        return rows.stream().map(row -> new Claimed((UUID) row[0], (String) row[1], (String) row[2], (UUID) row[3],
                ((Number) row[4]).longValue(), toInstant(row[5]), ((Number) row[6]).intValue())).toList();
    }

    /** Stores the attempt's outcome unless the row changed meanwhile (redelivered by the beheerder). */
    @Transactional(TxType.REQUIRES_NEW)
    void record(Claimed claimed, WebhookSender.Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(claimed.id());
        if (delivery == null || delivery.status != DeliveryStatus.PENDING || delivery.attempts != claimed.attempt()) {
            return;
        }
        Instant now = clock.instant();
        delivery.lastResponseStatus = outcome.status();
        delivery.lastError = outcome.error();
        RetryPolicy policy = config.retryPolicy();
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
        } else if (policy.exhausted(delivery.attempts)) {
            delivery.status = DeliveryStatus.DEAD;
        } else {
            delivery.nextAttemptAt = now.plus(policy.delayAfter(delivery.attempts));
        }
    }

    private String body(Claimed claimed) {
        try {
            return json.writeValueAsString(
                    Notification.referralChanged(claimed.referralId(), claimed.version(), claimed.occurredAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification of ids and a time always serialises", e);
        }
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
