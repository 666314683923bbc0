package nl.zelfhulpwijzer.interop.hsds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.directory.Organisation;

/** HSDS organizations: our organisations, optionally with their groups as services. Public. */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsOrganizationResource {

    @Inject
    DirectoryQueries directory;

    @Inject
    HsdsGroups groups;

    @Inject
    HsdsListResponses responses;

    @Inject
    Clock clock;

    @GET
    @Path("/organizations")
    @Produces({ MediaType.APPLICATION_JSON, HsdsListResponses.NDJSON })
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsOrganizations", summary = "Organisaties als HSDS-organizations",
            description = "Zonder full alleen de een-op-een-velden; full=true voegt telefoonnummers, taxonomietermen en de groepen "
                    + "(alleen een-op-een-velden) toe, full_service=true de groepen volledig.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met organisaties, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.OrganizationPage.class)),
            @Content(mediaType = HsdsListResponses.NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsOrganization per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
    public Response organizations(
            @QueryParam("search") @Parameter(description = "Zoekwoorden in naam en beschrijving.") String search,
            @QueryParam("full_service") @Parameter(description = "true: met de groepen volledig genest.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String fullService,
            @QueryParam("full") @Parameter(description = "true: volledig genest.", schema = @Schema(type = SchemaType.BOOLEAN)) String full,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "json", "ndjson" })) String format) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean withServices = HsdsQuery.bool(fullService, "full_service", errors);
        boolean nested = HsdsQuery.bool(full, "full", errors) || withServices;
        HsdsListRequest list = HsdsListRequest.of(page, perPage, format, errors).search(search);
        list.throwIfInvalid();
        Function<Organisation, HsdsModel.Organization> map = o -> organization(o, nested, withServices);
        if (list.ndjson()) {
            return responses.ndjson(directory.organisations(search, null, 0), batch -> batch.stream().map(map).toList());
        }
        long total = directory.countOrganisations(search);
        List<Organisation> organisations = directory.organisations(search, list.page() - 1, list.perPage());
        return HsdsListResponses.json(HsdsModel.OrganizationPage.of(organisations.stream().map(map).toList(), list.page(),
                list.perPage(), total));
    }

    @GET
    @Path("/organizations/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsOrganization", summary = "Eén organisatie als volledig geneste HSDS-organization",
            description = "Met de groepen als services: alleen de een-op-een-velden, of volledig met full_service=true.")
    @APIResponse(responseCode = "200", description = "De organisatie.")
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    public HsdsModel.Organization organization(@PathParam("id") String id,
            @QueryParam("full_service") @Parameter(description = "true: met de groepen volledig genest.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String fullService) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean withServices = HsdsQuery.bool(fullService, "full_service", errors);
        InvalidInput.failOn(errors.stream().map(e -> new FieldError(e.field(), e.message())).toList());
        return directory.organisations().stream()
                .filter(o -> HsdsMapper.uuid("organisation", o.id).equalsIgnoreCase(id) || o.id.equals(id))
                .findFirst().map(o -> organization(o, true, withServices))
                .orElseThrow(() -> new NotFound("Er is geen organisatie met id '" + id + "'."));
    }

    private HsdsModel.Organization organization(Organisation o, boolean full, boolean fullServices) {
        if (!full) {
            return HsdsMapper.organization(o);
        }
        Instant now = clock.instant();
        List<HsdsModel.Service> services = groups.services(directory.groups(directory.groupIdsOf(o.id)), fullServices, now);
        return HsdsMapper.organization(o, true, services);
    }
}
