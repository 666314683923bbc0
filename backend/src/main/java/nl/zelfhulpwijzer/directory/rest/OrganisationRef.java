package nl.zelfhulpwijzer.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.OrganisationKind;

@Schema(description = "De organisatie waar een groep bij hoort.")
public record OrganisationRef(
        @Schema(required = true, example = "aa-nederland") String id,
        @Schema(required = true) String name,
        String shortName,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) Approach approach) {
}
