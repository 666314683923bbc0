package nl.zelfhulpwijzer.interop.hsds;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.DirectoryChange;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SearchTerms;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** Open Referral HSDS 3.0 read API over the same data: organisations, and groups as services. Public. */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsResource {

    static final int MAX_PER_PAGE = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @GET
    @Path("/")
    @Operation(operationId = "hsdsInfo", summary = "Over deze HSDS-API")
    @APIResponse(responseCode = "200", description = "Versie en profiel.")
    public HsdsModel.Info info() {
        return new HsdsModel.Info("3.0", "https://docs.openreferral.org/en/v3.0/", "/q/openapi");
    }

    @GET
    @Path("/services")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsServices", summary = "Groepen als HSDS-services",
            description = "Parameters combineren met EN. Zonder full alleen de een-op-een-velden, zoals HSDS voorschrijft.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met services.")
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.Page<HsdsModel.Service> services(
            @QueryParam("search") @Parameter(description = "Zoekwoorden.") String search,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage,
            @QueryParam("organization_id") @Parameter(schema = @Schema(format = "uuid")) String organizationId,
            @QueryParam("modified_after") @Parameter(schema = @Schema(format = "date-time")) String modifiedAfter,
            @QueryParam("full") @Parameter(description = "true: volledig genest.", schema = @Schema(type = SchemaType.BOOLEAN)) String full) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int pageNumber = number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int size = number(perPage, 1, MAX_PER_PAGE, 50, "per_page", errors);
        Instant after = null;
        if (modifiedAfter != null && !modifiedAfter.isBlank()) {
            try {
                after = OffsetDateTime.parse(modifiedAfter.trim()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("modified_after", "Vul een tijdstip in als 2026-01-31T12:00:00Z."));
            }
        }
        String organisation = null;
        if (organizationId != null && !organizationId.isBlank()) {
            Optional<Organisation> found = Organisation.<Organisation>listAll().stream()
                    .filter(o -> HsdsMapper.uuid("organisation", o.id).equalsIgnoreCase(organizationId.trim())).findFirst();
            organisation = found.map(o -> o.id).orElse("-");
        }
        if (search != null && search.length() > 200) {
            errors.add(new Problem.FieldError("search", "Gebruik hoogstens 200 tekens."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<String> where = new ArrayList<>(List.of("g.status = 'ACTIVE'", "o.status <> 'INACTIVE'"));
        Map<String, Object> params = new HashMap<>();
        List<String> terms = SearchTerms.of(search);
        for (int i = 0; i < terms.size(); i++) {
            where.add("(g.search_vector @@ to_tsquery('dutch', :tq" + i + ") or :t" + i + " <% g.search_text)");
            params.put("tq" + i, nl.zelfhulpwijzer.directory.MeetingSearchSql.prefixQuery(terms.get(i)));
            params.put("t" + i, terms.get(i));
        }
        if (organisation != null) {
            where.add("g.organisation_id = :org");
            params.put("org", organisation);
        }
        if (after != null) {
            where.add("(g.updated_at > cast(:after as timestamptz) or exists (select 1 from meeting m where m.group_id = g.id"
                    + " and m.updated_at > cast(:after as timestamptz)))");
            params.put("after", OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
        }
        String from = " from self_help_group g join organisation o on o.id = g.organisation_id where " + String.join(" and ", where);
        Query count = em.createNativeQuery("select count(*)" + from);
        Query ids = em.createNativeQuery("select g.id" + from + " order by g.name, g.id limit :limit offset :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        ids.setParameter("limit", size);
        ids.setParameter("offset", (long) (pageNumber - 1) * size);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> found = ids.getResultList();
        boolean nested = "true".equalsIgnoreCase(full);
        Instant now = clock.instant();
        List<HsdsModel.Service> contents = load(found.stream().map(Number::longValue).toList()).stream()
                .map(g -> HsdsMapper.service(g, nested, now, nested ? history(g) : List.of()))
                .toList();
        return HsdsModel.Page.of(contents, pageNumber, size, total);
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

    @GET
    @Path("/organizations")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsOrganizations", summary = "Organisaties als HSDS-organizations")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met organisaties.")
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.Page<HsdsModel.Organization> organizations(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int pageNumber = number(page, 1, Integer.MAX_VALUE, 1, "page", errors);
        int size = number(perPage, 1, MAX_PER_PAGE, 50, "per_page", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long total = Organisation.count();
        List<Organisation> organisations = Organisation.<Organisation>find("order by name, id")
                .page(io.quarkus.panache.common.Page.of(pageNumber - 1, size)).list();
        return HsdsModel.Page.of(organisations.stream().map(HsdsMapper::organization).toList(), pageNumber, size, total);
    }

    @GET
    @Path("/organizations/{id}")
    @PublicCache
    @Transactional
    @Operation(operationId = "hsdsOrganization", summary = "Eén organisatie als HSDS-organization")
    @APIResponse(responseCode = "200", description = "De organisatie.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HsdsModel.Organization organization(@PathParam("id") String id) {
        return Organisation.<Organisation>listAll().stream()
                .filter(o -> HsdsMapper.uuid("organisation", o.id).equalsIgnoreCase(id) || o.id.equals(id))
                .findFirst().map(HsdsMapper::organization)
                .orElseThrow(() -> ProblemException.notFound("Er is geen organisatie met id '" + id + "'."));
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
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static List<DirectoryChange> history(SelfHelpGroup g) {
        return DirectoryChange.<DirectoryChange>find("groupId = ?1 order by changedAt, id", g.id).list();
    }

    private static int number(String raw, int min, int max, int fallback, String field, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, max == Integer.MAX_VALUE ? "Vul een heel getal in vanaf " + min + "."
                : "Vul een heel getal in van " + min + " tot en met " + max + "."));
        return fallback;
    }
}
