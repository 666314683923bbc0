package nl.zelfhulpwijzer.referrals.webhooks.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.common.paging.PagingParams;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.referrals.webhooks.DeliveryStatus;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookAdmin;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookSubscription;

/** The beheerder's webhook subscriptions and the notifications sent through them, of the own institution only. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BEHEERDER)
@Tag(name = "Webhooks", description = "Meldingen aan het EPD als een verwijzing verandert: alleen id en versie, ondertekend "
        + "(header Zhw-Signature: t=<unix-seconden>,v1=<hex HMAC-SHA256 over \"<t>.<body>\">). Controleer de handtekening "
        + "en weiger berichten met een t ouder dan 5 minuten; een melding kan vaker komen (Zhw-Delivery is het id).")
public class WebhookResource {

    @Inject
    WebhookAdmin admin;

    @Inject
    CurrentUser user;

    public record SubscriptionList(@Schema(required = true) List<SubscriptionView> items) {
    }

    @GET
    @Path("/subscriptions")
    @Operation(operationId = "listWebhookSubscriptions", summary = "Abonnementen van de eigen instelling")
    @APIResponse(responseCode = "200", description = "De abonnementen, zonder geheim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionList.class)))
    public SubscriptionList subscriptions() {
        return new SubscriptionList(admin.subscriptions(user.requiredInstitution()).stream().map(SubscriptionView::of).toList());
    }

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Een systeem (EPD) meldingen laten krijgen",
            description = "Het antwoord bevat eenmalig het geheim waarmee het systeem de handtekening controleert.")
    @APIResponse(responseCode = "201", description = "Het abonnement, met geheim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Naam of adres niet goed (adres moet met https:// beginnen).")
    public Response subscribe(@NotNull SubscriptionInput input) {
        WebhookSubscription made = admin.subscribe(user.requiredInstitution(), input.clientId(), input.endpointUrl(), user.username());
        return Response.created(URI.create("/api/v1/webhooks/subscriptions/" + made.id))
                .entity(SubscriptionView.withSecret(made)).build();
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Een abonnement opzeggen",
            description = "Ook de meldingen die nog wachten vervallen.")
    @APIResponse(responseCode = "204", description = "Opgezegd.")
    @APIResponse(responseCode = "404", description = "Geen abonnement van uw instelling.")
    public void unsubscribe(@PathParam("id") UUID id) {
        admin.unsubscribe(user.requiredInstitution(), id);
    }

    @GET
    @Path("/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Meldingen en hoe ze zijn afgeleverd, nieuwste eerst",
            description = "Met status=DEAD de meldingen die na alle pogingen niet zijn aangekomen.")
    @APIResponse(responseCode = "200", description = "Een pagina meldingen.")
    @APIResponse(responseCode = "400", description = "Onbekende status of paginering.")
    public PageResult<DeliveryView> deliveries(
            @QueryParam("status") @Parameter(description = "PENDING, DELIVERED of DEAD.",
                    schema = @Schema(implementation = DeliveryStatus.class)) String status,
            @BeanParam PagingParams paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<DeliveryStatus> wanted = Optional.ofNullable(CodeParams.parse(DeliveryStatus.class, status, "status", errors));
        PageRequest page = paging.toPageRequest(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return admin.deliveries(user.requiredInstitution(), wanted, page).map(DeliveryView::of);
    }

    @POST
    @Path("/deliveries/{id}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Een melding opnieuw versturen",
            description = "Bijvoorbeeld een opgegeven melding (DEAD) nadat het systeem weer bereikbaar is: de pogingen tellen opnieuw.")
    @APIResponse(responseCode = "200", description = "De melding, weer PENDING.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "Geen melding van uw instelling.")
    public DeliveryView redeliver(@PathParam("id") UUID id) {
        return DeliveryView.of(admin.redeliver(user.requiredInstitution(), id));
    }
}
