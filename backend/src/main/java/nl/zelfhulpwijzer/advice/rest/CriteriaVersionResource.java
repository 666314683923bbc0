package nl.zelfhulpwijzer.advice.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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

import nl.zelfhulpwijzer.advice.CatalogueCriterion;
import nl.zelfhulpwijzer.advice.CriteriaCatalogue;
import nl.zelfhulpwijzer.advice.CriteriaEditor;
import nl.zelfhulpwijzer.advice.CriterionKind;
import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.params.VersionParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.OrganisationKind;

/** Coordinators edit the criteria through a draft version: create, change criteria, publish or discard. */
@Path("/api/v1/criteria/versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Advies", description = "Welke groep past? Uitgelegd advies op basis van de verwijscriteria.")
public class CriteriaVersionResource {

    @Inject
    CriteriaEditor editor;

    @Inject
    CurrentUser user;

    @POST
    @Operation(operationId = "createCriteriaDraft", summary = "Nieuw concept van de verwijscriteria",
            description = "Alleen voor coördinatoren. Kopie van de nieuwste gepubliceerde versie; één concept tegelijk.")
    @APIResponse(responseCode = "201", description = "Het nieuwe concept.",
            headers = { @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.CatalogueDto.class)))
    @APIResponse(responseCode = "409", description = "Er is al een concept.")
    public RestResponse<CatalogueDtos.CatalogueDto> createDraft() {
        CriteriaCatalogue draft = editor.createDraft(user.username());
        return EtagResponses.created(URI.create("/api/v1/criteria/versions/" + draft.version), AdviceMapper.toDto(draft),
                draft.etag());
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getCriteriaVersion", summary = "Eén versie van de verwijscriteria, ook een concept, met ETag",
            description = "Alleen voor coördinatoren.")
    @APIResponse(responseCode = "200", description = "De versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.CatalogueDto.class)))
    @APIResponse(responseCode = "400", description = "Ongeldig versienummer.")
    @APIResponse(responseCode = "404", description = "Onbekende versie.")
    public RestResponse<CatalogueDtos.CatalogueDto> get(@PathParam("version") String version) {
        return withTag(editor.get(VersionParams.number(version, "version")));
    }

    @PUT
    @Path("/{version}/criteria/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveCriterion", summary = "Criterium in een concept opslaan (wijzigen of toevoegen)",
            description = "Alleen voor coördinatoren en alleen in een concept. Stuur If-Match met de ETag.")
    @APIResponse(responseCode = "200", description = "Het bijgewerkte concept.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.CatalogueDto.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende versie.")
    @APIResponse(responseCode = "409", description = "De versie is gepubliceerd.")
    @APIResponse(responseCode = "412", description = "Het concept is intussen gewijzigd.")
    public RestResponse<CatalogueDtos.CatalogueDto> save(@PathParam("version") String version, @PathParam("code") String code,
            @Parameter(description = "ETag van het concept.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur het criterium mee.") @Valid CriterionInput input) {
        int n = VersionParams.number(version, "version");
        return withTag(editor.save(n, toCriterion(code, input), ifMatch, user.username()));
    }

    @DELETE
    @Path("/{version}/criteria/{code}")
    @Operation(operationId = "deleteCriterion", summary = "Criterium uit een concept verwijderen", description = "Alleen voor coördinatoren.")
    @APIResponse(responseCode = "200", description = "Het bijgewerkte concept.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.CatalogueDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende versie of criterium.")
    @APIResponse(responseCode = "409", description = "De versie is gepubliceerd.")
    @APIResponse(responseCode = "412", description = "Het concept is intussen gewijzigd.")
    public RestResponse<CatalogueDtos.CatalogueDto> delete(@PathParam("version") String version, @PathParam("code") String code,
            @Parameter(description = "ETag van het concept.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(editor.delete(VersionParams.number(version, "version"), code, ifMatch, user.username()));
    }

    @POST
    @Path("/{version}/publish")
    @Operation(operationId = "publishCriteriaVersion", summary = "Concept publiceren",
            description = "Alleen voor coördinatoren. Daarna verandert deze versie nooit meer; het advies gebruikt haar meteen.")
    @APIResponse(responseCode = "200", description = "De gepubliceerde versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.CatalogueDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende versie.")
    @APIResponse(responseCode = "409", description = "De versie is al gepubliceerd.")
    @APIResponse(responseCode = "412", description = "Het concept is intussen gewijzigd.")
    @APIResponse(responseCode = "422", description = "Het concept heeft geen criteria.")
    public RestResponse<CatalogueDtos.CatalogueDto> publish(@PathParam("version") String version,
            @Parameter(description = "ETag van het concept.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(editor.publish(VersionParams.number(version, "version"), ifMatch, user.username()));
    }

    @DELETE
    @Path("/{version}")
    @Operation(operationId = "discardCriteriaDraft", summary = "Concept weggooien",
            description = "Alleen voor coördinatoren en alleen een concept; gepubliceerde versies blijven altijd bestaan.")
    @APIResponse(responseCode = "204", description = "Weggegooid.")
    @APIResponse(responseCode = "404", description = "Onbekende versie.")
    @APIResponse(responseCode = "409", description = "De versie is gepubliceerd.")
    @APIResponse(responseCode = "412", description = "Het concept is intussen gewijzigd.")
    public Response discard(@PathParam("version") String version,
            @Parameter(description = "ETag van het concept.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        editor.discard(VersionParams.number(version, "version"), ifMatch);
        return Response.noContent().build();
    }

    private static RestResponse<CatalogueDtos.CatalogueDto> withTag(CriteriaCatalogue c) {
        return EtagResponses.ok(AdviceMapper.toDto(c), c.etag());
    }

    private static CatalogueCriterion toCriterion(String code, CriterionInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{2,79}")) {
            errors.add(new Problem.FieldError("code", "Gebruik hoofdletters, cijfers en _ (3 tot 80 tekens), zoals CAUTION_NA_MEDICATION."));
        }
        CatalogueCriterion c = new CatalogueCriterion();
        c.code = code;
        c.kind = CodeParams.parse(CriterionKind.class, in.kind(), "kind", errors);
        c.approaches = codes(Approach.class, in.approaches(), "approaches", errors);
        c.organisationKinds = codes(OrganisationKind.class, in.organisationKinds(), "organisationKinds", errors);
        c.organisationIds = in.organisationIds() == null ? new String[0]
                : in.organisationIds().stream().distinct().sorted().toArray(String[]::new);
        c.text = in.text().trim();
        c.action = in.action() == null || in.action().isBlank() ? null : in.action().trim();
        c.sourceDocument = in.sourceDocument().trim();
        c.sourceSection = in.sourceSection().trim();
        c.sourceQuote = in.sourceQuote() == null || in.sourceQuote().isBlank() ? null : in.sourceQuote().trim();
        c.inference = Boolean.TRUE.equals(in.inference());
        CriteriaEditor.check(c).stream().map(Problem.FieldError::of).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return c;
    }

    private static <E extends Enum<E>> String[] codes(Class<E> type, List<String> raw, String field, List<Problem.FieldError> errors) {
        if (raw == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            E e = CodeParams.parse(type, raw.get(i), field + "[" + i + "]", errors);
            if (e != null && !out.contains(e.name())) {
                out.add(e.name());
            }
        }
        return out.stream().sorted().toArray(String[]::new);
    }
}
