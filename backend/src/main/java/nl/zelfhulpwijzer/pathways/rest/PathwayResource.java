package nl.zelfhulpwijzer.pathways.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.params.VersionParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.pathways.GuidanceKind;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.pathways.PathwayAudience;
import nl.zelfhulpwijzer.pathways.PathwayService;
import nl.zelfhulpwijzer.pathways.PathwayService.Published;
import nl.zelfhulpwijzer.pathways.PathwayVariant;
import nl.zelfhulpwijzer.pathways.PathwayVersion;
import nl.zelfhulpwijzer.pathways.TreatmentPhase;

/**
 * Care pathways. Reading published content is public (an EPD can ask "what should happen for self-help at phase X?");
 * drafts, editing and history are for coordinators.
 */
@Path("/api/v1/pathways")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zorgpaden", description = "Voorlichting, verwijzing en integratie per fase van de behandeling, met bronnen.")
public class PathwayResource {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    @Inject
    PathwayService pathways;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listPathways", summary = "Gepubliceerde zorgpaden, eventueel voor één fase",
            description = "Openbaar. Met phase alleen de stappen voor die fase, en alleen zorgpaden die zulke stappen hebben. "
                    + "level is cumulatief: VERWIJZING geeft ook de stappen van VOORLICHTING.")
    @APIResponse(responseCode = "200", description = "De zorgpaden.")
    @APIResponse(responseCode = "400", description = "Onbekende code.")
    public PathwayList list(
            @Parameter(description = "Fase van de behandeling.", schema = @Schema(implementation = TreatmentPhase.class)) @QueryParam("phase") String phase,
            @Parameter(description = "Variant.", schema = @Schema(implementation = PathwayVariant.class)) @QueryParam("variant") String variant,
            @Parameter(description = "Doelgroep.", schema = @Schema(implementation = PathwayAudience.class)) @QueryParam("audience") String audience,
            @Parameter(description = "Niveau van de instelling (cumulatief).", schema = @Schema(implementation = IntegrationLevel.class)) @QueryParam("level") String level) {
        List<Problem.FieldError> errors = new ArrayList<>();
        TreatmentPhase phaseCode = CodeParams.parse(TreatmentPhase.class, phase, "phase", errors);
        PathwayVariant variantCode = CodeParams.parse(PathwayVariant.class, variant, "variant", errors);
        PathwayAudience audienceCode = CodeParams.parse(PathwayAudience.class, audience, "audience", errors);
        IntegrationLevel levelCode = CodeParams.parse(IntegrationLevel.class, level, "level", errors);
        failOn(errors);
        List<PathwayView> items = pathways.listPublished(variantCode, audienceCode).stream()
                .map(p -> PathwayMapper.toView(p, phaseCode, levelCode))
                .filter(view -> (phaseCode == null && levelCode == null) || !view.steps().isEmpty())
                .toList();
        return new PathwayList(items);
    }

    @GET
    @Path("/guidance")
    @Operation(operationId = "listPathwayGuidance", summary = "Handreikingen: tips, drempels met antwoorden, criteria",
            description = "Openbaar. Zonder phase ook de handreikingen die voor een heel zorgpad gelden.")
    @APIResponse(responseCode = "200", description = "De handreikingen.")
    @APIResponse(responseCode = "400", description = "Onbekende code.")
    public GuidanceList guidance(
            @Parameter(description = "Soort handreiking.", schema = @Schema(implementation = GuidanceKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Variant.", schema = @Schema(implementation = PathwayVariant.class)) @QueryParam("variant") String variant,
            @Parameter(description = "Fase van de behandeling.", schema = @Schema(implementation = TreatmentPhase.class)) @QueryParam("phase") String phase) {
        List<Problem.FieldError> errors = new ArrayList<>();
        GuidanceKind kindCode = CodeParams.parse(GuidanceKind.class, kind, "kind", errors);
        PathwayVariant variantCode = CodeParams.parse(PathwayVariant.class, variant, "variant", errors);
        TreatmentPhase phaseCode = CodeParams.parse(TreatmentPhase.class, phase, "phase", errors);
        failOn(errors);
        List<GuidanceHit> hits = new ArrayList<>();
        for (Published p : pathways.listPublished(variantCode, null)) {
            hits.addAll(PathwayMapper.guidance(p, phaseCode, kindCode));
        }
        return new GuidanceList(hits);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPathway", summary = "Eén zorgpad: de gepubliceerde of een eerdere versie",
            description = "Openbaar. Zonder version de gepubliceerde versie; een concept is hier niet te zien.")
    @APIResponse(responseCode = "200", description = "Het zorgpad.")
    @APIResponse(responseCode = "400", description = "Ongeldig versienummer.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad of versie.")
    public PathwayView get(@PathParam("id") String id,
            @Parameter(description = "Versienummer.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("version") String version) {
        Integer number = version == null || version.isBlank() ? null : VersionParams.number(version, "version");
        return PathwayMapper.toView(pathways.getPublic(id, number), null, null);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listPathwayVersions", summary = "Gepubliceerde en vervangen versies van een zorgpad",
            description = "Openbaar; concepten staan er niet bij.")
    @APIResponse(responseCode = "200", description = "De versies.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad.")
    public VersionList versions(@PathParam("id") String id) {
        return new VersionList(pathways.versions(id, false).stream().map(PathwayMapper::toSummary).toList());
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createPathwayDraft", summary = "Nieuw concept maken van de gepubliceerde versie",
            description = "Alleen voor coördinatoren. Er kan per zorgpad maar één concept tegelijk zijn.")
    @APIResponse(responseCode = "201", description = "Het nieuwe concept.",
            headers = { @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class)))
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad.")
    @APIResponse(responseCode = "409", description = "Er is al een concept.")
    public RestResponse<VersionDetail> createDraft(@PathParam("id") String id) {
        PathwayVersion draft = pathways.createDraft(id, user.username());
        return EtagResponses.created(URI.create("/api/v1/pathways/" + id + "/versions/" + draft.number),
                PathwayMapper.toDetail(draft), draft.etag());
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getPathwayDraft", summary = "Het open concept van een zorgpad, met ETag",
            description = "Alleen voor coördinatoren. 404 als er geen concept is.")
    @APIResponse(responseCode = "200", description = "Het concept.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class)))
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad, of geen concept.")
    public RestResponse<VersionDetail> getDraft(@PathParam("id") String id) {
        return withTag(pathways.getDraft(id));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getPathwayVersion", summary = "Eén versie, ook een concept, met ETag",
            description = "Alleen voor coördinatoren.")
    @APIResponse(responseCode = "200", description = "De versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class)))
    @APIResponse(responseCode = "400", description = "Ongeldig versienummer.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad of versie.")
    public RestResponse<VersionDetail> getVersion(@PathParam("id") String id, @PathParam("number") String number) {
        return withTag(pathways.getVersion(id, VersionParams.number(number, "number")));
    }

    @DELETE
    @Path("/{id}/versions/{number}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "discardPathwayDraft", summary = "Concept weggooien",
            description = "Alleen voor coördinatoren en alleen een concept; gepubliceerde versies blijven altijd bestaan.")
    @APIResponse(responseCode = "204", description = "Weggegooid.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad of versie.")
    @APIResponse(responseCode = "409", description = "De versie is gepubliceerd of vervangen.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    public Response discardDraft(@PathParam("id") String id, @PathParam("number") String number,
            @Parameter(description = "ETag van de versie.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        pathways.discardDraft(id, VersionParams.number(number, "number"), ifMatch, user.username());
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/versions/{number}/steps/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "savePathwayStep", summary = "Stap in een concept opslaan (wijzigen of toevoegen)",
            description = "Alleen voor coördinatoren en alleen in een concept. Stuur If-Match met de ETag om te voorkomen "
                    + "dat u andermans wijziging overschrijft.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad of versie.")
    @APIResponse(responseCode = "409", description = "De versie is gepubliceerd of vervangen.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    public RestResponse<VersionDetail> saveStep(@PathParam("id") String id, @PathParam("number") String number, @PathParam("key") String key,
            @Parameter(description = "ETag van de versie.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur de stap mee.") @Valid StepInput input) {
        int n = VersionParams.number(number, "number");
        checkKey(key);
        return withTag(pathways.saveStep(id, n, input.toStep(key), ifMatch, user.username()));
    }

    @DELETE
    @Path("/{id}/versions/{number}/steps/{key}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "deletePathwayStep", summary = "Stap uit een concept verwijderen", description = "Alleen voor coördinatoren.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class)))
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad, versie of stap.")
    @APIResponse(responseCode = "409", description = "De versie is gepubliceerd of vervangen.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    public RestResponse<VersionDetail> deleteStep(@PathParam("id") String id, @PathParam("number") String number, @PathParam("key") String key,
            @Parameter(description = "ETag van de versie.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int n = VersionParams.number(number, "number");
        return withTag(pathways.deleteStep(id, n, key, ifMatch, user.username()));
    }

    @POST
    @Path("/{id}/versions/{number}/publish")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "publishPathwayVersion", summary = "Concept publiceren",
            description = "Alleen voor coördinatoren. De vorige gepubliceerde versie wordt vervangen en blijft opvraagbaar.")
    @APIResponse(responseCode = "200", description = "De gepubliceerde versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class)))
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad of versie.")
    @APIResponse(responseCode = "409", description = "De versie is al gepubliceerd of vervangen.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    @APIResponse(responseCode = "422", description = "Het concept heeft geen stappen.")
    public RestResponse<VersionDetail> publish(@PathParam("id") String id, @PathParam("number") String number,
            @Parameter(description = "ETag van de versie.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(pathways.publish(id, VersionParams.number(number, "number"), ifMatch, user.username()));
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listPathwayChanges", summary = "Wie wat veranderde", description = "Alleen voor coördinatoren.")
    @APIResponse(responseCode = "200", description = "De geschiedenis.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad.")
    public ChangeList changes(@PathParam("id") String id) {
        return new ChangeList(pathways.changes(id).stream().map(PathwayMapper::toEntry).toList());
    }

    private static RestResponse<VersionDetail> withTag(PathwayVersion version) {
        return EtagResponses.ok(PathwayMapper.toDetail(version), version.etag());
    }

    private static void checkKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("key",
                    "Gebruik kleine letters, cijfers en streepjes (hoogstens 60 tekens).")));
        }
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
