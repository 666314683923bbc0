package nl.zelfhulpwijzer.referrals.checkin.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.checkin.Checkins;

/** A new check-in link for the client (also as QR code on the printed sheet); shown once. */
@Schema(name = "CheckinLink")
public record CheckinLinkView(
        @Schema(required = true, description = "Het geheime deel van de link; wordt niet bewaard en is later niet op te vragen.")
        String token,
        @Schema(required = true, description = "De link voor de cliënt.") String url,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true, description = "Zo vaak kan de cliënt een antwoord geven.") int maxUses) {

    static CheckinLinkView of(Checkins.NewLink link) {
        return new CheckinLinkView(link.token(), link.url(), link.expiresAt(), link.maxUses());
    }
}
