package nl.zelfhulpwijzer.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Referral rows written straight into the database, for the tests of the features around the referral core
 * (check-in, retention) that need a referral in a given state without going through the core's API.
 */
public final class ReferralRows {

    private ReferralRows() {
    }

    /** A requested referral with follow-up consent from the client until {@code consentUntil} (null: no consent). */
    public static UUID requested(String institution, String clientRef, LocalDate consentUntil, Instant createdAt) {
        return insert(institution, clientRef, consentUntil != null ? "CLIENT" : null, consentUntil, "REQUESTED", createdAt, null);
    }

    /** A referral completed at {@code closedAt}, with a note and a reason for its last transition. */
    public static UUID closed(String institution, String clientRef, Instant closedAt) {
        UUID id = insert(institution, clientRef, "CLIENT", null, "COMPLETED", closedAt.minusSeconds(86_400), closedAt);
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                insert into referral_transition (referral_id, from_status, to_status, reason, actor, actor_role, at)
                values (:id, 'IN_PROGRESS', 'COMPLETED', 'Cliënt gaat elke week, zegt hij.', 'mila', 'medewerker', :at)""")
                .setParameter("id", id).setParameter("at", Timestamp.from(closedAt)).executeUpdate());
        return id;
    }

    private static UUID insert(String institution, String clientRef, String consentFrom, LocalDate consentUntil, String status,
            Instant createdAt, Instant closedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                insert into referral (id, institution, client_ref, organisation_id, level, treatment_phase, route, in_care_plan,
                    trial_agreed, consent_topics, consent_from, consent_until, note, status, first_meeting, created_by,
                    created_at, modified_at, closed_at, version)
                values (:id, :institution, :clientRef, 'aa-nederland', 'VERWIJZING', 'INTAKE', 'DIRECT', true, true,
                    'Of de cliënt naar de eerste bijeenkomst ging.', :consentFrom, :consentUntil, 'Vrije tekst van de medewerker.',
                    :status, 'YES', 'mila', :createdAt, :createdAt, :closedAt, 0)""")
                .unwrap(NativeQuery.class)
                .setParameter("id", id).setParameter("institution", institution).setParameter("clientRef", clientRef)
                .setParameter("consentFrom", consentFrom, String.class)
                .setParameter("consentUntil", consentUntil, LocalDate.class)
                .setParameter("status", status).setParameter("createdAt", Timestamp.from(createdAt))
                .setParameter("closedAt", closedAt == null ? null : Timestamp.from(closedAt), Timestamp.class)
                .executeUpdate());
        return id;
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
