package nl.zelfhulpwijzer.directory.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import io.vertx.core.http.HttpServerRequest;

import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.common.paging.PagingParams;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.directory.DirectoryConfig;
import nl.zelfhulpwijzer.directory.DirectoryReport;
import nl.zelfhulpwijzer.directory.DirectoryEtags;
import nl.zelfhulpwijzer.directory.DirectoryHistory;
import nl.zelfhulpwijzer.directory.DirectoryLookups;
import nl.zelfhulpwijzer.directory.DirectoryReports;
import nl.zelfhulpwijzer.directory.GroupStatus;
import nl.zelfhulpwijzer.directory.GroupWrite;
import nl.zelfhulpwijzer.directory.GroupWrites;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.MeetingWrite;
import nl.zelfhulpwijzer.directory.MeetingWrites;
import nl.zelfhulpwijzer.directory.ReportStatus;
import nl.zelfhulpwijzer.directory.ReportWrite;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/**
 * Keeping the directory right: coordinators and beheerders create, change, verify and deactivate groups and
 * meetings (If-Match with the ETag; 412 when someone else changed it first), read the history, work the
 * verification queue and the reports queue. Anyone may report wrong information.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer sociale kaart", description = "Groepen en bijeenkomsten bijhouden; controle- en meldingenwachtrij.")
@Transactional
public class DirectoryManagementResource {

    @Inject
    GroupWrites groupWrites;

    @Inject
    MeetingWrites meetingWrites;

    @Inject
    DirectoryReports reportQueue;

    @Inject
    DirectoryHistory changeHistory;

    @Inject
    DirectoryConfig config;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    HttpServerRequest request;

    // ------------------------------------------------------------------ groups

    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "createGroup", summary = "Maak een groep")
    @APIResponse(responseCode = "201", description = "Gemaakt; ETag voor If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupDetail.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    public RestResponse<GroupDetail> createGroup(@NotNull(message = "Stuur de gegevens van de groep mee.") GroupWrite input) {
        SelfHelpGroup group = groupWrites.createGroup(input, user.username());
        return EtagResponses.created(URI.create("/api/v1/groups/" + group.slug), detail(group), DirectoryEtags.etag(group));
    }

    @PUT
    @Path("/groups/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "updateGroup", summary = "Wijzig een groep", description = "Stuur de ETag mee in If-Match.")
    @APIResponse(responseCode = "200", description = "Gewijzigd; nieuwe ETag.")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    @APIResponse(responseCode = "412", description = "Intussen door iemand anders gewijzigd.")
    public RestResponse<GroupDetail> updateGroup(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "De ETag van de groep.") String ifMatch,
            @NotNull(message = "Stuur de gegevens van de groep mee.") GroupWrite input) {
        return withEtag(groupWrites.updateGroup(slug, ifMatch, input, user.username()));
    }

    @POST
    @Path("/groups/{slug}/verify")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "verifyGroup", summary = "Bevestig dat de gegevens van een groep kloppen",
            description = "Zet verifiedAt en verifiedBy. Stuur de ETag mee in If-Match.")
    @APIResponse(responseCode = "200", description = "Gecontroleerd.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<GroupDetail> verifyGroup(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(groupWrites.verifyGroup(slug, ifMatch, user.username()));
    }

    @POST
    @Path("/groups/{slug}/deactivate")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "deactivateGroup", summary = "Zet een groep op inactief (verdwijnt uit zoeken en feeds)")
    @APIResponse(responseCode = "200", description = "Inactief.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<GroupDetail> deactivateGroup(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(groupWrites.setGroupStatus(slug, ifMatch, GroupStatus.INACTIVE, user.username()));
    }

    @POST
    @Path("/groups/{slug}/activate")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "activateGroup", summary = "Zet een groep weer op actief")
    @APIResponse(responseCode = "200", description = "Actief.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<GroupDetail> activateGroup(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(groupWrites.setGroupStatus(slug, ifMatch, GroupStatus.ACTIVE, user.username()));
    }

    @GET
    @Path("/groups/{slug}/history")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "groupHistory", summary = "Wijzigingen van een groep en haar bijeenkomsten, per veld, nieuwste eerst")
    @APIResponse(responseCode = "200", description = "De wijzigingen.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    public List<ChangeDto> history(@PathParam("slug") String slug) {
        return changeHistory.history(slug).stream()
                .map(ChangeDto::of)
                .toList();
    }

    // ------------------------------------------------------------------ meetings

    @POST
    @Path("/groups/{slug}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "createMeeting", summary = "Voeg een bijeenkomst toe aan een groep")
    @APIResponse(responseCode = "201", description = "Gemaakt; ETag voor If-Match.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingSummary.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<MeetingSummary> createMeeting(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur de gegevens van de bijeenkomst mee.") MeetingWrite input) {
        Meeting meeting = meetingWrites.createMeeting(slug, ifMatch, input, user.username());
        return EtagResponses.created(URI.create("/api/v1/meetings/" + meeting.slug), summary(meeting), DirectoryEtags.etag(meeting));
    }

    @GET
    @Path("/admin/meetings/{slug}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "getMeetingForEdit", summary = "Eén bijeenkomst om te wijzigen",
            description = "Alle opgeslagen velden (ook notities), met de ETag voor If-Match bij PUT /api/v1/meetings/{slug}. Nooit uit een cache.")
    @APIResponse(responseCode = "200", description = "De bijeenkomst.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingEdit.class)))
    @APIResponse(responseCode = "404", description = "Onbekende bijeenkomst.")
    public RestResponse<MeetingEdit> meetingForEdit(@PathParam("slug") String slug) {
        Meeting meeting = DirectoryLookups.meeting(slug);
        String etag = DirectoryEtags.etag(meeting).value();
        return RestResponse.ResponseBuilder.ok(MeetingEdit.of(meeting, etag)).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @PUT
    @Path("/meetings/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "updateMeeting", summary = "Wijzig een bijeenkomst", description = "Stuur de ETag mee in If-Match.")
    @APIResponse(responseCode = "200", description = "Gewijzigd; nieuwe ETag.")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende bijeenkomst.")
    @APIResponse(responseCode = "412", description = "Intussen door iemand anders gewijzigd.")
    public RestResponse<MeetingSummary> updateMeeting(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur de gegevens van de bijeenkomst mee.") MeetingWrite input) {
        Meeting meeting = meetingWrites.updateMeeting(slug, ifMatch, input, user.username());
        return EtagResponses.ok(summary(meeting), DirectoryEtags.etag(meeting));
    }

    // ------------------------------------------------------------------ verification queue

    @GET
    @Path("/admin/verification-queue")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "verificationQueue", summary = "Actieve groepen die opnieuw gecontroleerd moeten worden",
            description = "Nooit gecontroleerd, of langer geleden dan directory.reverify-after (standaard 6 maanden); oudste eerst.")
    @APIResponse(responseCode = "200", description = "Een pagina met groepen.")
    @APIResponse(responseCode = "400", description = "Ongeldige paginering.")
    public PageResult<VerificationItem> verificationQueue(@BeanParam PagingParams paging,
            @QueryParam("demo") @Parameter(description = "Ook voorbeeldgegevens tonen (standaard niet).") String demo) {
        PageRequest page = page(paging);
        boolean withDemo = "true".equalsIgnoreCase(demo);
        Instant threshold = clock.instant().atZone(ZoneOffset.UTC).minus(config.reverifyAfter()).toInstant();
        String where = "status = ?1 and (verifiedAt is null or verifiedAt < ?2)" + (withDemo ? "" : " and demo = false");
        var query = SelfHelpGroup.<SelfHelpGroup>find("from SelfHelpGroup g left join fetch g.organisation left join fetch g.location where "
                + where.replace("status", "g.status").replace("verifiedAt", "g.verifiedAt").replace("demo", "g.demo")
                + " order by g.verifiedAt asc nulls first, g.id", GroupStatus.ACTIVE, threshold);
        long total = SelfHelpGroup.count(where, GroupStatus.ACTIVE, threshold);
        List<SelfHelpGroup> groups = query.range(page.offset(), page.offset() + page.size() - 1).list();
        return PageResult.of(groups.stream().map(g -> new VerificationItem(g.slug, g.name, DirectoryMapper.toRef(g.organisation),
                g.location == null ? null : g.location.city, g.verifiedAt, g.verifiedBy, g.updatedAt, g.demo,
                DirectoryReport.count("group.id = ?1 and status = ?2", g.id, ReportStatus.OPEN), DirectoryEtags.etag(g).value()))
                .toList(), page, total);
    }

    // ------------------------------------------------------------------ reports

    @POST
    @Path("/groups/{slug}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "reportWrongInformation", summary = "Meld onjuiste informatie over een groep of bijeenkomst",
            description = "Openbaar. Bewaart alleen de reden en het bericht, niets over wie meldt.")
    @APIResponse(responseCode = "201", description = "Melding ontvangen; een coördinator kijkt ernaar.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende groep.")
    @APIResponse(responseCode = "422", description = "Te veel open meldingen over deze groep.")
    @APIResponse(responseCode = "429", description = "Te veel meldingen vanaf dit adres; probeer het later opnieuw.")
    public RestResponse<ReportDto> report(@PathParam("slug") String slug,
            @NotNull(message = "Stuur de melding mee.") ReportWrite input) {
        String address = request.remoteAddress() != null ? request.remoteAddress().hostAddress() : null;
        DirectoryReport report = reportQueue.report(slug, input, address);
        return RestResponse.ResponseBuilder.<ReportDto>created(URI.create("/api/v1/admin/reports/" + report.id)).entity(toDto(report)).build();
    }

    @GET
    @Path("/admin/reports")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "listReports", summary = "Wachtrij met meldingen van onjuiste informatie, oudste eerst")
    @APIResponse(responseCode = "200", description = "Een pagina met meldingen.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter of paginering.")
    public PageResult<ReportDto> reports(@BeanParam PagingParams paging,
            @QueryParam("status") @Parameter(description = "Standaard OPEN.", schema = @Schema(implementation = ReportStatus.class)) String status) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ReportStatus wanted = CodeParams.parse(ReportStatus.class, status, "status", errors);
        PageRequest page = paging.toPageRequest(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ReportStatus filter = wanted == null ? ReportStatus.OPEN : wanted;
        var query = DirectoryReport.<DirectoryReport>find("from DirectoryReport r join fetch r.group left join fetch r.meeting"
                + " where r.status = ?1 order by r.createdAt, r.id", filter);
        long total = DirectoryReport.count("status", filter);
        return PageResult.of(query.range(page.offset(), page.offset() + page.size() - 1).list().stream()
                .map(DirectoryManagementResource::toDto).toList(), page, total);
    }

    @POST
    @Path("/admin/reports/{id}/resolve")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "resolveReport", summary = "Handel een melding af (aangepast)")
    @APIResponse(responseCode = "200", description = "Afgehandeld.")
    @APIResponse(responseCode = "404", description = "Onbekende melding.")
    @APIResponse(responseCode = "409", description = "Al afgehandeld.")
    public ReportDto resolve(@PathParam("id") long id) {
        return toDto(reportQueue.handleReport(id, ReportStatus.RESOLVED, user.username()));
    }

    @POST
    @Path("/admin/reports/{id}/reject")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "rejectReport", summary = "Wijs een melding af (klopte niet)")
    @APIResponse(responseCode = "200", description = "Afgewezen.")
    @APIResponse(responseCode = "404", description = "Onbekende melding.")
    @APIResponse(responseCode = "409", description = "Al afgehandeld.")
    public ReportDto reject(@PathParam("id") long id) {
        return toDto(reportQueue.handleReport(id, ReportStatus.REJECTED, user.username()));
    }

    // ------------------------------------------------------------------ helpers

    private static PageRequest page(PagingParams paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PageRequest page = paging.toPageRequest(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return page;
    }

    private RestResponse<GroupDetail> withEtag(SelfHelpGroup group) {
        return EtagResponses.ok(detail(group), DirectoryEtags.etag(group));
    }

    private GroupDetail detail(SelfHelpGroup group) {
        SelfHelpGroup.flush();
        return DirectoryMapper.toDetail(group, clock.instant(), config.reverifyAfter());
    }

    private MeetingSummary summary(Meeting meeting) {
        Meeting.flush();
        return DirectoryMapper.toSummary(meeting, null, clock.instant(), config.reverifyAfter());
    }

    static ReportDto toDto(DirectoryReport r) {
        return new ReportDto(r.id, r.group.slug, r.group.name, r.meeting == null ? null : r.meeting.slug, r.reason, r.message,
                r.status, r.createdAt, r.handledBy, r.handledAt);
    }
}
