package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Het stappenplan ‘Onbenutte mogelijkheden’ van de eigen instelling.")
public record PlanView(
        @Schema(required = true) String institution,
        @Schema(required = true) int stepsDone,
        @Schema(required = true) int stepsTotal,
        @Schema(required = true) List<PlanStepView> steps) {
}
