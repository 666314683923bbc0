package nl.zelfhulpwijzer.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookAdmin;
import nl.zelfhulpwijzer.referrals.webhooks.WebhookSubscription;

/**
 * The webhook subscriptions of an institution for other doors (FHIR Subscription): the same records, signed id-only
 * notifications, retries and dead letter as {@code /api/v1/webhooks}. Always by institution; another's is not found.
 */
@ApplicationScoped
public class ReferralSubscriptions {

    /** A subscription; {@code secret} only in the answer to its creation, else null. */
    public record Subscription(UUID id, String clientId, String endpointUrl, Instant createdAt, String secret) {

        static Subscription of(WebhookSubscription s, boolean withSecret) {
            return new Subscription(s.id, s.clientId, s.endpointUrl, s.createdAt, withSecret ? s.secret : null);
        }
    }

    @Inject
    WebhookAdmin admin;

    public Subscription subscribe(String institution, String clientId, String endpointUrl, String user) {
        return Subscription.of(admin.subscribe(institution, clientId, endpointUrl, user), true);
    }

    public List<Subscription> subscriptions(String institution) {
        return admin.subscriptions(institution).stream().map(s -> Subscription.of(s, false)).toList();
    }

    public Subscription subscription(String institution, UUID id) {
        return subscriptions(institution).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Dit abonnement bestaat niet (meer) voor uw instelling."));
    }

    public void unsubscribe(String institution, UUID id) {
        admin.unsubscribe(institution, id);
    }
}
