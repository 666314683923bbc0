package nl.zelfhulpwijzer.referrals.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.referrals.CheckinAnswer;
import nl.zelfhulpwijzer.referrals.ReferralStatus;
import nl.zelfhulpwijzer.referrals.rest.ReferralCreate.AdviceSnapshotDto;
import nl.zelfhulpwijzer.referrals.rest.ReferralCreate.ConsentDto;

/** A referral as the API shows it; {@code transitions} only when one referral is read. */
@Schema(name = "Referral")
public record ReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String clientRef,
        @Schema(required = true) String organisationId,
        String groupSlug,
        String meetingSlug,
        @Schema(required = true) IntegrationLevel level,
        @Schema(required = true) TreatmentPhase treatmentPhase,
        @Schema(required = true) Route route,
        AdviceSnapshotDto adviceSnapshot,
        @Schema(required = true) boolean inCarePlan,
        @Schema(required = true) boolean trialAgreed,
        ConsentDto followUpConsent,
        String note,
        @Schema(required = true) ReferralStatus status,
        @Schema(description = "De reden bij de laatste statuswijziging.") String statusReason,
        LocalDate firstMeetingOn,
        @Schema(description = "Volgende nabespreking of evaluatie.") LocalDate followUpDue,
        @Schema(required = true) List<LocalDate> evaluationDates,
        OutcomeRequest outcome,
        @Schema(description = "Antwoord van de cliënt via de check-in.") CheckinView checkin,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant modifiedAt,
        Instant closedAt,
        @Schema(required = true, description = "Versie; de ETag is \"v\" + versie.") long version,
        @Schema(required = true, description = "De statussen waarnaar de verwijzing nu kan, en of daarbij een reden nodig is.")
        List<AllowedTransition> allowedTransitions,
        List<TransitionView> transitions) {

    @Schema(name = "ReferralAllowedTransition")
    public record AllowedTransition(@Schema(required = true) ReferralStatus status, @Schema(required = true) boolean reasonRequired) {
    }

    @Schema(name = "ReferralCheckin")
    public record CheckinView(@Schema(required = true) CheckinAnswer answer, @Schema(required = true) Instant at) {
    }

    @Schema(name = "ReferralTransitionRecord", description = "Een statuswijziging: van, naar, waarom, wie en wanneer.")
    public record TransitionView(ReferralStatus from, @Schema(required = true) ReferralStatus to, String reason,
            @Schema(required = true) String actor, @Schema(required = true) String actorRole, @Schema(required = true) Instant at) {
    }
}
