package nl.zelfhulpwijzer.referrals;

import java.time.Instant;
import java.util.List;

/**
 * Which referrals of one institution to list, for doors that page by offset (the FHIR Task search): any of these
 * statuses and target organisations (empty: all), changed in [{@code changedFrom}, {@code changedUntil}) when given.
 */
public record ReferralSearch(List<ReferralStatus> statuses, List<String> organisationIds, Instant changedFrom,
        Instant changedUntil) {

    /** One page, oldest change first, and how many match in all. */
    public record Page(List<Referral> items, long total) {
    }
}
