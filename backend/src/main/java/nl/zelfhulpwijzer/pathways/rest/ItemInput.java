package nl.zelfhulpwijzer.pathways.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Item;

@Schema(description = "Materiaal of punt van de checklist.")
public record ItemInput(
        @Schema(required = true) @NotBlank(message = "Vul de tekst in.") @Size(max = 1000, message = "Gebruik hoogstens 1000 tekens.") String text,
        @Schema(required = true) @NotNull(message = "Geef de bron op.") @Valid CitationInput source) {

    Item toItem() {
        return new Item(text.trim(), source.toCitation());
    }
}
