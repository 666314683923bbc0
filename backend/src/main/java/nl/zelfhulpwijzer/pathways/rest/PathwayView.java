package nl.zelfhulpwijzer.pathways.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Citation;
import nl.zelfhulpwijzer.pathways.Guidance;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.pathways.PathwayAudience;
import nl.zelfhulpwijzer.pathways.PathwayVariant;
import nl.zelfhulpwijzer.pathways.Step;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

@Schema(description = "Een zorgpad in een gepubliceerde versie, met stappen en algemene handreikingen.")
public record PathwayView(
        @Schema(required = true, example = "algemeen") String id,
        @Schema(required = true) PathwayVariant variant,
        @Schema(required = true) PathwayAudience audience,
        @Schema(required = true, description = "Versienummer.") int version,
        @Schema(required = true) VersionStatus status,
        Instant publishedAt,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(description = "Hoogste niveau dat een stap van dit zorgpad bereikt.") IntegrationLevel level,
        @Schema(required = true) Citation source,
        @Schema(required = true) List<Step> steps,
        @Schema(required = true, description = "Handreikingen die voor het hele zorgpad gelden.") List<Guidance> guidance) {
}
