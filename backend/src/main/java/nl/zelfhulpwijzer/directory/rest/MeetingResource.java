package nl.zelfhulpwijzer.directory.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.http.ServerCache;
import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.directory.DirectoryConfig;
import nl.zelfhulpwijzer.directory.DirectoryEtags;
import nl.zelfhulpwijzer.directory.DirectoryLookups;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.MeetingSearchRepository;
import nl.zelfhulpwijzer.directory.places.PlaceLookup;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groepen en bijeenkomsten", description = "Openbaar zoeken in zelfhulpgroepen en hun bijeenkomsten.")
public class MeetingResource {

    @Inject
    MeetingSearchRepository search;

    @Inject
    PlaceLookup places;

    @Inject
    DirectoryConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("/meetings")
    @PublicCache
    @ServerCache
    @Operation(operationId = "searchMeetings", summary = "Zoek bijeenkomsten van zelfhulpgroepen",
            description = "Openbaar. Filters combineren met EN. Met lat/lon of near (plaats of postcode) gesorteerd op "
                    + "afstand; met zoekwoorden op relevantie; anders de eerstvolgende bijeenkomst eerst (vanaf nu, rond de "
                    + "week). Antwoord met ETag en Cache-Control; stuur If-None-Match voor 304.")
    @APIResponse(responseCode = "200", description = "Een pagina met bijeenkomsten.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter of paginering.")
    public PageResult<MeetingSummary> searchMeetings(@Valid @BeanParam MeetingSearchParams params) {
        MeetingSearchParams.Request request = params.toRequest(places);
        MeetingSearchRepository.Page page = search.search(request.filter(), request.page());
        return PageResult.of(DirectoryMapper.toSummaries(page.hits(), clock.instant(), config.reverifyAfter()),
                request.page(), page.total());
    }

    @GET
    @Path("/meetings/{slug}")
    @PublicCache
    @Transactional
    @Operation(operationId = "getMeeting", summary = "Eén bijeenkomst")
    @APIResponse(responseCode = "200", description = "De bijeenkomst; de ETag dient voor If-Match bij wijzigen.")
    @APIResponse(responseCode = "404", description = "Onbekende bijeenkomst.")
    public RestResponse<MeetingSummary> getMeeting(@PathParam("slug") String slug) {
        Meeting meeting = DirectoryLookups.meeting(slug);
        return RestResponse.ResponseBuilder.ok(DirectoryMapper.toSummary(meeting, null, clock.instant(), config.reverifyAfter()))
                .header(HttpHeaders.ETAG, DirectoryEtags.etag(meeting)).build();
    }

    @GET
    @Path("/groups/{slug}")
    @PublicCache
    @Transactional
    @Operation(operationId = "getGroup", summary = "Eén groep met haar bijeenkomsten")
    @APIResponse(responseCode = "200", description = "De groep; de ETag dient voor If-Match bij wijzigen.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    public RestResponse<GroupDetail> getGroup(@PathParam("slug") String slug) {
        SelfHelpGroup group = DirectoryLookups.group(slug);
        return RestResponse.ResponseBuilder.ok(DirectoryMapper.toDetail(group, clock.instant(), config.reverifyAfter()))
                .header(HttpHeaders.ETAG, DirectoryEtags.etag(group)).build();
    }

    /** At most this many groups in one call: enough for every local group of an advice (a few per organisation). */
    static final int MAX_GROUPS = 50;

    @GET
    @Path("/groups")
    @PublicCache
    @Transactional
    @Operation(operationId = "getGroups", summary = "Meer groepen in één keer",
            description = "Openbaar. Voor elke gevraagde groep hetzelfde als bij één groep, in de gevraagde volgorde; een "
                    + "onbekende slug ontbreekt. Hoogstens " + MAX_GROUPS + " slugs.")
    @APIResponse(responseCode = "200", description = "De gevonden groepen.")
    @APIResponse(responseCode = "400", description = "Geen slug, of meer dan " + MAX_GROUPS + ".")
    public List<GroupDetail> getGroups(
            @QueryParam("slug") @Parameter(description = "Slug van een groep; herhaal voor meer groepen.") List<String> slugs) {
        List<String> asked = slugs == null ? List.of() : slugs.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
        if (asked.isEmpty()) {
            throw new InvalidInput(List.of(new FieldError("slug", "Noem minstens één groep.")));
        }
        if (asked.size() > MAX_GROUPS) {
            throw new InvalidInput(List.of(new FieldError("slug", "Noem hoogstens " + MAX_GROUPS + " groepen.")));
        }
        Instant now = clock.instant();
        return DirectoryLookups.groups(asked).stream().map(g -> DirectoryMapper.toDetail(g, now, config.reverifyAfter())).toList();
    }
}
