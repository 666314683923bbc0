/**
 * Referrals (verwijzingen) with a closed loop, owned by one institution: the lifecycle of the FHIR Gravity referral
 * Task ({@link nl.zelfhulpwijzer.referrals.ReferralTransitions}), the outcome as the client tells it, follow-up dates
 * and the worklist. {@link nl.zelfhulpwijzer.referrals.Referrals} is the published service (and
 * {@link nl.zelfhulpwijzer.referrals.ReferralSubscriptions} for other doors' webhook subscriptions); every access is audited
 * through {@code audit.AuditTrail}. The client is only an opaque reference; nothing about group members is kept.
 * Creating is idempotent per institution and Idempotency-Key ({@code IdempotencyKeys}, state in PostgreSQL): a retry
 * gets the first answer's body and ETag ({@link nl.zelfhulpwijzer.referrals.Referrals.Created}).
 */
package nl.zelfhulpwijzer.referrals;
