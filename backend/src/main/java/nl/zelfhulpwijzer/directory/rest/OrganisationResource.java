package nl.zelfhulpwijzer.directory.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.directory.DirectoryEtags;
import nl.zelfhulpwijzer.directory.DirectoryHistory;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.OrganisationCreate;
import nl.zelfhulpwijzer.directory.OrganisationRepository;
import nl.zelfhulpwijzer.directory.OrganisationStatus;
import nl.zelfhulpwijzer.directory.OrganisationWrite;
import nl.zelfhulpwijzer.directory.OrganisationWrites;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sociale kaart", description = "Openbare gegevens over zelfhulporganisaties.")
public class OrganisationResource {

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationWrites organisationWrites;

    @Inject
    DirectoryHistory changeHistory;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listOrganisations", summary = "Zoek organisaties",
            description = "Openbaar. Filters combineren met EN; resultaat op naam gesorteerd. Niet-actieve organisaties "
                    + "alleen met status=INACTIVE of includeInactive=true.")
    @APIResponse(responseCode = "200", description = "Een pagina met organisaties.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter of paginering.")
    public PageResult<OrganisationSummary> list(@Valid @BeanParam OrganisationSearchParams params) {
        OrganisationSearchParams.SearchRequest request = params.toRequest();
        return organisations.search(request.filter(), request.page()).map(OrganisationMapper::toSummary);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "Eén organisatie met contactgegevens",
            description = "Ook een niet-actieve organisatie is hier te vinden, met status INACTIVE (links blijven werken).")
    @APIResponse(responseCode = "200", description = "De organisatie; de ETag dient voor If-Match bij wijzigen.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    public RestResponse<OrganisationDetail> get(@PathParam("id") String id) {
        return organisations.findWithContactPoints(id)
                .map(o -> EtagResponses.ok(OrganisationMapper.toDetail(o), DirectoryEtags.etag(o)))
                .orElseThrow(() -> ProblemException.notFound("Er is geen organisatie met id '" + id + "'."));
    }

    // ------------------------------------------------------------------ organisations

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "createOrganisation", summary = "Maak een organisatie met haar contactgegevens",
            description = "De coördinator die haar maakt, geldt als controleur (verifiedBy). Alles komt in de geschiedenis.")
    @APIResponse(responseCode = "201", description = "Gemaakt; ETag voor If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDetail.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer; niets opgeslagen.")
    public RestResponse<OrganisationDetail> createOrganisation(
            @NotNull(message = "Stuur de gegevens van de organisatie mee.") OrganisationCreate input) {
        Organisation organisation = organisationWrites.createOrganisation(input, user.username());
        return EtagResponses.created(URI.create("/api/v1/organisations/" + organisation.id),
                OrganisationMapper.toDetail(organisation), DirectoryEtags.etag(organisation));
    }

    @PUT
    @Transactional
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "updateOrganisation", summary = "Wijzig een organisatie en haar contactgegevens",
            description = "Stuur de ETag van GET /api/v1/organisations/{id} mee in If-Match. De contactgegevens worden vervangen.")
    @APIResponse(responseCode = "200", description = "Gewijzigd; nieuwe ETag.")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    @APIResponse(responseCode = "412", description = "Intussen door iemand anders gewijzigd.")
    public RestResponse<OrganisationDetail> updateOrganisation(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur de gegevens van de organisatie mee.") OrganisationWrite input) {
        return organisationWithEtag(organisationWrites.updateOrganisation(id, ifMatch, input, user.username()));
    }

    @POST
    @Transactional
    @Path("/{id}/verify")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "verifyOrganisation", summary = "Bevestig dat de gegevens van een organisatie kloppen")
    @APIResponse(responseCode = "200", description = "Gecontroleerd.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<OrganisationDetail> verifyOrganisation(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "De ETag van de organisatie.") String ifMatch) {
        return organisationWithEtag(organisationWrites.verifyOrganisation(id, ifMatch, user.username()));
    }

    @POST
    @Transactional
    @Path("/{id}/deactivate")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "deactivateOrganisation", summary = "Zet een organisatie op niet actief",
            description = "De organisatie verdwijnt uit de openbare lijst en haar groepen uit het zoeken. Haar pagina blijft "
                    + "bereikbaar, met de status INACTIVE. Stuur de ETag mee in If-Match.")
    @APIResponse(responseCode = "200", description = "Niet actief.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<OrganisationDetail> deactivateOrganisation(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "De ETag van de organisatie.") String ifMatch) {
        return organisationWithEtag(organisationWrites.setOrganisationStatus(id, ifMatch, OrganisationStatus.INACTIVE, user.username()));
    }

    @POST
    @Transactional
    @Path("/{id}/activate")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "activateOrganisation", summary = "Zet een organisatie weer op actief",
            description = "Ook voor een organisatie in oprichting die nu van start gaat. Stuur de ETag mee in If-Match.")
    @APIResponse(responseCode = "200", description = "Actief.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<OrganisationDetail> activateOrganisation(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "De ETag van de organisatie.") String ifMatch) {
        return organisationWithEtag(organisationWrites.setOrganisationStatus(id, ifMatch, OrganisationStatus.ACTIVE, user.username()));
    }

    @GET
    @Transactional
    @Path("/{id}/history")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "organisationHistory", summary = "Wijzigingen van een organisatie, per veld, nieuwste eerst")
    @APIResponse(responseCode = "200", description = "De wijzigingen.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    public List<ChangeDto> organisationHistory(@PathParam("id") String id) {
        return changeHistory.organisationHistory(id).stream()
                .map(ChangeDto::of)
                .toList();
    }

    private RestResponse<OrganisationDetail> organisationWithEtag(Organisation organisation) {
        Organisation.flush();
        return EtagResponses.ok(OrganisationMapper.toDetail(organisation), DirectoryEtags.etag(organisation));
    }
}
