package nl.zelfhulpwijzer.referrals;

/**
 * The status of a referral, the FHIR Task statuses the Gravity referral IG uses for its referral Task
 * (TaskForReferralManagement); {@link #fhirCode()} is the FHIR spelling.
 */
public enum ReferralStatus {
    DRAFT, REQUESTED, ACCEPTED, REJECTED, CANCELLED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, ENTERED_IN_ERROR;

    public String fhirCode() {
        return name().toLowerCase().replace('_', '-');
    }

    /** No way further except correcting an error (entered-in-error). */
    public boolean isFinal() {
        return switch (this) {
            case REJECTED, CANCELLED, COMPLETED, FAILED, ENTERED_IN_ERROR -> true;
            default -> false;
        };
    }
}
