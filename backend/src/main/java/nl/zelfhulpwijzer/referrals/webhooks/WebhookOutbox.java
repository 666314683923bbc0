package nl.zelfhulpwijzer.referrals.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.zelfhulpwijzer.referrals.ReferralChanged;

/**
 * Writes the notifications of a referral change into the outbox, one per subscription of the referral's
 * institution, inside the transaction of the change (MANDATORY: without one the outbox would not be atomic with
 * the change). The dispatcher sends them later.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Every change of a referral, fired by the referrals service inside its transaction. */
    @Transactional(TxType.MANDATORY)
    void onReferralChanged(@Observes ReferralChanged change) {
        enqueue(change.institution(), change.id(), change.version());
    }

    @Transactional(TxType.MANDATORY)
    public int enqueue(String institution, UUID referralId, long version) {
        Timestamp now = Timestamp.from(clock.instant());
        return em.createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, institution, referral_id, referral_version, occurred_at,
                    status, attempts, next_attempt_at, created_at)
                select gen_random_uuid(), s.id, s.institution, :referral, :version, :now, 'PENDING', 0, :now, :now
                from webhook_subscription s where s.institution = :institution""")
                .setParameter("referral", referralId)
                .setParameter("version", version)
                .setParameter("now", now)
                .setParameter("institution", institution)
                .executeUpdate();
    }
}
