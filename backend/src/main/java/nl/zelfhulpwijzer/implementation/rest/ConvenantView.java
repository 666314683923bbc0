package nl.zelfhulpwijzer.implementation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Citation;

@Schema(description = "Het convenant van de eigen instelling met zelfhulporganisaties.")
public record ConvenantView(
        @Schema(required = true, enumeration = { "DRAFT", "SIGNED" }) String status,
        @Schema(required = true) List<String> parties,
        @Schema(description = "De wederzijdse uitgangspunten en verwachtingen.") String principles,
        @Schema(description = "Concrete samenwerkingsafspraken.") String agreements,
        LocalDate signedOn,
        LocalDate evaluationDate,
        String updatedBy,
        Instant updatedAt,
        @Schema(required = true, description = "Waarde voor If-Match bij wijzigen.") String etag,
        @Schema(required = true, description = "Waar de handleiding het convenant beschrijft.") Citation source) {
}
