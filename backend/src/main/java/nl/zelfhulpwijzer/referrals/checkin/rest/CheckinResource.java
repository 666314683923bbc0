package nl.zelfhulpwijzer.referrals.checkin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.referrals.checkin.Checkins;

/**
 * The client's side of the check-in, without an account. Says nothing about the client or the referral; an unknown,
 * expired or used-up link gets the same 404; too many requests per link or per address get 429.
 */
@Path("/api/v1/check-in/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in")
public class CheckinResource {

    private static final CacheControl NO_STORE = noStore();

    @Inject
    Checkins checkins;

    @Context
    HttpServerRequest request;

    @GET
    @Operation(operationId = "getCheckin", summary = "De vraag van de check-in (openbaar, met de link)")
    @APIResponse(responseCode = "200", description = "De link werkt: de vraag en de keuzes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckinQuestionView.class)))
    @APIResponse(responseCode = "404", description = "De link werkt niet (meer).")
    @APIResponse(responseCode = "429", description = "Te vaak geprobeerd; zie Retry-After.")
    public Response question(@PathParam("token") String token) {
        checkins.requireUsable(token, address());
        return Response.ok(CheckinQuestionView.usable()).cacheControl(NO_STORE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerCheckin", summary = "Het antwoord van de cliënt geven (openbaar, met de link)")
    @APIResponse(responseCode = "204", description = "Bedankt: het antwoord is doorgegeven aan de hulpverlener.")
    @APIResponse(responseCode = "400", description = "Geen of een onbekend antwoord.")
    @APIResponse(responseCode = "404", description = "De link werkt niet (meer).")
    @APIResponse(responseCode = "429", description = "Te vaak geprobeerd; zie Retry-After.")
    public Response answer(@PathParam("token") String token, CheckinAnswerInput input) {
        if (input == null) {
            throw new InvalidInput(List.of(new FieldError("answer", "Kies een antwoord.")));
        }
        checkins.answer(token, address(), input.answer(), input.reason());
        return Response.noContent().cacheControl(NO_STORE).build();
    }

    private String address() {
        return request.remoteAddress() != null ? request.remoteAddress().hostAddress() : null;
    }

    private static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        return control;
    }
}
