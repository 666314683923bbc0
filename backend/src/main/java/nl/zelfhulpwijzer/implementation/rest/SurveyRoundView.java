package nl.zelfhulpwijzer.implementation.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Een ronde van de vragenlijst: de nulmeting of een vervolgmeting.")
public record SurveyRoundView(
        @Schema(required = true) long id,
        @Schema(required = true, enumeration = { "BASELINE", "FOLLOW_UP" }) String kind,
        @Schema(required = true) String label,
        @Schema(required = true, enumeration = { "OPEN", "CLOSED" }) String status,
        @Schema(required = true) Instant openedAt,
        Instant closedAt,
        @Schema(required = true, description = "Aantal ingevulde vragenlijsten.") long respondents,
        @Schema(required = true, description = "Of de ingelogde gebruiker in deze ronde al antwoordde.") boolean responded) {
}
