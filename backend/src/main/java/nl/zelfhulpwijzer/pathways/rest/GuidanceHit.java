package nl.zelfhulpwijzer.pathways.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Guidance;
import nl.zelfhulpwijzer.pathways.PathwayVariant;
import nl.zelfhulpwijzer.pathways.TreatmentPhase;

@Schema(description = "Een handreiking met het zorgpad (en eventueel de stap) waar ze bij hoort.")
public record GuidanceHit(
        @Schema(required = true) String pathwayId,
        @Schema(required = true) PathwayVariant variant,
        @Schema(required = true) int version,
        @Schema(description = "Leeg als de handreiking voor het hele zorgpad geldt.") String stepKey,
        String stepTitle,
        @Schema(required = true, description = "Fasen van de stap; leeg voor het hele zorgpad.") List<TreatmentPhase> phases,
        @Schema(required = true) Guidance guidance) {
}
