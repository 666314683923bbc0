package nl.zelfhulpwijzer.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;

class ReferralRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static ReferralInput input(String clientRef, String note, ConsentFrom from, String topics) {
        return new ReferralInput(clientRef, "aa-nederland", null, null, IntegrationLevel.VERWIJZING, TreatmentPhase.TREATMENT,
                Route.DIRECT, null, true, true, topics, from, null, note, false, null, List.of());
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidReferralHasNoErrors() {
        assertEquals(List.of(), ReferralRules.check(input("epd-7f3a91", "Samen met de makelaar.", ConsentFrom.CLIENT, "Of ze ging")));
    }

    @Test
    void clientRefIsAPseudonymNotANumberOrAName() {
        for (String bad : List.of("123456782", "ab", "Jan Jansen", "jan@example.nl", "x".repeat(65), "")) {
            assertEquals(List.of("clientRef"), fields(ReferralRules.check(input(bad, null, null, null))), bad);
        }
        for (String good : List.of("epd-7f3a91", "P:000123", "a1b2", "client_9.x")) {
            assertEquals(List.of(), ReferralRules.check(input(good, null, null, null)), good);
        }
    }

    @Test
    void notesHaveALimitAndConsentSaysWhatAndOfWhom() {
        assertEquals(List.of("note"), fields(ReferralRules.check(input("epd-1234", "x".repeat(1001), null, null))));
        assertEquals(List.of(), ReferralRules.check(input("epd-1234", "x".repeat(1000), null, null)));
        assertEquals(List.of("consentTopics"), fields(ReferralRules.check(input("epd-1234", null, ConsentFrom.GROUP_CONTACT, " "))));
        assertEquals(List.of("consentFrom"), fields(ReferralRules.check(input("epd-1234", null, null, "Of ze ging"))));
    }

    @Test
    void requiredChoicesAreNamed() {
        ReferralInput empty = new ReferralInput(null, null, null, null, null, null, null, null, false, false, null, null, null, null,
                false, null, null);
        assertEquals(List.of("clientRef", "organisationId", "level", "treatmentPhase", "route"), fields(ReferralRules.check(empty)));
    }

    @Test
    void outcomeCountsOnlyWhenTheClientWent() {
        assertEquals(List.of("meetingsAttended"), fields(ReferralRules.check(new OutcomeInput(FirstMeeting.NOT_YET, 2, null, null))));
        assertEquals(List.of("meetingsAttended"), fields(ReferralRules.check(new OutcomeInput(FirstMeeting.YES, -1, null, true))));
        assertEquals(List.of("firstMeeting"), fields(ReferralRules.check(new OutcomeInput(null, null, null, null))));
        assertEquals(List.of(), ReferralRules.check(new OutcomeInput(FirstMeeting.YES, 3, null, true)));
    }

    @Test
    void nabesprekingFollowsTheFirstMeetingThenTheNextEvaluation() {
        Referral referral = new Referral();
        referral.status = ReferralStatus.ACCEPTED;
        referral.evaluationDates = new LocalDate[] { LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 15) };
        assertEquals(TODAY.plusDays(14), ReferralRules.followUpDue(referral, TODAY, TODAY));
        referral.firstMeetingOn = LocalDate.of(2026, 12, 10);
        assertEquals(LocalDate.of(2026, 12, 17), ReferralRules.followUpDue(referral, TODAY, TODAY));
        referral.firstMeeting = FirstMeeting.NOT_YET;
        assertEquals(LocalDate.of(2026, 12, 17), ReferralRules.followUpDue(referral, TODAY, TODAY));
        referral.firstMeeting = FirstMeeting.YES;
        assertEquals(LocalDate.of(2027, 1, 15), ReferralRules.followUpDue(referral, TODAY, TODAY));
        referral.status = ReferralStatus.COMPLETED;
        assertNull(ReferralRules.followUpDue(referral, TODAY, TODAY));
    }

    @Test
    void worklistReasonsSayWhyARowIsThere() {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        Referral referral = new Referral();
        referral.status = ReferralStatus.ACCEPTED;
        referral.followUpDue = TODAY.minusDays(1);
        referral.modifiedAt = now.minusSeconds(60);
        referral.checkinAt = now.minusSeconds(30);
        assertEquals(Set.of(WorklistReason.OVERDUE, WorklistReason.RECENTLY_CHANGED, WorklistReason.WITHOUT_OUTCOME,
                WorklistReason.CHECKIN_RECEIVED), Worklist.reasons(referral, TODAY, now));
        referral.followUpDue = TODAY.plusDays(7);
        referral.modifiedAt = now.minusSeconds(8 * 86400);
        referral.firstMeeting = FirstMeeting.YES;
        referral.outcomeAt = now;
        assertEquals(Set.of(WorklistReason.DUE), Worklist.reasons(referral, TODAY, now));
    }
}
