package nl.zelfhulpwijzer.reports.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.reports.ReferralReport;
import nl.zelfhulpwijzer.reports.ReferralReports;
import nl.zelfhulpwijzer.reports.ReportCsv;
import nl.zelfhulpwijzer.reports.ReportPeriod;
import nl.zelfhulpwijzer.reports.SurveyComparison;
import nl.zelfhulpwijzer.reports.SurveyReports;

/**
 * Evaluation reports of the caller's own institution (from the token), for coordinators, beheerders and the
 * institution's EPD or BI tool (role epd). Only counts after small-number suppression leave this resource, so reading
 * a report is not logged per referral in the audit trail.
 */
@Path("/api/v1/reports")
@Tag(name = "Rapportages")
@RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER, Roles.EPD })
public class ReportResource {

    static final String CSV = "text/csv";

    @Inject
    ReferralReports referrals;

    @Inject
    SurveyReports surveys;

    @Inject
    CurrentUser user;

    @GET
    @Path("/referrals")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "referralReport", summary = "Cijfers over de verwijzingen van de eigen instelling",
            description = "Per maand, behandelfase, route, niveau, organisatie, status en uitkomst; eerste bijeenkomst volgens "
                    + "de medewerker en volgens de cliënt (check-in) apart; dagen tot de eerste bijeenkomst; nabespreking op tijd; "
                    + "redenen 'past niet bij mij'. Aantallen onder 5 (en wat daaruit terug te rekenen is) zijn leeg. "
                    + "CSV met format=csv of Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "Het rapport.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Ongeldige periode of formaat.")
    public Response referrals(
            @Parameter(description = "Eerste dag (jjjj-mm-dd); standaard 12 maanden voor 'to'.") @QueryParam("from") String from,
            @Parameter(description = "Laatste dag (jjjj-mm-dd), telt mee; standaard vandaag.") @QueryParam("to") String to,
            @Parameter(description = "csv of json", schema = @Schema(enumeration = { "csv", "json" })) @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = wantsCsv(format, accept);
        String institution = user.requiredInstitution();
        ReportPeriod period = ReportPeriod.parse(from, to, LocalDate.now(ReportPeriod.ZONE));
        ReferralReport report = referrals.report(institution, period);
        return answer(csv, "verwijzingen-" + period.from() + "-" + period.to(), () -> ReportCsv.referrals(report), report);
    }

    @GET
    @Path("/survey")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "surveyComparison", summary = "Medewerkersvragenlijst (Bijlage 4): nulmeting naast vervolgmeting",
            description = "De nulmeting en de laatste vervolgmeting van de eigen instelling, per vraag en antwoord. "
                    + "Aantallen onder 5 (en wat daaruit terug te rekenen is) zijn leeg. CSV met format=csv of Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "De vergelijking.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyComparison.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Ongeldig formaat.")
    public Response survey(
            @Parameter(description = "csv of json", schema = @Schema(enumeration = { "csv", "json" })) @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = wantsCsv(format, accept);
        SurveyComparison comparison = surveys.compare(user.requiredInstitution());
        return answer(csv, "vragenlijst", () -> ReportCsv.survey(comparison), comparison);
    }

    /** The format parameter wins; without it, an Accept header that names text/csv (and not JSON first) asks for CSV. */
    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            if (!"csv".equals(format) && !"json".equals(format)) {
                throw new InvalidInput(List.of(new FieldError("format", "Kies csv of json.")));
            }
            return "csv".equals(format);
        }
        return accept != null && accept.startsWith(CSV);
    }

    private static Response answer(boolean csv, String file, Supplier<String> csvBody, Object json) {
        if (!csv) {
            return Response.ok(json, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(csvBody.get(), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
    }
}
