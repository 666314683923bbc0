package nl.zelfhulpwijzer.pathways.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Citation;

@Schema(description = "Bron van een stuk inhoud. Verplicht op elke stap, elk item en elke handreiking.")
public record CitationInput(
        @Schema(required = true, example = "002_e30f9ceb731b810b.txt")
        @NotBlank(message = "Vul het brondocument in.")
        @Pattern(regexp = "\\d{3}_[0-9a-f]{16}\\.txt", message = "Gebruik de bestandsnaam van een brondocument, zoals 002_e30f9ceb731b810b.txt.")
        String document,
        @Schema(required = true) @NotBlank(message = "Vul het hoofdstuk of de kop in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String section,
        @Schema(required = true) @NotBlank(message = "Neem een letterlijke passage uit de bron over.") @Size(max = 500, message = "Gebruik hoogstens 500 tekens.") String quote) {

    Citation toCitation() {
        return new Citation(document.trim(), section.trim(), quote.trim());
    }
}
