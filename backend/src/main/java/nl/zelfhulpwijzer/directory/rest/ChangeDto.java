package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.DirectoryChange;

@Schema(name = "Change", description = "Eén gewijzigd veld: oude en nieuwe waarde, wie en wanneer.")
public record ChangeDto(
        @Schema(required = true, enumeration = { "GROUP", "MEETING", "ORGANISATION" }) String entityType,
        @Schema(required = true) String entityKey,
        @Schema(required = true) String field,
        String oldValue,
        String newValue,
        @Schema(required = true) String changedBy,
        @Schema(required = true) Instant changedAt) {

    static ChangeDto of(DirectoryChange c) {
        return new ChangeDto(c.entityType, c.entityKey, c.field, c.oldValue, c.newValue, c.changedBy, c.changedAt);
    }
}
