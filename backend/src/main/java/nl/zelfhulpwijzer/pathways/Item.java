package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A material or checklist item of a step, with its own citation. */
@Schema(name = "PathwayItem", description = "Materiaal of punt van de checklist, met bron.")
public record Item(@Schema(required = true) String text, @Schema(required = true) Citation source) {
}
