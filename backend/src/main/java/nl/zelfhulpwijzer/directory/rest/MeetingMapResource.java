package nl.zelfhulpwijzer.directory.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.http.ServerCache;
import nl.zelfhulpwijzer.directory.MeetingMapPoints;
import nl.zelfhulpwijzer.directory.places.PlaceLookup;

/** The finder's map: all hits of the meeting search as compact points, so the map needs no pages of full meetings. */
@Path("/api/v1/meeting-map")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groepen en bijeenkomsten")
public class MeetingMapResource {

    @Inject
    MeetingMapPoints mapPoints;

    @Inject
    PlaceLookup places;

    @Schema(name = "MapPoint", description = "Een groep op één adres.")
    public record MapPoint(
            @Schema(required = true, description = "Slug van de groep.") String group,
            @Schema(required = true, description = "Naam van de groep.") String name,
            @Schema(required = true) double lat,
            @Schema(required = true) double lon,
            @Schema(required = true, description = "Aantal gevonden bijeenkomsten op dit adres.") int meetings) {
    }

    @Schema(name = "MapPoints")
    public record MapPoints(
            @Schema(required = true) List<MapPoint> points,
            @Schema(required = true, description = "Aantal gevonden groepen, ook die zonder punt (online, of alleen de plaats bekend).")
            int groups,
            @Schema(required = true, description = "Er zijn meer punten dan " + MeetingMapPoints.MAX_POINTS
                    + "; kies meer filters.") boolean truncated) {
    }

    @GET
    @PublicCache
    @ServerCache
    @Operation(operationId = "meetingMap", summary = "Alle gevonden bijeenkomsten als punten op de kaart",
            description = "Openbaar. Dezelfde filters als het zoeken naar bijeenkomsten (page en size tellen niet mee). "
                    + "Eén punt per groep en adres; online bijeenkomsten en plaatsen zonder adres staan niet op de kaart.")
    @APIResponse(responseCode = "200", description = "De punten.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter.")
    public MapPoints meetingMap(@Valid @BeanParam MeetingSearchParams params) {
        MeetingMapPoints.Points found = mapPoints.find(params.toRequest(places).filter());
        return new MapPoints(found.points().stream()
                .map(p -> new MapPoint(p.groupSlug(), p.name(), p.latitude(), p.longitude(), p.meetings())).toList(),
                found.groups(), found.truncated());
    }
}
