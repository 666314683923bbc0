package nl.zelfhulpwijzer.interop.hsds;

import java.time.Clock;
import java.time.Instant;
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
import nl.zelfhulpwijzer.directory.DirectoryQueries;

/** HSDS services: our self-help groups. Public. */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsServiceResource {

    @Inject
    DirectoryQueries directory;

    @Inject
    HsdsGroups groups;

    @Inject
    HsdsListResponses responses;

    @Inject
    Clock clock;

    @GET
    @Path("/services")
    @Produces({ MediaType.APPLICATION_JSON, HsdsListResponses.NDJSON })
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServices", summary = "Groepen als HSDS-services",
            description = "Parameters combineren met EN. Zonder full alleen de een-op-een-velden, zoals HSDS voorschrijft; "
                    + "minimal=true geeft alleen id, naam, status en last_modified (tot 1000 per pagina) om te synchroniseren; "
                    + "format=ndjson geeft alle resultaten zonder pagina's, één JSON-object per regel.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met services, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.ServicePage.class)),
            @Content(mediaType = HsdsListResponses.NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsService per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
    public Response services(
            @QueryParam("search") @Parameter(description = "Zoekwoorden.") String search,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(description = "Tot 100; met minimal=true tot 1000.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) String perPage,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "json", "ndjson" })) String format,
            @QueryParam("taxonomy_term_id") @Parameter(description = "Alleen groepen met deze taxonomieterm.",
                    schema = @Schema(format = "uuid")) String taxonomyTermId,
            @QueryParam("taxonomy_id") @Parameter(description = "Alleen groepen met een term uit deze taxonomie.",
                    schema = @Schema(format = "uuid")) String taxonomyId,
            @QueryParam("organization_id") @Parameter(schema = @Schema(format = "uuid")) String organizationId,
            @QueryParam("modified_after") @Parameter(description = "Alleen wat op of na dit tijdstip is gewijzigd.",
                    schema = @Schema(format = "date-time")) String modifiedAfter,
            @QueryParam("minimal") @Parameter(description = "true: alleen id, naam, status en last_modified.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String minimal,
            @QueryParam("full") @Parameter(description = "true: volledig genest.", schema = @Schema(type = SchemaType.BOOLEAN)) String full) {
        HsdsQuery query = new HsdsQuery();
        boolean isMinimal = HsdsQuery.bool(minimal, "minimal", query.errors);
        boolean nested = HsdsQuery.bool(full, "full", query.errors);
        int maxPerPage = isMinimal ? HsdsQuery.MAX_PER_PAGE_MINIMAL : HsdsQuery.MAX_PER_PAGE;
        HsdsListRequest list = HsdsListRequest.of(page, perPage, format, maxPerPage,
                isMinimal ? HsdsQuery.MAX_PER_PAGE_MINIMAL : HsdsListRequest.DEFAULT_PER_PAGE, query.errors);
        query.groupsMatching(search, organizationId, modifiedAfter, taxonomyTermId, taxonomyId, directory::organisations);
        query.throwIfInvalid();
        Instant now = clock.instant();
        Function<List<Long>, List<HsdsModel.Service>> services = ids -> groups.services(directory.groups(ids), nested, now)
                .stream().map(s -> isMinimal ? s.minimal() : s).toList();
        if (list.ndjson()) {
            return responses.ndjson(directory.groupIds(query.search, null, null), services);
        }
        long total = directory.count(query.search);
        List<HsdsModel.Service> contents = services.apply(directory.groupIds(query.search, list.perPage(), list.offset()));
        return HsdsListResponses.json(HsdsModel.ServicePage.of(contents, list.page(), list.perPage(), total));
    }

    @GET
    @Path("/services/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsService", summary = "Eén groep als volledig geneste HSDS-service")
    @APIResponse(responseCode = "200", description = "De service.")
    @APIResponse(responseCode = "404", description = "Onbekende service.")
    public HsdsModel.Service service(@PathParam("id") String id) {
        return groups.service(groups.find(id), true, clock.instant());
    }
}
