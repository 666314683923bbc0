package nl.zelfhulpwijzer.interop.meetingguide;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.directory.Meeting;

@Path("/api/v1")
@Tag(name = "Feeds", description = "Openbare feeds in standaardformaten: Meeting Guide JSON en iCalendar.")
public class MeetingGuideResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    DirectoryQueries directory;

    @Inject
    Clock clock;

    @ConfigProperty(name = "zhw.public-base-url", defaultValue = "http://localhost:5173")
    String publicBaseUrl;

    @GET
    @Path("/feeds/meeting-guide.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicCache
    @Transactional
    @Operation(operationId = "meetingGuideFeed", summary = "Meeting Guide JSON-feed van alle wekelijkse bijeenkomsten",
            description = "Openbaar, alleen lezen, zonder parameters; CORS voor iedere website. Maandelijkse bijeenkomsten "
                    + "staan er niet in (de Meeting Guide-specificatie kent alleen wekelijkse). Geen achternamen.")
    @APIResponse(responseCode = "200", description = "Een lijst van bijeenkomsten.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingGuideMeeting.class)))
    public List<MeetingGuideMeeting> feed() {
        return directory.listedMeetings().stream().filter(MeetingGuideMapper::exportable)
                .map(m -> MeetingGuideMapper.toFeed(m, publicBaseUrl)).toList();
    }

    @GET
    @Path("/meetings/{slug}/ics")
    @Produces(TEXT_CALENDAR)
    @Transactional
    @Operation(operationId = "meetingIcs", summary = "Bijeenkomst als iCalendar-bestand (zet in agenda)")
    @APIResponse(responseCode = "200", description = "Een .ics-bestand met een terugkerende afspraak.",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekende bijeenkomst.")
    public Response ics(@PathParam("slug") String slug) {
        Meeting meeting = directory.meeting(slug);
        return Response.ok(ICalendar.of(meeting, clock.instant(), publicBaseUrl), TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
                .build();
    }
}
