package nl.zelfhulpwijzer.pathways.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Gepubliceerde zorgpaden; met een fase of niveau als filter alleen de stappen die daarbij horen.")
public record PathwayList(@Schema(required = true) List<PathwayView> items) {
}
