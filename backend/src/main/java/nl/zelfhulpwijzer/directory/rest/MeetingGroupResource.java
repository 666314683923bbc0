package nl.zelfhulpwijzer.directory.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.common.http.ServerCache;
import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.directory.ContactRole;
import nl.zelfhulpwijzer.directory.DirectoryConfig;
import nl.zelfhulpwijzer.directory.MeetingGroupSearch;
import nl.zelfhulpwijzer.directory.places.PlaceLookup;

/** The finder's list: the meeting search paged by group, each group once with all its matching meetings. */
@Path("/api/v1/meeting-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groepen en bijeenkomsten")
public class MeetingGroupResource {

    @Inject
    MeetingGroupSearch search;

    @Inject
    PlaceLookup places;

    @Inject
    DirectoryConfig config;

    @Inject
    Clock clock;

    @Schema(name = "GroupHits", description = "Een groep met haar gevonden bijeenkomsten en hoe u de groep bereikt.")
    public record GroupHits(
            @Schema(required = true, description = "Slug van de groep.") String group,
            @Schema(description = "Via wie de groep te bereiken is (een rol, nooit een naam).") ContactRole contactRole,
            String contactPhone,
            String contactEmail,
            String website,
            @Schema(required = true, description = "De gevonden bijeenkomsten van de groep; de eerste bepaalt de plaats in de lijst.")
            List<MeetingSummary> meetings) {
    }

    @GET
    @PublicCache
    @ServerCache
    @Operation(operationId = "searchMeetingGroups", summary = "Zoek bijeenkomsten, per groep",
            description = "Openbaar. Dezelfde filters en volgorde als het zoeken naar bijeenkomsten, maar een pagina telt "
                    + "groepen: elke groep staat één keer in het antwoord, met al haar gevonden bijeenkomsten, op haar "
                    + "eerstvolgende of dichtstbijzijnde bijeenkomst.")
    @APIResponse(responseCode = "200", description = "Een pagina met groepen.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter of paginering.")
    public PageResult<GroupHits> searchMeetingGroups(@Valid @BeanParam MeetingSearchParams params) {
        MeetingSearchParams.Request request = params.toRequest(places);
        MeetingGroupSearch.Page page = search.search(request.filter(), request.page());
        Instant now = clock.instant();
        return PageResult.of(page.groups().stream().map(g -> new GroupHits(g.groupSlug(),
                g.contact().role(), g.contact().phone(), g.contact().email(), g.contact().website(),
                DirectoryMapper.toSummaries(g.hits(), now, config.reverifyAfter())))
                .toList(), request.page(), page.total());
    }
}
