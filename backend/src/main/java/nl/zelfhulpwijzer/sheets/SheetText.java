package nl.zelfhulpwijzer.sheets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One text of the sheets that is not in the data, with its source (seed file and section). */
@Schema(description = "Tekst van de voorlichtingsbladen die niet uit de gegevens komt, met bron.")
public record SheetText(
        @Schema(required = true, example = "easy.sos") String key,
        @Schema(required = true, description = "De tekst; in makkelijk lezen staat elke regel voor één idee.") String text,
        @Schema(required = true, example = "004_9366bc2566e26373.txt") String document,
        @Schema(required = true, example = "ALARM!") String section) {
}
