package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a piece of content comes from: the seed file, the section heading in it and a verbatim passage. */
@Schema(description = "Bron: brondocument, hoofdstuk of kop, en een letterlijke passage waar de tekst op steunt.")
public record Citation(
        @Schema(required = true, example = "002_e30f9ceb731b810b.txt") String document,
        @Schema(required = true, example = "HOE VERWIJZEN?") String section,
        @Schema(required = true, description = "Letterlijke passage uit het brondocument.") String quote) {
}
