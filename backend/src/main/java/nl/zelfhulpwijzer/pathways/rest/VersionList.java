package nl.zelfhulpwijzer.pathways.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "De versies van een zorgpad, oudste eerst.")
public record VersionList(@Schema(required = true) List<VersionSummary> items) {
}
