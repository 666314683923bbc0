package nl.zelfhulpwijzer.referrals.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.ReferralStatus;

@Schema(name = "ReferralTransition", additionalProperties = Schema.False.class,
        description = "Statuswijziging; een reden is verplicht bij REJECTED, CANCELLED, ON_HOLD en FAILED.")
public record TransitionRequest(@Schema(required = true) ReferralStatus status,
        @Schema(maxLength = 500) String reason) {
}
