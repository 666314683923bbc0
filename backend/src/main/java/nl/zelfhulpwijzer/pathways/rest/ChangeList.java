package nl.zelfhulpwijzer.pathways.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Wijzigingsgeschiedenis van een zorgpad, oudste eerst.")
public record ChangeList(@Schema(required = true) List<ChangeEntry> items) {
}
