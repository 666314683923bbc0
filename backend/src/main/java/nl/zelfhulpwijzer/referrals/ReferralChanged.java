package nl.zelfhulpwijzer.referrals;

import java.util.UUID;

/**
 * Fired (CDI, synchronously) inside the transaction of every create, transition, outcome and check-in of a referral,
 * after the change is flushed: {@code version} is the new version, {@code status} its FHIR code.
 */
public record ReferralChanged(UUID id, String institution, long version, String status) {
}
