package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationItem", description = "Een groep waarvan de gegevens opnieuw gecontroleerd moeten worden.")
public record VerificationItem(
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationRef organisation,
        String city,
        @Schema(description = "Leeg: nooit gecontroleerd.") Instant verifiedAt,
        String verifiedBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) boolean demo,
        @Schema(required = true, description = "Aantal open meldingen over deze groep.") long openReports,
        @Schema(required = true, description = "De waarde voor If-Match bij 'gegevens kloppen'.", example = "\"v3\"") String etag) {
}
