package nl.zelfhulpwijzer.referrals.webhooks.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.webhooks.DeliveryStatus;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookDelivery;

/** One notification and how its delivery went. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID subscriptionId,
        @Schema(required = true) UUID referralId,
        @Schema(required = true) long referralVersion,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "PENDING: wacht op (nog) een poging; DELIVERED: ontvangen; DEAD: opgegeven.")
        DeliveryStatus status,
        @Schema(required = true) int attempts,
        Instant lastAttemptAt,
        @Schema(description = "HTTP-status van het laatste antwoord, als er een was.") Integer lastResponseStatus,
        String lastError,
        @Schema(description = "Volgende poging (alleen bij PENDING).") Instant nextAttemptAt,
        Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.subscriptionId, d.referralId, d.referralVersion, d.occurredAt, d.status,
                d.attempts, d.lastAttemptAt, d.lastResponseStatus, d.lastError,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
