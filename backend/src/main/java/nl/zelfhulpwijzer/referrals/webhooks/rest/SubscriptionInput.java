package nl.zelfhulpwijzer.referrals.webhooks.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription: which client system, and where it receives notifications. */
@Schema(name = "WebhookSubscriptionInput")
public record SubscriptionInput(
        @Schema(required = true, description = "Naam van het systeem (EPD) dat de meldingen krijgt.", example = "zelfhulpwijzer-epd")
        String clientId,
        @Schema(required = true, description = "Adres dat de meldingen ontvangt (https).", example = "https://epd.example.nl/zhw/meldingen")
        String endpointUrl) {
}
