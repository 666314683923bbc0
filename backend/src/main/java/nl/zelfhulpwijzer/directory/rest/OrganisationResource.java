package nl.zelfhulpwijzer.directory.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.OrganisationRepository;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sociale kaart", description = "Openbare gegevens over zelfhulporganisaties.")
public class OrganisationResource {

    @Inject
    OrganisationRepository organisations;

    @GET
    @Operation(operationId = "listOrganisations", summary = "Zoek organisaties",
            description = "Openbaar. Filters combineren met EN; resultaat op naam gesorteerd.")
    @APIResponse(responseCode = "200", description = "Een pagina met organisaties.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter of paginering.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResult<OrganisationSummary> list(@Valid @BeanParam OrganisationSearchParams params) {
        OrganisationSearchParams.SearchRequest request = params.toRequest();
        return organisations.search(request.filter(), request.page()).map(OrganisationMapper::toSummary);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "Eén organisatie met contactgegevens")
    @APIResponse(responseCode = "200", description = "De organisatie.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationDetail get(@PathParam("id") String id) {
        return organisations.findWithContactPoints(id)
                .map(OrganisationMapper::toDetail)
                .orElseThrow(() -> ProblemException.notFound("Er is geen organisatie met id '" + id + "'."));
    }
}
