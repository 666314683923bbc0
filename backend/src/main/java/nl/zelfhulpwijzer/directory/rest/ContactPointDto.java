package nl.zelfhulpwijzer.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.ContactKind;

@Schema(name = "ContactPoint")
public record ContactPointDto(
        @Schema(required = true) ContactKind kind,
        String label,
        @Schema(required = true) String value,
        String note) {
}
