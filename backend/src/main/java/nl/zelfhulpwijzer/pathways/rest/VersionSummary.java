package nl.zelfhulpwijzer.pathways.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.common.versioning.VersionStatus;

@Schema(description = "Een versie van een zorgpad, zonder inhoud.")
public record VersionSummary(
        @Schema(required = true) int number,
        @Schema(required = true) VersionStatus status,
        @Schema(description = "Versie waarvan dit concept is gemaakt.") Integer basedOn,
        Instant createdAt,
        Instant publishedAt) {
}
