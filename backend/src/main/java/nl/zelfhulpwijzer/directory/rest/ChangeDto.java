package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "Eén gewijzigd veld: oude en nieuwe waarde, wie en wanneer.")
public record ChangeDto(
        @Schema(required = true, enumeration = { "GROUP", "MEETING", "ORGANISATION" }) String entityType,
        @Schema(required = true) String entityKey,
        @Schema(required = true) String field,
        String oldValue,
        String newValue,
        @Schema(required = true) String changedBy,
        @Schema(required = true) Instant changedAt) {
}
