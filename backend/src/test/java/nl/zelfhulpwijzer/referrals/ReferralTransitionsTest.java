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
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.InvalidInput;

/** Every pair of statuses against the Gravity referral Task lifecycle, written out independently of the rules. */
class ReferralTransitionsTest {

    private static final Map<ReferralStatus, Set<ReferralStatus>> EXPECTED = Map.of(
            DRAFT, EnumSet.of(REQUESTED, ENTERED_IN_ERROR),
            REQUESTED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED, ENTERED_IN_ERROR),
            ACCEPTED, EnumSet.of(IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, CANCELLED, ENTERED_IN_ERROR),
            IN_PROGRESS, EnumSet.of(ON_HOLD, COMPLETED, FAILED, CANCELLED, ENTERED_IN_ERROR),
            ON_HOLD, EnumSet.of(IN_PROGRESS, COMPLETED, FAILED, CANCELLED, ENTERED_IN_ERROR),
            REJECTED, EnumSet.of(ENTERED_IN_ERROR),
            CANCELLED, EnumSet.of(ENTERED_IN_ERROR),
            COMPLETED, EnumSet.of(ENTERED_IN_ERROR),
            FAILED, EnumSet.of(ENTERED_IN_ERROR),
            ENTERED_IN_ERROR, EnumSet.noneOf(ReferralStatus.class));

    private static final Set<ReferralStatus> NEED_REASON = EnumSet.of(REJECTED, CANCELLED, ON_HOLD, FAILED);

    @Test
    void theNextStatusesOfEachStatusAreExactlyTheAllowedOnes() {
        for (ReferralStatus from : ReferralStatus.values()) {
            assertEquals(EXPECTED.get(from), Set.copyOf(ReferralTransitions.next(from)), from.name());
        }
    }

    @Test
    void everyPairIsAllowedExactlyAsTheLifecycleSays() {
        List<String> wrong = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                boolean expected = EXPECTED.get(from).contains(to);
                if (ReferralTransitions.allowed(from, to) != expected) {
                    wrong.add(from + "→" + to);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(100, ReferralStatus.values().length * ReferralStatus.values().length);
    }

    @Test
    void checkRefusesEveryMissingTransitionWithConflictAndNeedsReasonsWhereTheIgAsks() {
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                if (!EXPECTED.get(from).contains(to)) {
                    assertThrows(Conflict.class, () -> ReferralTransitions.check(from, to, "reden"), from + "→" + to);
                } else if (NEED_REASON.contains(to)) {
                    assertThrows(InvalidInput.class, () -> ReferralTransitions.check(from, to, " "), from + "→" + to);
                    assertDoesNotThrow(() -> ReferralTransitions.check(from, to, "De cliënt wil eerst afkicken."));
                } else {
                    assertDoesNotThrow(() -> ReferralTransitions.check(from, to, null), from + "→" + to);
                }
            }
        }
    }

    @Test
    void reasonsHaveALengthLimit() {
        assertThrows(InvalidInput.class, () -> ReferralTransitions.check(REQUESTED, REJECTED, "x".repeat(501)));
        assertDoesNotThrow(() -> ReferralTransitions.check(REQUESTED, REJECTED, "x".repeat(500)));
    }

    @Test
    void fhirCodesAreTheTaskStatusCodes() {
        assertEquals("in-progress", IN_PROGRESS.fhirCode());
        assertEquals("entered-in-error", ENTERED_IN_ERROR.fhirCode());
        assertEquals("on-hold", ON_HOLD.fhirCode());
    }
}
