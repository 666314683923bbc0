package nl.zelfhulpwijzer.referrals;

import static nl.zelfhulpwijzer.referrals.ReferralStatus.ACCEPTED;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.CANCELLED;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.COMPLETED;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.DRAFT;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.ENTERED_IN_ERROR;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.FAILED;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.IN_PROGRESS;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.ON_HOLD;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.REJECTED;
import static nl.zelfhulpwijzer.referrals.ReferralStatus.REQUESTED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;

/**
 * The lifecycle of the Gravity referral Task: draft → requested → accepted | rejected | cancelled; accepted →
 * in-progress | on-hold | completed | failed | cancelled; in-progress ↔ on-hold; in-progress and on-hold →
 * completed | failed | cancelled; entered-in-error from any other status.
 */
public final class ReferralTransitions {

    public static final int MAX_REASON_LENGTH = 500;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(REQUESTED),
            REQUESTED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, CANCELLED),
            IN_PROGRESS, EnumSet.of(ON_HOLD, COMPLETED, FAILED, CANCELLED),
            ON_HOLD, EnumSet.of(IN_PROGRESS, COMPLETED, FAILED, CANCELLED));

    private static final Set<ReferralStatus> REASON_REQUIRED = EnumSet.of(REJECTED, CANCELLED, ON_HOLD, FAILED);

    private ReferralTransitions() {
    }

    public static boolean allowed(ReferralStatus from, ReferralStatus to) {
        if (to == ENTERED_IN_ERROR) {
            return from != ENTERED_IN_ERROR;
        }
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** The statuses a referral in {@code from} can move to now, in the enum's order (entered-in-error last). */
    public static List<ReferralStatus> next(ReferralStatus from) {
        return Arrays.stream(ReferralStatus.values()).filter(to -> allowed(from, to)).toList();
    }

    public static boolean reasonRequired(ReferralStatus to) {
        return REASON_REQUIRED.contains(to);
    }

    /** Refuses a transition that the lifecycle does not have (409) or that lacks its required reason (400). */
    public static void check(ReferralStatus from, ReferralStatus to, String reason) {
        if (!allowed(from, to)) {
            throw new Conflict("Een verwijzing met status " + from.fhirCode() + " kan niet naar " + to.fhirCode() + ".");
        }
        boolean blank = reason == null || reason.isBlank();
        if (reasonRequired(to) && blank) {
            throw new InvalidInput(List.of(new FieldError("reason", "Geef een reden bij de status " + to.fhirCode() + ".")));
        }
        if (!blank && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInput(List.of(new FieldError("reason", "De reden mag hoogstens " + MAX_REASON_LENGTH + " tekens hebben.")));
        }
    }
}
