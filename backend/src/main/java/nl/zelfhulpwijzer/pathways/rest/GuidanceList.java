package nl.zelfhulpwijzer.pathways.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Handreikingen uit de gepubliceerde zorgpaden.")
public record GuidanceList(@Schema(required = true) List<GuidanceHit> items) {
}
