package nl.zelfhulpwijzer.referrals.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.FirstMeeting;
import nl.zelfhulpwijzer.referrals.NotForMeReason;

@Schema(name = "ReferralOutcome", additionalProperties = Schema.False.class,
        description = "Uitkomst zoals de cliënt die vertelt; nooit iets over andere deelnemers van de groep.")
public record OutcomeRequest(@Schema(required = true) FirstMeeting firstMeeting,
        @Schema(description = "Aantal bezochte bijeenkomsten (zegt de cliënt).", minimum = "0", maximum = "999") Integer meetingsAttended,
        @Schema(description = "Waarom het niet past, als categorie.") NotForMeReason notForMeReason,
        @Schema(description = "Gaat de cliënt door met de groep?") Boolean continues) {
}
