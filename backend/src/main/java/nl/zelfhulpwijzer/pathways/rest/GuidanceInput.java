package nl.zelfhulpwijzer.pathways.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.GuidanceKind;

@Schema(description = "Handreiking bij een stap.")
public record GuidanceInput(
        @Schema(required = true, implementation = GuidanceKind.class) @NotBlank(message = "Kies de soort handreiking.") String kind,
        @Schema(required = true) @NotBlank(message = "Vul de tekst in.") @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.") String text,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.") String answer,
        @Schema(required = true) @NotNull(message = "Geef de bron op.") @Valid CitationInput source,
        @Valid CitationInput answerSource) {
}
