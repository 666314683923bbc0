package nl.zelfhulpwijzer.implementation.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.AdviceArea;
import nl.zelfhulpwijzer.implementation.AssessmentStatus;
import nl.zelfhulpwijzer.pathways.Citation;

@Schema(description = "Een advies uit de adviesnota van de pilot, met de zelfbeoordeling van de eigen instelling.")
public record AdviceView(
        @Schema(required = true, example = "7a") String code,
        @Schema(required = true) AdviceArea area,
        @Schema(required = true) String text,
        @Schema(description = "Uitvoering volgens de adviesnota.") String executor,
        @Schema(required = true) Citation source,
        @Schema(required = true) AssessmentStatus status,
        String note,
        String updatedBy,
        Instant updatedAt) {
}
