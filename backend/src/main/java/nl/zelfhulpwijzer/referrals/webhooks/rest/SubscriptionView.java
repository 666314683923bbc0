package nl.zelfhulpwijzer.referrals.webhooks.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.webhooks.WebhookSubscription;

/** A subscription; the secret only in the answer that made it. */
@Schema(name = "WebhookSubscription")
public record SubscriptionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String clientId,
        @Schema(required = true) String endpointUrl,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(description = "Geheim voor de handtekening (HMAC-SHA256); alleen bij het aanmaken, bewaar het meteen.")
        String secret) {

    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.clientId, s.endpointUrl, s.createdAt, s.createdBy, null);
    }

    static SubscriptionView withSecret(WebhookSubscription s) {
        return new SubscriptionView(s.id, s.clientId, s.endpointUrl, s.createdAt, s.createdBy, s.secret);
    }
}
