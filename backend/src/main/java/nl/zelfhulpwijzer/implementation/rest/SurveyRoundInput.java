package nl.zelfhulpwijzer.implementation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Een nieuwe ronde.")
public record SurveyRoundInput(
        @Schema(required = true, enumeration = { "BASELINE", "FOLLOW_UP" }) @NotBlank(message = "Kies nulmeting of vervolgmeting.") String kind,
        @Schema(required = true, example = "Nulmeting voorjaar 2026") @NotBlank(message = "Geef de ronde een naam.")
        @Size(max = 120, message = "Gebruik hoogstens 120 tekens.") String label) {
}
