package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tip, criterion, caution, risk signal or a barrier with its answer; the answer may cite another passage. */
@Schema(description = "Handreiking. Bij een drempel (BARRIER) staat het antwoord in answer, met een eigen bron.")
public record Guidance(
        @Schema(required = true) GuidanceKind kind,
        @Schema(required = true) String text,
        String answer,
        @Schema(required = true) Citation source,
        Citation answerSource) {
}
