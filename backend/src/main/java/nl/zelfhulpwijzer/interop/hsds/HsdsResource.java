package nl.zelfhulpwijzer.interop.hsds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.DirectoryChange;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SearchTerms;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/**
 * Open Referral HSDS 3.0 read API over the same data (paths, parameters and shapes as the HSDS openapi.json):
 * organisations, groups as services, their places as service_at_locations, and our code lists as taxonomies. Public.
 */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsResource {

    public static final String NDJSON = "application/x-ndjson";
    static final String PROFILE = "https://docs.openreferral.org/en/v3.0/";
    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/")
    @Operation(operationId = "hsdsInfo", summary = "Over deze HSDS-API")
    @APIResponse(responseCode = "200", description = "Versie, profiel en de OpenAPI-beschrijving.")
    public HsdsModel.Info info(@Context UriInfo uri) {
        return new HsdsModel.Info("3.0", PROFILE, uri.getBaseUriBuilder().path("q/openapi").build().toString());
    }

    // ------------------------------------------------------------------ services

    @GET
    @Path("/services")
    @Produces({ MediaType.APPLICATION_JSON, NDJSON })
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServices", summary = "Groepen als HSDS-services",
            description = "Parameters combineren met EN. Zonder full alleen de een-op-een-velden, zoals HSDS voorschrijft; "
                    + "minimal=true geeft alleen id, naam, status en last_modified (tot 1000 per pagina) om te synchroniseren; "
                    + "format=ndjson geeft alle resultaten zonder pagina's, één JSON-object per regel.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met services, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.ServicePage.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsService per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
        int pageNumber = HsdsQuery.number(page, 1, Integer.MAX_VALUE, 1, "page", query.errors);
        int size = HsdsQuery.number(perPage, 1, isMinimal ? HsdsQuery.MAX_PER_PAGE_MINIMAL : HsdsQuery.MAX_PER_PAGE,
                isMinimal ? HsdsQuery.MAX_PER_PAGE_MINIMAL : 50, "per_page", query.errors);
        boolean ndjson = HsdsQuery.ndjson(format, query.errors);
        query.groupSearch(search);
        query.organization(organizationId);
        query.modifiedAfter(modifiedAfter);
        query.taxonomy(taxonomyTermId, taxonomyId);
        query.throwIfInvalid();
        Instant now = clock.instant();
        Function<SelfHelpGroup, HsdsModel.Service> map = g -> {
            HsdsModel.Service s = HsdsMapper.service(g, nested, now, nested ? history(g) : List.of());
            return isMinimal ? s.minimal() : s;
        };
        if (ndjson) {
            return ndjson(groupIds(query, null, null), ids -> load(ids).stream().map(map).toList());
        }
        long total = count(query);
        List<HsdsModel.Service> contents = load(groupIds(query, size, (long) (pageNumber - 1) * size)).stream().map(map).toList();
        return json(HsdsModel.ServicePage.of(contents, pageNumber, size, total));
    }

    @GET
    @Path("/services/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsService", summary = "Eén groep als volledig geneste HSDS-service")
    @APIResponse(responseCode = "200", description = "De service.")
    @APIResponse(responseCode = "404", description = "Onbekende service.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.Service service(@PathParam("id") String id) {
        SelfHelpGroup group = findGroup(id);
        return HsdsMapper.service(group, true, clock.instant(), history(group));
    }

    // ------------------------------------------------------------------ service_at_locations

    @GET
    @Path("/service_at_locations")
    @Produces({ MediaType.APPLICATION_JSON, NDJSON })
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServiceAtLocations", summary = "De plaatsen van groepen als HSDS-service_at_locations",
            description = "Eén per groep en plaats (ook de plaatsen van losse bijeenkomsten), plus één virtuele locatie voor de "
                    + "online bijeenkomsten van een groep. Zonder full de locatie en service zonder lijsten. Parameters combineren met EN.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met service_at_locations, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.ServiceAtLocationPage.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsServiceAtLocation per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
        int pageNumber = HsdsQuery.number(page, 1, Integer.MAX_VALUE, 1, "page", query.errors);
        int size = HsdsQuery.number(perPage, 1, HsdsQuery.MAX_PER_PAGE, 50, "per_page", query.errors);
        boolean ndjson = HsdsQuery.ndjson(format, query.errors);
        query.groupSearch(search);
        query.organization(organizationId);
        query.modifiedAfter(modifiedAfter);
        query.taxonomy(taxonomyTermId, taxonomyId);
        query.throwIfInvalid();
        Instant now = clock.instant();
        if (ndjson) {
            return ndjson(groupIds(query, null, null), ids -> load(ids).stream()
                    .flatMap(g -> serviceAtLocations(g, nested, now).stream()).toList());
        }
        String keys = "select g.id, g.name, k.loc" + query.from().replaceFirst(" where ", " cross join lateral ("
                + "select cast(g.location_id as varchar) as loc where g.location_id is not null"
                + " union select cast(m.location_id as varchar) from meeting m where m.group_id = g.id and m.location_id is not null"
                + " union select '" + HsdsMapper.ONLINE + "' where exists (select 1 from meeting m where m.group_id = g.id"
                + " and (m.conference_url is not null or m.conference_phone is not null))) k where ");
        Query count = em.createNativeQuery("select count(*) from (" + keys + ") sal");
        Query rows = em.createNativeQuery(keys + " order by g.name, g.id, k.loc limit :limit offset :offset");
        query.params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        rows.setParameter("limit", size);
        rows.setParameter("offset", (long) (pageNumber - 1) * size);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        Map<Long, SelfHelpGroup> groups = new LinkedHashMap<>();
        load(found.stream().map(r -> ((Number) r[0]).longValue()).distinct().toList()).forEach(g -> groups.put(g.id, g));
        Map<String, HsdsModel.ServiceAtLocation> byId = new LinkedHashMap<>();
        groups.values().forEach(g -> serviceAtLocations(g, nested, now).forEach(s -> byId.put(s.id(), s)));
        List<HsdsModel.ServiceAtLocation> contents = found.stream()
                .map(r -> byId.get(HsdsMapper.serviceAtLocationId(groups.get(((Number) r[0]).longValue()).slug, (String) r[2])))
                .filter(Objects::nonNull).toList();
        return json(HsdsModel.ServiceAtLocationPage.of(contents, pageNumber, size, total));
    }

    @GET
    @Path("/service_at_locations/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServiceAtLocation", summary = "Eén plaats van een groep, volledig genest",
            description = "Als het compiled schema service_at_location.json van HSDS 3.0 (met de volledige service).")
    @APIResponse(responseCode = "200", description = "De service_at_location.")
    @APIResponse(responseCode = "404", description = "Onbekende service_at_location.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.ServiceAtLocation serviceAtLocation(@PathParam("id") String id) {
        // Name-based UUIDs cannot be reversed: find the (group, place) pair whose id it is.
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("select g.slug, cast(g.location_id as varchar) from self_help_group g where g.location_id is not null"
                + " union select g.slug, cast(m.location_id as varchar) from meeting m join self_help_group g on g.id = m.group_id where m.location_id is not null"
                + " union select g.slug, '" + HsdsMapper.ONLINE + "' from meeting m join self_help_group g on g.id = m.group_id"
                + " where m.conference_url is not null or m.conference_phone is not null").getResultList();
        String slug = pairs.stream().filter(p -> HsdsMapper.serviceAtLocationId((String) p[0], (String) p[1]).equalsIgnoreCase(id.trim()))
                .map(p -> (String) p[0]).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Er is geen service_at_location met id '" + id + "'."));
        SelfHelpGroup group = load(List.of(SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResult().id)).get(0);
        return serviceAtLocations(group, true, clock.instant()).stream().filter(s -> s.id().equalsIgnoreCase(id.trim()))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Er is geen service_at_location met id '" + id + "'."));
    }

    private List<HsdsModel.ServiceAtLocation> serviceAtLocations(SelfHelpGroup g, boolean full, Instant now) {
        HsdsModel.Service service = HsdsMapper.service(g, full, now, full ? history(g) : List.of());
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

    // ------------------------------------------------------------------ organizations

    @GET
    @Path("/organizations")
    @Produces({ MediaType.APPLICATION_JSON, NDJSON })
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsOrganizations", summary = "Organisaties als HSDS-organizations",
            description = "Zonder full alleen de een-op-een-velden; full=true voegt telefoonnummers, taxonomietermen en de groepen "
                    + "(alleen een-op-een-velden) toe, full_service=true de groepen volledig.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met organisaties, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.OrganizationPage.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsOrganization per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
        int pageNumber = HsdsQuery.number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int size = HsdsQuery.number(perPage, 1, HsdsQuery.MAX_PER_PAGE, 50, "per_page", errors);
        boolean ndjson = HsdsQuery.ndjson(format, errors);
        HsdsQuery.search(search, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> terms = SearchTerms.of(search);
        for (int i = 0; i < terms.size(); i++) {
            where.add("searchText like :term" + i + " escape '\\'");
            params.put("term" + i, SearchTerms.containsPattern(terms.get(i)));
        }
        String jpql = where.isEmpty() ? "" : String.join(" and ", where);
        Function<Organisation, HsdsModel.Organization> map = o -> organization(o, nested, withServices);
        if (ndjson) {
            List<Organisation> all = Organisation.<Organisation>find(jpql + (jpql.isEmpty() ? "" : " ") + "order by name, id", params).list();
            return ndjson(all, batch -> batch.stream().map(map).toList());
        }
        long total = Organisation.count(jpql, params);
        List<Organisation> organisations = Organisation.<Organisation>find(jpql + (jpql.isEmpty() ? "" : " ") + "order by name, id", params)
                .page(io.quarkus.panache.common.Page.of(pageNumber - 1, size)).list();
        return json(HsdsModel.OrganizationPage.of(organisations.stream().map(map).toList(), pageNumber, size, total));
    }

    @GET
    @Path("/organizations/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsOrganization", summary = "Eén organisatie als volledig geneste HSDS-organization",
            description = "Met de groepen als services: alleen de een-op-een-velden, of volledig met full_service=true.")
    @APIResponse(responseCode = "200", description = "De organisatie.")
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.Organization organization(@PathParam("id") String id,
            @QueryParam("full_service") @Parameter(description = "true: met de groepen volledig genest.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String fullService) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean withServices = HsdsQuery.bool(fullService, "full_service", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return Organisation.<Organisation>listAll().stream()
                .filter(o -> HsdsMapper.uuid("organisation", o.id).equalsIgnoreCase(id) || o.id.equals(id))
                .findFirst().map(o -> organization(o, true, withServices))
                .orElseThrow(() -> ProblemException.notFound("Er is geen organisatie met id '" + id + "'."));
    }

    private HsdsModel.Organization organization(Organisation o, boolean full, boolean fullServices) {
        if (!full) {
            return HsdsMapper.organization(o);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select g.id from self_help_group g where g.organisation_id = :org"
                + " and g.status = 'ACTIVE' order by g.name, g.id").setParameter("org", o.id).getResultList();
        Instant now = clock.instant();
        List<HsdsModel.Service> services = load(ids.stream().map(Number::longValue).toList()).stream()
                .map(g -> fullServices ? HsdsMapper.service(g, true, now, history(g)) : HsdsMapper.service(g, false, now, List.of()))
                .toList();
        return HsdsMapper.organization(o, true, services);
    }

    // ------------------------------------------------------------------ taxonomies

    @GET
    @Path("/taxonomies")
    @Produces({ MediaType.APPLICATION_JSON, NDJSON })
    @PublicCache
    @Operation(operationId = "hsdsTaxonomies", summary = "Onze codelijsten als HSDS-taxonomieën",
            description = "Doelgroep, middel of gedrag, werkwijze en soort aanbod.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met taxonomieën, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.TaxonomyPage.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsTaxonomy per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response taxonomies(
            @QueryParam("search") @Parameter(description = "Zoekwoorden in naam en beschrijving.") String search,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "json", "ndjson" })) String format) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int pageNumber = HsdsQuery.number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int size = HsdsQuery.number(perPage, 1, HsdsQuery.MAX_PER_PAGE, 50, "per_page", errors);
        boolean ndjson = HsdsQuery.ndjson(format, errors);
        HsdsQuery.search(search, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<HsdsModel.Taxonomy> all = java.util.Arrays.stream(HsdsTaxonomy.Dimension.values()).map(HsdsTaxonomy::taxonomy)
                .filter(t -> matches(search, t.name() + " " + t.description())).toList();
        if (ndjson) {
            return ndjson(all, batch -> batch);
        }
        return json(HsdsModel.TaxonomyPage.of(slice(all, pageNumber, size), pageNumber, size, all.size()));
    }

    @GET
    @Path("/taxonomies/{id}")
    @PublicCache
    @Operation(operationId = "hsdsTaxonomy", summary = "Eén taxonomie")
    @APIResponse(responseCode = "200", description = "De taxonomie.")
    @APIResponse(responseCode = "404", description = "Onbekende taxonomie.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.Taxonomy taxonomy(@PathParam("id") String id) {
        return HsdsTaxonomy.taxonomy(id).map(HsdsTaxonomy::taxonomy)
                .orElseThrow(() -> ProblemException.notFound("Er is geen taxonomie met id '" + id + "'."));
    }

    @GET
    @Path("/taxonomy_terms")
    @Produces({ MediaType.APPLICATION_JSON, NDJSON })
    @PublicCache
    @Operation(operationId = "hsdsTaxonomyTerms", summary = "Onze codes als HSDS-taxonomietermen met Nederlandse namen",
            description = "Elke code (zoals PARTNER of TWELVE_STEP) met naam en uitleg. Onze lijsten zijn plat: geen term heeft een "
                    + "bovenliggende term.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met taxonomietermen, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.TaxonomyTermPage.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsTaxonomyTerm per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response taxonomyTerms(
            @QueryParam("search") @Parameter(description = "Zoekwoorden in code, naam en uitleg.") String search,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "json", "ndjson" })) String format,
            @QueryParam("taxonomy_id") @Parameter(description = "Alleen termen uit deze taxonomie.", schema = @Schema(format = "uuid")) String taxonomyId,
            @QueryParam("top_only") @Parameter(description = "true: alleen termen zonder bovenliggende term (bij ons alle).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String topOnly,
            @QueryParam("parent_id") @Parameter(description = "Alleen termen onder deze term (bij ons geen).",
                    schema = @Schema(format = "uuid")) String parentId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int pageNumber = HsdsQuery.number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int size = HsdsQuery.number(perPage, 1, HsdsQuery.MAX_PER_PAGE, 50, "per_page", errors);
        boolean ndjson = HsdsQuery.ndjson(format, errors);
        HsdsQuery.bool(topOnly, "top_only", errors);
        HsdsQuery.search(search, errors);
        HsdsTaxonomy.Dimension dimension = null;
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            dimension = HsdsTaxonomy.taxonomy(taxonomyId).orElse(null);
            if (dimension == null) {
                errors.add(new Problem.FieldError("taxonomy_id", "Onbekende taxonomie; zie /hsds/taxonomies."));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        HsdsTaxonomy.Dimension only = dimension;
        boolean none = parentId != null && !parentId.isBlank();
        List<HsdsModel.TaxonomyTerm> all = HsdsTaxonomy.terms().stream()
                .filter(t -> !none && (only == null || t.dimension() == only))
                .filter(t -> matches(search, t.code() + " " + t.name() + " " + t.description()))
                .map(HsdsTaxonomy::taxonomyTerm).toList();
        if (ndjson) {
            return ndjson(all, batch -> batch);
        }
        return json(HsdsModel.TaxonomyTermPage.of(slice(all, pageNumber, size), pageNumber, size, all.size()));
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    @PublicCache
    @Operation(operationId = "hsdsTaxonomyTerm", summary = "Eén taxonomieterm")
    @APIResponse(responseCode = "200", description = "De taxonomieterm.")
    @APIResponse(responseCode = "404", description = "Onbekende taxonomieterm.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.TaxonomyTerm taxonomyTerm(@PathParam("id") String id) {
        return HsdsTaxonomy.term(id).map(HsdsTaxonomy::taxonomyTerm)
                .orElseThrow(() -> ProblemException.notFound("Er is geen taxonomieterm met id '" + id + "'."));
    }

    // ------------------------------------------------------------------ helpers

    private static boolean matches(String search, String text) {
        String haystack = SearchTerms.of(text).stream().reduce("", (a, b) -> a + " " + b);
        return SearchTerms.of(search).stream().allMatch(term -> haystack.contains(term.toLowerCase(Locale.ROOT)));
    }

    private static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) (page - 1) * size;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private static Response json(Object page) {
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** format=ndjson: every result, one JSON object a line, mapped in batches so memory stays bounded per batch. */
    private <K, T> Response ndjson(List<K> keys, Function<List<K>, List<T>> map) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < keys.size(); i += BATCH) {
            for (T item : map.apply(keys.subList(i, Math.min(keys.size(), i + BATCH)))) {
                try {
                    body.append(mapper.writeValueAsString(item)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Could not write HSDS item", e);
                }
            }
        }
        return Response.ok(body.toString(), NDJSON).build();
    }

    private long count(HsdsQuery query) {
        Query count = em.createNativeQuery("select count(*)" + query.from());
        query.params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private List<Long> groupIds(HsdsQuery query, Integer limit, Long offset) {
        Query ids = em.createNativeQuery("select g.id" + query.from() + " order by g.name, g.id"
                + (limit == null ? "" : " limit :limit offset :offset"));
        query.params.forEach(ids::setParameter);
        if (limit != null) {
            ids.setParameter("limit", limit);
            ids.setParameter("offset", offset);
        }
        @SuppressWarnings("unchecked")
        List<Number> found = ids.getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    private SelfHelpGroup findGroup(String id) {
        // Name-based UUIDs cannot be reversed; the set of groups is small enough to match on the database side.
        @SuppressWarnings("unchecked")
        List<String> slugs = em.createNativeQuery("select slug from self_help_group").getResultList();
        String slug = slugs.stream().filter(s -> HsdsMapper.uuid("group", s).equalsIgnoreCase(id) || s.equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Er is geen service met id '" + id + "'."));
        return load(List.of(SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResult().id)).get(0);
    }

    private List<SelfHelpGroup> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SelfHelpGroup> groups = em.createQuery("select distinct g from SelfHelpGroup g join fetch g.organisation"
                + " left join fetch g.location left join fetch g.meetings where g.id in :ids", SelfHelpGroup.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, SelfHelpGroup> byId = new LinkedHashMap<>();
        groups.forEach(g -> byId.put(g.id, g));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static List<DirectoryChange> history(SelfHelpGroup g) {
        return DirectoryChange.<DirectoryChange>find("groupId = ?1 order by changedAt, id", g.id).list();
    }
}
