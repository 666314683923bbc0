package nl.zelfhulpwijzer.referrals.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.referrals.ConsentFrom;

/** A new referral. Read strictly: any other field (such as a name or BSN) is refused with 422. */
@Schema(name = "ReferralCreate", additionalProperties = Schema.False.class, description = "Nieuwe verwijzing. Andere velden, "
        + "zoals naam, BSN, geboortedatum, adres, telefoon of e-mail, worden geweigerd (422).")
public record ReferralCreate(
        @Schema(required = true, description = "Pseudoniem van de cliënt uit het EPD (4–64 tekens, geen los nummer).",
                examples = "epd-7f3a91") String clientRef,
        @Schema(required = true, description = "Id van de organisatie uit de sociale kaart.", examples = "aa-nederland") String organisationId,
        @Schema(description = "Sleutel van een groep van die organisatie.") String groupSlug,
        @Schema(description = "Sleutel van een bijeenkomst van die organisatie (of groep).") String meetingSlug,
        @Schema(required = true) IntegrationLevel level,
        @Schema(required = true) TreatmentPhase treatmentPhase,
        @Schema(required = true) Route route,
        @Schema(description = "Het advies waar de verwijzing uit komt, zoals het toen was.") AdviceSnapshotDto adviceSnapshot,
        @Schema(description = "Vastgelegd in het behandelplan.") boolean inCarePlan,
        @Schema(description = "Proefperiode van zes bijeenkomsten afgesproken.") boolean trialAgreed,
        @Schema(description = "Toestemming voor navragen (zelfbindingscontract); zonder toestemming wordt niets nagevraagd.")
        ConsentDto followUpConsent,
        @Schema(description = "Korte notitie, hoogstens 1000 tekens. Schrijf geen namen.", maxLength = 1000) String note,
        @Schema(description = "Waar: opslaan als concept (draft) in plaats van meteen aanvragen (requested).") boolean draft,
        @Schema(description = "Datum van de eerste bijeenkomst, als die bekend is; de nabespreking volgt een week later.")
        LocalDate firstMeetingOn,
        @Schema(description = "Evaluatiedata van het behandelplan.") List<LocalDate> evaluationDates) {

    @Schema(name = "AdviceSnapshot", additionalProperties = Schema.False.class)
    public record AdviceSnapshotDto(@Schema(required = true) int catalogueVersion, @Schema(required = true) String verdict,
            List<String> reasons, List<String> cautions) {
    }

    @Schema(name = "FollowUpConsent", additionalProperties = Schema.False.class)
    public record ConsentDto(
            @Schema(required = true, description = "Wat gevraagd mag worden.", maxLength = 500) String topics,
            @Schema(required = true, description = "Aan wie: de cliënt of de contactpersoon (voorzitter) van de groep.")
            ConsentFrom from,
            @Schema(description = "Tot wanneer.") LocalDate until) {
    }
}
