package nl.zelfhulpwijzer.referrals.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.http.StrictJson;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.referrals.OutcomeInput;
import nl.zelfhulpwijzer.referrals.Referral;
import nl.zelfhulpwijzer.referrals.ReferralFeed;
import nl.zelfhulpwijzer.referrals.Referrals;
import nl.zelfhulpwijzer.referrals.TargetNames;
import nl.zelfhulpwijzer.referrals.Worklist;

/** Referrals of the caller's own institution, for care workers and EPDs; another institution's are not found. */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verwijzingen")
public class ReferralResource {

    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    Referrals referrals;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    @Operation(operationId = "createReferral", summary = "Een verwijzing maken",
            description = "Met Idempotency-Key: een herhaling geeft het eerste antwoord en maakt nooit een tweede verwijzing; "
                    + "dezelfde sleutel met andere gegevens geeft 422. Velden met persoonsgegevens of onbekende velden: 422, niets opgeslagen.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralCreate.class),
            examples = @ExampleObject(name = "verwijzing", value = ReferralExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "De verwijzing (of het eerste antwoord op deze Idempotency-Key).",
            headers = { @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "verwijzing", value = ReferralExamples.REFERRAL)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "422", description = "Onbekend veld of persoonsgegevens, of de Idempotency-Key is al gebruikt voor andere gegevens.")
    public RestResponse<Object> create(
            @Parameter(description = "Unieke sleutel per verwijzing (hoogstens 200 tekens), zodat een herhaalde aanvraag veilig is.")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            ReferralCreate body) {
        String institution = user.requiredInstitution();
        if (body == null) {
            throw new InvalidInput(List.of(new FieldError("body", "Stuur de verwijzing mee.")));
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput(List.of(new FieldError("Idempotency-Key", "Gebruik hoogstens " + MAX_KEY_LENGTH + " tekens.")));
        }
        Referrals.Created created = referrals.create(institution, ReferralMapper.toInput(body), key, sha256(body),
                referral -> write(ReferralMapper.toView(referral, null)));
        Referral referral = created.referral();
        // The stored first answer with its ETag, not a new rendering, so that a retry gets exactly what the first
        // request got (a client that wants the referral as it is now reads it with GET).
        return RestResponse.ResponseBuilder.<Object>created(URI.create("/api/v1/referrals/" + referral.id))
                .entity(created.body()).type(MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, created.etag().value()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "getReferral", summary = "Eén verwijzing met haar statusgeschiedenis")
    @APIResponse(responseCode = "200", description = "De verwijzing.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "verwijzing", value = ReferralExamples.REFERRAL)))
    @APIResponse(responseCode = "404", description = "Geen verwijzing van uw instelling.")
    public RestResponse<ReferralView> get(@PathParam("id") UUID id) {
        Referral referral = referrals.get(id, user.requiredInstitution());
        ReferralView view = ReferralMapper.toView(referral, referrals.transitions(referral));
        return EtagResponses.ok(view, referral.etag());
    }

    @GET
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "listReferrals", summary = "Verwijzingen van een cliënt, of alle wijzigingen sinds een cursor",
            description = "Met clientRef: alle verwijzingen van die cliënt. Anders de verwijzingen in volgorde van wijziging, met "
                    + "cursor-paginering die geen rij overslaat of herhaalt terwijl anderen schrijven: bewaar 'next' en vraag daarmee "
                    + "later de nieuwe wijzigingen op (polling). modified_after beperkt tot wijzigingen na dat moment.")
    @APIResponse(responseCode = "200", description = "Een pagina verwijzingen.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralPage.class),
                    examples = @ExampleObject(name = "pagina", value = ReferralExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Ongeldige parameter.")
    public ReferralPage list(
            @Parameter(description = "Pseudoniem van de cliënt.") @QueryParam("clientRef") String clientRef,
            @Parameter(description = "Alleen wijzigingen na dit moment (ISO 8601).", example = "2026-12-01T00:00:00Z")
            @QueryParam("modified_after") String modifiedAfter,
            @Parameter(description = "'next' van de vorige pagina.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Aantal per pagina (1–100, standaard 50).") @QueryParam("size") Integer size) {
        String institution = user.requiredInstitution();
        if (clientRef != null) {
            List<ReferralView> items = referrals.byClientRef(institution, clientRef).stream()
                    .map(r -> ReferralMapper.toView(r, null)).toList();
            return new ReferralPage(items, null, false);
        }
        int pageSize = size == null ? 50 : size;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInput(List.of(new FieldError("size", "Kies een aantal van 1 tot " + MAX_PAGE_SIZE + ".")));
        }
        ReferralFeed.Page page = referrals.feed(institution, instant(modifiedAfter), ReferralCursor.decode(cursor), pageSize);
        return new ReferralPage(page.items().stream().map(r -> ReferralMapper.toView(r, null)).toList(),
                ReferralCursor.encode(page.lastSeq()), page.more());
    }

    @GET
    @Path("/worklist")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "referralWorklist", summary = "Werklijst van de eigen instelling",
            description = "Open verwijzingen met een nabespreking of evaluatie die binnen een week valt of te laat is, die de afgelopen "
                    + "week zijn gewijzigd, of met een nieuw antwoord van de cliënt via de check-in; met de reden(en) per rij.")
    @APIResponse(responseCode = "200", description = "De werklijst.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorklistView.class)))
    public WorklistView worklist() {
        List<Worklist.Item> items = referrals.worklist(user.requiredInstitution());
        TargetNames names = referrals.targetNames(items.stream().map(Worklist.Item::referral).toList());
        return new WorklistView(items.stream().map(item -> new WorklistView.Item(ReferralMapper.toView(item.referral(), null),
                item.reasons(), names.organisation(item.referral().organisationId), names.group(item.referral().groupSlug))).toList());
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    @Operation(operationId = "transitionReferral", summary = "De status van een verwijzing wijzigen",
            description = "Volgens de FHIR Gravity Task: draft → requested → accepted | rejected | cancelled; accepted → in-progress | "
                    + "on-hold | completed | failed | cancelled; in-progress ↔ on-hold; → completed | failed | cancelled; "
                    + "entered-in-error vanuit elke status. Een andere overgang: 409.")
    @APIResponse(responseCode = "200", description = "De verwijzing na de wijziging.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "verwijzing", value = ReferralExamples.REFERRAL)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransitionRequest.class),
            examples = @ExampleObject(name = "even gestopt", value = ReferralExamples.TRANSITION)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer of reden ontbreekt.")
    @APIResponse(responseCode = "404", description = "Geen verwijzing van uw instelling.")
    @APIResponse(responseCode = "409", description = "Deze statusovergang bestaat niet.")
    @APIResponse(responseCode = "422", description = "Onbekend veld.")
    public RestResponse<ReferralView> transition(@PathParam("id") UUID id,
            @Parameter(description = "ETag van de verwijzing.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TransitionRequest body) {
        String institution = user.requiredInstitution();
        if (body == null || body.status() == null) {
            throw new InvalidInput(List.of(new FieldError("status", "Kies de nieuwe status.")));
        }
        Referral referral = referrals.transition(id, institution, ifMatch, body.status(), body.reason());
        return EtagResponses.ok(ReferralMapper.toView(referral, referrals.transitions(referral)), referral.etag());
    }

    @PUT
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    @Operation(operationId = "recordReferralOutcome", summary = "De uitkomst vastleggen zoals de cliënt die vertelt")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeRequest.class),
            examples = @ExampleObject(name = "geweest", value = ReferralExamples.OUTCOME)))
    @APIResponse(responseCode = "200", description = "De verwijzing met de uitkomst.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "verwijzing", value = ReferralExamples.REFERRAL)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Geen verwijzing van uw instelling.")
    @APIResponse(responseCode = "422", description = "Onbekend veld.")
    public RestResponse<ReferralView> outcome(@PathParam("id") UUID id,
            @Parameter(description = "ETag van de verwijzing.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OutcomeRequest body) {
        String institution = user.requiredInstitution();
        if (body == null) {
            throw new InvalidInput(List.of(new FieldError("firstMeeting", "Zeg of de cliënt naar een eerste bijeenkomst ging.")));
        }
        Referral referral = referrals.recordOutcome(id, institution, ifMatch,
                new OutcomeInput(body.firstMeeting(), body.meetingsAttended(), body.notForMeReason(), body.continues()));
        return EtagResponses.ok(ReferralMapper.toView(referral, null), referral.etag());
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new FieldError("modified_after", "Gebruik een tijdstip als 2026-12-01T00:00:00Z.")));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a referral", e);
        }
    }

    /** The request as the server understood it, so that spacing or field order do not make a retry "different". */
    private String sha256(ReferralCreate body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
