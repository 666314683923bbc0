package nl.zelfhulpwijzer.directory.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The summary's fields, flat in the JSON, plus the contact points. */
@Schema(description = "Een organisatie in de sociale kaart, met contactgegevens.")
public record OrganisationDetail(
        @JsonUnwrapped OrganisationSummary summary,
        @Schema(required = true) List<ContactPointDto> contactPoints) {
}
