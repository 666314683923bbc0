package nl.zelfhulpwijzer.referrals.checkin.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.CheckinAnswer;
import nl.zelfhulpwijzer.referrals.NotForMeReason;

/** The client's answer; a reason only with NOT_FOR_ME, and optional there. */
@Schema(name = "CheckinAnswerInput")
public record CheckinAnswerInput(
        @Schema(required = true, example = "BEEN") CheckinAnswer answer,
        @Schema(description = "Alleen bij NOT_FOR_ME, niet verplicht.") NotForMeReason reason) {
}
