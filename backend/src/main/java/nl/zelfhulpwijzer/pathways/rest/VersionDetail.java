package nl.zelfhulpwijzer.pathways.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Citation;
import nl.zelfhulpwijzer.pathways.Guidance;
import nl.zelfhulpwijzer.pathways.Step;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

@Schema(description = "Een versie van een zorgpad voor redacteuren (coördinatoren), ook een concept.")
public record VersionDetail(
        @Schema(required = true) String pathwayId,
        @Schema(required = true) int number,
        @Schema(required = true) VersionStatus status,
        Integer basedOn,
        @Schema(required = true, description = "Waarde voor If-Match bij wijzigen.") String etag,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) Citation source,
        @Schema(required = true) List<Step> steps,
        @Schema(required = true) List<Guidance> guidance,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        String publishedBy,
        Instant publishedAt) {
}
