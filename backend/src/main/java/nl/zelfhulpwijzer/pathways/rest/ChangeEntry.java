package nl.zelfhulpwijzer.pathways.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.ChangeAction;

@Schema(description = "Wie wat veranderde in welke versie.")
public record ChangeEntry(
        @Schema(required = true) int version,
        @Schema(required = true) ChangeAction action,
        String detail,
        @Schema(required = true) String changedBy,
        @Schema(required = true) Instant changedAt) {
}
