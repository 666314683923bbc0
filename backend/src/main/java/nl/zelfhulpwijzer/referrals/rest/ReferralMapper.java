package nl.zelfhulpwijzer.referrals.rest;

import java.util.Arrays;
import java.util.List;

import nl.zelfhulpwijzer.referrals.AdviceSnapshot;
import nl.zelfhulpwijzer.referrals.Referral;
import nl.zelfhulpwijzer.referrals.ReferralInput;
import nl.zelfhulpwijzer.referrals.ReferralTransition;
import nl.zelfhulpwijzer.referrals.ReferralTransitions;
import nl.zelfhulpwijzer.referrals.rest.ReferralCreate.AdviceSnapshotDto;
import nl.zelfhulpwijzer.referrals.rest.ReferralCreate.ConsentDto;

/** Between the API's records and the referral domain. */
final class ReferralMapper {

    private ReferralMapper() {
    }

    static ReferralInput toInput(ReferralCreate in) {
        AdviceSnapshotDto advice = in.adviceSnapshot();
        ConsentDto consent = in.followUpConsent();
        return new ReferralInput(in.clientRef(), in.organisationId(), blankToNull(in.groupSlug()), blankToNull(in.meetingSlug()),
                in.level(), in.treatmentPhase(), in.route(),
                advice == null ? null : new AdviceSnapshot(advice.catalogueVersion(), advice.verdict(), listOf(advice.reasons()),
                        listOf(advice.cautions())),
                in.inCarePlan(), in.trialAgreed(),
                consent == null ? null : consent.topics(), consent == null ? null : consent.from(),
                consent == null ? null : consent.until(),
                blankToNull(in.note()), in.draft(), in.firstMeetingOn(), in.evaluationDates());
    }

    static ReferralView toView(Referral r, List<ReferralTransition> transitions) {
        AdviceSnapshot advice = r.adviceSnapshot;
        return new ReferralView(r.id, r.clientRef, r.organisationId, r.groupSlug, r.meetingSlug, r.level, r.treatmentPhase, r.route,
                advice == null ? null : new AdviceSnapshotDto(advice.catalogueVersion(), advice.verdict(), advice.reasons(), advice.cautions()),
                r.inCarePlan, r.trialAgreed,
                r.consentFrom == null ? null : new ConsentDto(r.consentTopics, r.consentFrom, r.consentUntil),
                r.note, r.status, r.statusReason, r.firstMeetingOn, r.followUpDue, Arrays.asList(r.evaluationDates),
                r.firstMeeting == null ? null : new OutcomeRequest(r.firstMeeting, r.meetingsAttended, r.notForMeReason, r.continues),
                r.checkinAnswer == null ? null : new ReferralView.CheckinView(r.checkinAnswer, r.checkinAt),
                r.createdBy, r.createdAt, r.modifiedAt, r.closedAt, r.version,
                ReferralTransitions.next(r.status).stream()
                        .map(to -> new ReferralView.AllowedTransition(to, ReferralTransitions.reasonRequired(to))).toList(),
                transitions == null ? null : transitions.stream().map(ReferralMapper::toView).toList());
    }

    private static ReferralView.TransitionView toView(ReferralTransition t) {
        return new ReferralView.TransitionView(t.fromStatus, t.toStatus, t.reason, t.actor, t.actorRole, t.at);
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
