package nl.zelfhulpwijzer.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Waar de gegevens vandaan komen: brondocument en hoofdstuk.")
public record SourceReference(
        @Schema(required = true, example = "002_e30f9ceb731b810b.txt") String document,
        @Schema(required = true, example = "Bijlage 3") String section) {
}
