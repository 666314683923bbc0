package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.AssessmentStatus;

@Schema(description = "Zelfbeoordeling van de eigen instelling tegen de adviezen van de pilot.")
public record SelfAssessmentView(
        @Schema(required = true) String institution,
        @Schema(required = true, description = "Aantal adviezen per status.") Map<AssessmentStatus, Integer> counts,
        @Schema(required = true) List<AdviceView> items) {
}
