package nl.zelfhulpwijzer.interop.meetingguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds", description = "Openbare feeds in standaardformaten: Meeting Guide JSON en iCalendar.")
public class MeetingGuideImportResource {

    @Inject
    MeetingGuideImporter importer;

    @Inject
    CurrentUser user;

    @POST
    @Path("/admin/imports/meeting-guide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "importMeetingGuide", summary = "Importeer een Meeting Guide-feed voor één organisatie",
            description = "Per slug: onbekend wordt nieuw, bekend wordt bijgewerkt (alleen wat verschilt). Foute rijen worden "
                    + "met reden gemeld; de rest wordt geïmporteerd. Open bijeenkomsten van de organisatie die niet (meer) in "
                    + "de feed staan, worden gemeld en met closeMissing=true tijdelijk gesloten. Met dryRun=true wordt niets "
                    + "opgeslagen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingGuideMeeting.class)))
    @APIResponse(responseCode = "200", description = "Rapport per rij.")
    @APIResponse(responseCode = "400", description = "Geen lijst, te veel rijen, onbekende organisatie of closeMissing niet true/false.")
    public ImportReport importFeed(
            @QueryParam("organisation") @Parameter(required = true, description = "Id van de organisatie, bijvoorbeeld aa-nederland.") String organisation,
            @QueryParam("dryRun") @Parameter(description = "true: alleen laten zien wat er zou gebeuren.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("closeMissing") @Parameter(description = "true: open bijeenkomsten die niet (meer) in de feed staan, "
                    + "tijdelijk sluiten.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String closeMissing,
            JsonNode feed) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean close = Boolean.TRUE.equals(CodeParams.flag(closeMissing, "closeMissing", errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return importer.importFeed(feed, organisation, "true".equalsIgnoreCase(dryRun), close, user.username() + " (import)");
    }

    @GET
    @Path("/feeds/meeting-guide/types")
    @PublicCache
    @Operation(operationId = "meetingGuideTypes", summary = "Meeting Guide-typecodes met Nederlandse namen")
    @APIResponse(responseCode = "200", description = "Code → Nederlandse naam.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, additionalProperties = String.class)))
    public Map<String, String> types() {
        return MeetingGuideTypes.LABELS;
    }
}
