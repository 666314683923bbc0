package nl.zelfhulpwijzer.interop.hsds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
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
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.SearchTerms;

/** HSDS taxonomies and taxonomy_terms: our code lists and their codes with Dutch names. Public. */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsTaxonomyResource {

    @Inject
    HsdsListResponses responses;

    @GET
    @Path("/taxonomies")
    @Produces({ MediaType.APPLICATION_JSON, HsdsListResponses.NDJSON })
    @PublicCache
    @Operation(operationId = "hsdsTaxonomies", summary = "Onze codelijsten als HSDS-taxonomieën",
            description = "Doelgroep, middel of gedrag, werkwijze en soort aanbod.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met taxonomieën, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.TaxonomyPage.class)),
            @Content(mediaType = HsdsListResponses.NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsTaxonomy per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
    public Response taxonomies(
            @QueryParam("search") @Parameter(description = "Zoekwoorden in naam en beschrijving.") String search,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String page,
            @QueryParam("per_page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String perPage,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "json", "ndjson" })) String format) {
        HsdsListRequest list = HsdsListRequest.of(page, perPage, format, new ArrayList<>()).search(search);
        list.throwIfInvalid();
        List<HsdsModel.Taxonomy> all = Arrays.stream(HsdsTaxonomy.Dimension.values()).map(HsdsTaxonomy::taxonomy)
                .filter(t -> matches(search, t.name() + " " + t.description())).toList();
        return responses.answer(list, all, HsdsModel.TaxonomyPage::of);
    }

    @GET
    @Path("/taxonomies/{id}")
    @PublicCache
    @Operation(operationId = "hsdsTaxonomy", summary = "Eén taxonomie")
    @APIResponse(responseCode = "200", description = "De taxonomie.")
    @APIResponse(responseCode = "404", description = "Onbekende taxonomie.")
    public HsdsModel.Taxonomy taxonomy(@PathParam("id") String id) {
        return HsdsTaxonomy.taxonomy(id).map(HsdsTaxonomy::taxonomy)
                .orElseThrow(() -> ProblemException.notFound("Er is geen taxonomie met id '" + id + "'."));
    }

    @GET
    @Path("/taxonomy_terms")
    @Produces({ MediaType.APPLICATION_JSON, HsdsListResponses.NDJSON })
    @PublicCache
    @Operation(operationId = "hsdsTaxonomyTerms", summary = "Onze codes als HSDS-taxonomietermen met Nederlandse namen",
            description = "Elke code (zoals PARTNER of TWELVE_STEP) met naam en uitleg. Onze lijsten zijn plat: geen term heeft een "
                    + "bovenliggende term.")
    @APIResponse(responseCode = "200", description = "Een HSDS-pagina met taxonomietermen, of NDJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsModel.TaxonomyTermPage.class)),
            @Content(mediaType = HsdsListResponses.NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Eén HsdsTaxonomyTerm per regel.")) })
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
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
        HsdsListRequest list = HsdsListRequest.of(page, perPage, format, new ArrayList<>());
        HsdsQuery.bool(topOnly, "top_only", list.errors());
        list.search(search);
        HsdsTaxonomy.Dimension dimension = null;
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            dimension = HsdsTaxonomy.taxonomy(taxonomyId).orElse(null);
            if (dimension == null) {
                list.errors().add(new Problem.FieldError("taxonomy_id", "Onbekende taxonomie; zie /hsds/taxonomies."));
            }
        }
        list.throwIfInvalid();
        HsdsTaxonomy.Dimension only = dimension;
        boolean none = parentId != null && !parentId.isBlank();
        List<HsdsModel.TaxonomyTerm> all = HsdsTaxonomy.terms().stream()
                .filter(t -> !none && (only == null || t.dimension() == only))
                .filter(t -> matches(search, t.code() + " " + t.name() + " " + t.description()))
                .map(HsdsTaxonomy::taxonomyTerm).toList();
        return responses.answer(list, all, HsdsModel.TaxonomyTermPage::of);
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    @PublicCache
    @Operation(operationId = "hsdsTaxonomyTerm", summary = "Eén taxonomieterm")
    @APIResponse(responseCode = "200", description = "De taxonomieterm.")
    @APIResponse(responseCode = "404", description = "Onbekende taxonomieterm.")
    public HsdsModel.TaxonomyTerm taxonomyTerm(@PathParam("id") String id) {
        return HsdsTaxonomy.term(id).map(HsdsTaxonomy::taxonomyTerm)
                .orElseThrow(() -> ProblemException.notFound("Er is geen taxonomieterm met id '" + id + "'."));
    }

    /** Every search word occurs in the text (case-insensitive). */
    private static boolean matches(String search, String text) {
        String haystack = SearchTerms.of(text).stream().reduce("", (a, b) -> a + " " + b);
        return SearchTerms.of(search).stream().allMatch(term -> haystack.contains(term.toLowerCase(Locale.ROOT)));
    }
}
