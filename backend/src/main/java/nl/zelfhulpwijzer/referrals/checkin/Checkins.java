package nl.zelfhulpwijzer.referrals.checkin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditActors;
import nl.zelfhulpwijzer.audit.AuditEvent;
import nl.zelfhulpwijzer.audit.AuditPurpose;
import nl.zelfhulpwijzer.audit.AuditTrail;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.ratelimit.RateLimiter;
import nl.zelfhulpwijzer.common.security.Sha256;
import nl.zelfhulpwijzer.referrals.CheckinAnswer;
import nl.zelfhulpwijzer.referrals.ConsentFrom;
import nl.zelfhulpwijzer.referrals.NotForMeReason;
import nl.zelfhulpwijzer.referrals.Referral;
import nl.zelfhulpwijzer.referrals.Referrals;

/**
 * The client's check-in: staff make a link for a referral with the client's consent to follow-up; the client opens
 * it without an account and answers. A referral has one valid link at a time: a new link (each print of the sheet
 * makes one) revokes the earlier one. An unknown, revoked, expired and used-up link all get the same answer, and every
 * public request is counted per link and per address (in PostgreSQL, so the limits hold across instances).
 */
@ApplicationScoped
public class Checkins {

    static final String RESOURCE = "ReferralCheckinLink";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A new link; the token exists only in this answer. */
    public record NewLink(String token, String url, Instant expiresAt, int maxUses) {
    }

    @Inject
    Referrals referrals;

    @Inject
    AuditTrail audit;

    @Inject
    AuditActors actors;

    @Inject
    RateLimiter limiter;

    @Inject
    CheckinConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public NewLink createLink(UUID referralId, String institution, String user) {
        Referral referral = referrals.get(referralId, institution);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        if (!referral.hasConsent(today) || referral.consentFrom != ConsentFrom.CLIENT) {
            throw new Conflict("De cliënt heeft geen toestemming gegeven om na te vragen of hij of zij naar de groep is geweest.");
        }
        if (referral.closedAt != null) {
            throw new Conflict("Deze verwijzing is afgesloten; een check-in is niet meer nodig.");
        }
        Instant expires = now.plus(config.validFor());
        if (referral.consentUntil != null) {
            Instant consentEnds = referral.consentUntil.plusDays(1).atStartOfDay(ZONE).toInstant();
            expires = expires.isAfter(consentEnds) ? consentEnds : expires;
        }
        String token = CheckinTokens.newToken();
        int maxUses = config.maxUses();
        // One link per referral: the new one takes the place of the earlier one (unique referral_id; concurrent calls
        // wait for each other here), which from now on gets the answer of an unknown link.
        em.createNativeQuery("""
                insert into referral_checkin_link (token_hash, referral_id, institution, expires_at, uses_left, created_at, created_by)
                values (:hash, :referral, :institution, :expires, :uses, :now, :user)
                on conflict (referral_id) do update set token_hash = excluded.token_hash, institution = excluded.institution,
                    expires_at = excluded.expires_at, uses_left = excluded.uses_left, created_at = excluded.created_at,
                    created_by = excluded.created_by""")
                .setParameter("hash", CheckinTokens.hash(token))
                .setParameter("referral", referral.id)
                .setParameter("institution", institution)
                .setParameter("expires", Timestamp.from(expires))
                .setParameter("uses", maxUses)
                .setParameter("now", Timestamp.from(now))
                .setParameter("user", user)
                .executeUpdate();
        audit.record(AuditEvent.success(now, AuditAction.CREATE, actors.current(), referral.clientRef, RESOURCE,
                referral.id.toString(), AuditPurpose.CARE));
        return new NewLink(token, config.pageUrl() + token, expires, maxUses);
    }

    /** Passes when the link works now; otherwise the one "not found" for every kind of unusable link. */
    @Transactional
    public void requireUsable(String token, String address) {
        String hash = countRequest(token, address);
        Long usable = em.createQuery("select count(l) from CheckinLink l where l.tokenHash = ?1 and l.usesLeft > 0 and l.expiresAt > ?2",
                Long.class).setParameter(1, hash).setParameter(2, clock.instant()).getSingleResult();
        if (usable == 0) {
            throw unusable();
        }
    }

    /** Takes one use of the link and records the answer on its referral (audited there, with the client as actor). */
    @Transactional
    public void answer(String token, String address, CheckinAnswer answer, NotForMeReason reason) {
        String hash = countRequest(token, address);
        if (answer == null) {
            throw new InvalidInput(List.of(new FieldError("answer", "Kies een antwoord.")));
        }
        if (reason != null && answer != CheckinAnswer.NOT_FOR_ME) {
            throw new InvalidInput(List.of(new FieldError("reason", "Een reden hoort alleen bij 'het past niet bij mij'.")));
        }
        @SuppressWarnings("unchecked")
        List<UUID> used = em.createNativeQuery("""
                update referral_checkin_link set uses_left = uses_left - 1
                where token_hash = :hash and uses_left > 0 and expires_at > :now
                returning referral_id""", UUID.class)
                .setParameter("hash", hash)
                .setParameter("now", Timestamp.from(clock.instant()))
                .getResultList();
        if (used.isEmpty()) {
            throw unusable();
        }
        referrals.recordCheckin(used.get(0), answer, reason);
    }

    /** Counts this request per link and per address (hashed), before anything is looked up. */
    private String countRequest(String token, String address) {
        limiter.hit("checkin-address:" + Sha256.hex(address == null ? "" : address), config.perAddressPerTenMinutes(),
                Duration.ofMinutes(10));
        if (!CheckinTokens.wellFormed(token)) {
            throw unusable();
        }
        String hash = CheckinTokens.hash(token);
        limiter.hit("checkin-link:" + hash, config.perLinkPerHour(), Duration.ofHours(1));
        return hash;
    }

    private static NotFound unusable() {
        return new NotFound("Deze link werkt niet (meer). Vraag uw hulpverlener om een nieuwe link.");
    }
}
