package nl.zelfhulpwijzer.interop.hsds;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.directory.DirectoryQueries.GroupPlace;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** HSDS service_at_locations: each place of a group, plus one virtual location for its online meetings. Public. */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsServiceAtLocationResource {

    @Inject
    DirectoryQueries directory;

    @Inject
    HsdsGroups groups;

    @Inject
    HsdsListResponses responses;

    @Inject
    Clock clock;

    @GET
    @Path("/service_at_locations")
    @Produces({ MediaType.APPLICATION_JSON, HsdsListResponses.NDJSON })
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServiceAtLocations", summary = "De plaatsen van groepen als HSDS-service_at_locations",
            description = "Eén per groep en plaats (ook de plaatsen van losse bijeenkomsten), plus één virtuele locatie voor de "
                    + "online bijeenkomsten van een groep. Zonder full de locatie en service zonder lijsten. Parameters combineren met EN.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met service_at_locations, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.ServiceAtLocationPage.class)),
            @Content(mediaType = HsdsListResponses.NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsServiceAtLocation per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
    public Response serviceAtLocations(
            @QueryParam("search") @Parameter(description = "Zoekwoorden.") String search,
            @QueryParam("taxonomy_term_id") @Parameter(schema = @Schema(format = "uuid")) String taxonomyTermId,
            @QueryParam("taxonomy_id") @Parameter(schema = @Schema(format = "uuid")) String taxonomyId,
            @QueryParam("organization_id") @Parameter(schema = @Schema(format = "uuid")) String organizationId,
            @QueryParam("modified_after") @Parameter(schema = @Schema(format = "date-time")) String modifiedAfter,
            @QueryParam("full") @Parameter(description = "true: volledig genest.", schema = @Schema(type = SchemaType.BOOLEAN)) String full,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "json", "ndjson" })) String format) {
        HsdsQuery query = new HsdsQuery();
        boolean nested = HsdsQuery.bool(full, "full", query.errors);
        HsdsListRequest list = HsdsListRequest.of(page, perPage, format, query.errors);
        query.groupsMatching(search, organizationId, modifiedAfter, taxonomyTermId, taxonomyId, directory::organisations);
        query.throwIfInvalid();
        Instant now = clock.instant();
        if (list.ndjson()) {
            return responses.ndjson(directory.groupIds(query.search, null, null), ids -> directory.groups(ids).stream()
                    .flatMap(g -> serviceAtLocations(g, nested, now).stream()).toList());
        }
        long total = directory.countGroupPlaces(query.search);
        List<GroupPlace> found = directory.groupPlaces(query.search, list.perPage(), list.offset());
        Map<Long, SelfHelpGroup> byGroupId = new LinkedHashMap<>();
        directory.groups(found.stream().map(GroupPlace::groupId).distinct().toList()).forEach(g -> byGroupId.put(g.id, g));
        Map<String, HsdsModel.ServiceAtLocation> byId = new LinkedHashMap<>();
        byGroupId.values().forEach(g -> serviceAtLocations(g, nested, now).forEach(s -> byId.put(s.id(), s)));
        List<HsdsModel.ServiceAtLocation> contents = found.stream()
                .map(p -> byId.get(HsdsMapper.serviceAtLocationId(byGroupId.get(p.groupId()).slug, p.place())))
                .filter(Objects::nonNull).toList();
        return HsdsListResponses.json(HsdsModel.ServiceAtLocationPage.of(contents, list.page(), list.perPage(), total));
    }

    @GET
    @Path("/service_at_locations/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServiceAtLocation", summary = "Eén plaats van een groep, volledig genest",
            description = "Als het compiled schema service_at_location.json van HSDS 3.0 (met de volledige service).")
    @APIResponse(responseCode = "200", description = "De service_at_location.")
    @APIResponse(responseCode = "404", description = "Onbekende service_at_location.")
    public HsdsModel.ServiceAtLocation serviceAtLocation(@PathParam("id") String id) {
        // Name-based UUIDs cannot be reversed: find the (group, place) pair whose id it is.
        String slug = directory.allGroupPlaces().stream()
                .filter(p -> HsdsMapper.serviceAtLocationId(p.groupSlug(), p.place()).equalsIgnoreCase(id.trim()))
                .map(GroupPlace::groupSlug).findFirst()
                .orElseThrow(() -> new NotFound("Er is geen service_at_location met id '" + id + "'."));
        return serviceAtLocations(directory.group(slug), true, clock.instant()).stream().filter(s -> s.id().equalsIgnoreCase(id.trim()))
                .findFirst().orElseThrow(() -> new NotFound("Er is geen service_at_location met id '" + id + "'."));
    }

    private List<HsdsModel.ServiceAtLocation> serviceAtLocations(SelfHelpGroup g, boolean full, Instant now) {
        HsdsModel.Service service = groups.service(g, full, now);
        List<HsdsModel.ServiceAtLocation> all = HsdsMapper.serviceAtLocations(g, full ? withoutLocations(service) : service);
        if (full) {
            return all;
        }
        return all.stream().map(s -> new HsdsModel.ServiceAtLocation(s.id(), s.serviceId(), s.locationId(), s.description(),
                oneToOne(s.location()), s.service())).toList();
    }

    /** Inside a service_at_location the service does not repeat its own service_at_locations. */
    private static HsdsModel.Service withoutLocations(HsdsModel.Service s) {
        return new HsdsModel.Service(s.id(), s.organizationId(), s.name(), s.alternateName(), s.description(), s.url(), s.email(),
                s.status(), s.eligibilityDescription(), s.applicationProcess(), s.feesDescription(), s.assuredDate(),
                s.lastModified(), s.alert(), s.organization(), s.phones(), s.schedules(), null, s.languages(), s.attributes(),
                s.metadata());
    }

    private static HsdsModel.Location oneToOne(HsdsModel.Location l) {
        return new HsdsModel.Location(l.id(), l.locationType(), l.url(), l.name(), l.description(), l.latitude(), l.longitude(),
                null, null);
    }
}
