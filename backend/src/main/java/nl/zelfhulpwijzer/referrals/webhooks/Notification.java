package nl.zelfhulpwijzer.referrals.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * The body of a notification: only that a referral changed, its id and new version (as FHIR Subscriptions'
 * id-only payload and Koppeltaal do). The receiver reads the referral through the API with its own token, so
 * nothing about the client travels in a push.
 */
public record Notification(String type, UUID referralId, long version, Instant occurredAt) {

    public static final String REFERRAL_CHANGED = "referral.changed";

    public static Notification referralChanged(UUID referralId, long version, Instant occurredAt) {
        return new Notification(REFERRAL_CHANGED, referralId, version, occurredAt);
    }
}
