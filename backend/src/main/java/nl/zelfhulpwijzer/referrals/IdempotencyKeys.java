package nl.zelfhulpwijzer.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.RuleViolation;

/**
 * Idempotency-Key state in PostgreSQL, so retries on any instance see it. The first request claims the key with
 * INSERT … ON CONFLICT DO NOTHING; a concurrent retry waits on the unique key until the first transaction ends and
 * then finds the stored answer (or, when the first one rolled back, claims the key itself).
 */
@ApplicationScoped
class IdempotencyKeys {

    /** The first answer to a key: the referral it made, the body that was sent and its ETag. */
    record Answer(UUID referralId, String body, String etag) {
    }

    @Inject
    EntityManager em;

    /** Empty when this request claimed the key; else the first answer. Same key, other body: 422. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Answer> claim(String institution, String key, String requestHash, Instant now) {
        int claimed = em.createNativeQuery("insert into referral_idempotency (institution, key, request_hash, created_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, institution).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("select request_hash, referral_id, response_body, response_etag from referral_idempotency"
                + " where institution = ?1 and key = ?2")
                .setParameter(1, institution).setParameter(2, key).getSingleResult();
        if (!requestHash.equals(row[0])) {
            throw new RuleViolation("Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor een nieuwe verwijzing.",
                    List.of(new FieldError("Idempotency-Key", "Al gebruikt met andere gegevens.")));
        }
        return Optional.of(new Answer((UUID) row[1], (String) row[2], (String) row[3]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void answer(String institution, String key, UUID referralId, String body, String etag) {
        em.createNativeQuery("update referral_idempotency set referral_id = ?3, response_body = ?4, response_etag = ?5"
                + " where institution = ?1 and key = ?2")
                .setParameter(1, institution).setParameter(2, key).setParameter(3, referralId).setParameter(4, body)
                .setParameter(5, etag).executeUpdate();
    }
}
