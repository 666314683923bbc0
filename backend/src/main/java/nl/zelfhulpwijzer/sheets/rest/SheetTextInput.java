package nl.zelfhulpwijzer.sheets.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.sheets.SheetText;

@Schema(description = "Nieuwe tekst voor één sleutel, met de bron waar hij op steunt.")
public record SheetTextInput(
        @Schema(required = true) @NotBlank(message = "Geef een tekst.") @Size(max = 2000, message = "Hoogstens 2000 tekens.") String text,
        @Schema(required = true) @NotBlank(message = "Geef het brondocument.") @Size(max = 120, message = "Hoogstens 120 tekens.") String document,
        @Schema(required = true) @NotBlank(message = "Geef het hoofdstuk of de kop.") @Size(max = 200, message = "Hoogstens 200 tekens.") String section) {

    SheetText toText(String key) {
        return new SheetText(key, text.strip(), document.strip(), section.strip());
    }
}
