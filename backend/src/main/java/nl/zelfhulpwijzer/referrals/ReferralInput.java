package nl.zelfhulpwijzer.referrals;

import java.time.LocalDate;
import java.util.List;

import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;

/** What a new referral says, parsed from the request; checked by {@link ReferralRules}. */
public record ReferralInput(
        String clientRef,
        String organisationId,
        String groupSlug,
        String meetingSlug,
        IntegrationLevel level,
        TreatmentPhase treatmentPhase,
        Route route,
        AdviceSnapshot adviceSnapshot,
        boolean inCarePlan,
        boolean trialAgreed,
        String consentTopics,
        ConsentFrom consentFrom,
        LocalDate consentUntil,
        String note,
        boolean draft,
        LocalDate firstMeetingOn,
        List<LocalDate> evaluationDates) {
}
