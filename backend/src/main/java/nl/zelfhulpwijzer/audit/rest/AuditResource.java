package nl.zelfhulpwijzer.audit.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditActor;
import nl.zelfhulpwijzer.audit.AuditActors;
import nl.zelfhulpwijzer.audit.AuditTrail;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;

/** The access history per client for the beheerder of the institution (NEN 7513 §9), and the chain check. */
@Path("/api/v1/audit")
@Tag(name = "Logging (NEN 7513)")
@RolesAllowed(Roles.BEHEERDER)
public class AuditResource {

    static final String CSV = "text/csv";

    @Inject
    AuditTrail audit;

    @Inject
    AuditActors actors;

    @Inject
    CurrentUser user;

    public record AuditHistory(@Schema(required = true) String clientRef, @Schema(required = true) List<AuditEventView> events) {
    }

    public record ChainCheck(@Schema(required = true, description = "Waar: de hele keten klopt.") boolean intact,
            @Schema(description = "De eerste schakel die niet klopt.") String firstBrokenLink) {
    }

    @GET
    @Path("/clients/{clientRef}/events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "auditHistory", summary = "Wie heeft de gegevens van deze cliënt gezien of gewijzigd?",
            description = "In volgorde van tijd, voor de eigen instelling; from/to (ISO 8601) beperken de periode. Het opvragen wordt zelf ook gelogd.")
    @APIResponse(responseCode = "200", description = "De toegangsgeschiedenis.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditHistory.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige periode.")
    public AuditHistory history(@PathParam("clientRef") String clientRef,
            @Parameter(description = "Vanaf (ISO 8601).") @QueryParam("from") String from,
            @Parameter(description = "Tot (ISO 8601).") @QueryParam("to") String to) {
        return new AuditHistory(clientRef, read(AuditAction.READ, clientRef, from, to));
    }

    @GET
    @Path("/clients/{clientRef}/export")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "auditExport", summary = "De toegangsgeschiedenis van een cliënt als bestand (CSV of JSON)",
            description = "Om aan een cliënt te geven die erom vraagt (NEN 7513 §9). format=csv of json; het exporteren wordt gelogd.")
    @APIResponse(responseCode = "200", description = "Het bestand.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditHistory.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Ongeldige periode of formaat.")
    public Response export(@PathParam("clientRef") String clientRef,
            @Parameter(description = "csv of json", schema = @Schema(enumeration = { "csv", "json" })) @QueryParam("format") String format,
            @Parameter(description = "Vanaf (ISO 8601).") @QueryParam("from") String from,
            @Parameter(description = "Tot (ISO 8601).") @QueryParam("to") String to) {
        boolean csv = "csv".equals(format);
        if (!csv && format != null && !"json".equals(format)) {
            throw new InvalidInput(List.of(new FieldError("format", "Kies csv of json.")));
        }
        List<AuditEventView> events = read(AuditAction.EXPORT, clientRef, from, to);
        String file = "toegang-" + clientRef.replaceAll("[^A-Za-z0-9._-]", "_") + (csv ? ".csv" : ".json");
        Object body = csv ? AuditEventView.csv(events) : new AuditHistory(clientRef, events);
        return Response.ok(body, csv ? CSV + ";charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditChain", summary = "De hash-keten van het logboek controleren",
            description = "Rekent elke hash opnieuw uit en noemt de eerste schakel die niet klopt (gewijzigd, verwijderd of tussengevoegd).")
    @APIResponse(responseCode = "200", description = "De uitkomst.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainCheck.class)))
    public ChainCheck verify() {
        user.requiredInstitution();
        return audit.verify(actors.current()).map(broken -> new ChainCheck(false, broken)).orElse(new ChainCheck(true, null));
    }

    private List<AuditEventView> read(AuditAction action, String clientRef, String from, String to) {
        user.requiredInstitution();
        AuditActor reader = actors.current();
        return audit.history(reader, action, clientRef, instant(from, "from"), instant(to, "to")).stream().map(AuditEventView::of).toList();
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new FieldError(field, "Gebruik een tijdstip als 2026-12-01T00:00:00Z.")));
        }
    }
}
