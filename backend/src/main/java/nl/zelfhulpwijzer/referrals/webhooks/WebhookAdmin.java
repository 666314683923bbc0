package nl.zelfhulpwijzer.referrals.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PageResult;

/** What the beheerder of an institution does with its subscriptions and their notifications; always by institution. */
@ApplicationScoped
public class WebhookAdmin {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CLIENT_ID_PATTERN = "[A-Za-z0-9._-]{1,100}";

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    public List<WebhookSubscription> subscriptions(String institution) {
        return WebhookSubscription.list("institution", Sort.by("createdAt").and("id"), institution);
    }

    /** A new subscription with a fresh secret (256 random bits), which the caller shows once. */
    @Transactional
    public WebhookSubscription subscribe(String institution, String clientId, String endpointUrl, String user) {
        List<FieldError> errors = new ArrayList<>();
        if (clientId == null || !clientId.matches(CLIENT_ID_PATTERN)) {
            errors.add(new FieldError("clientId", "Vul de naam van het systeem in: letters, cijfers, punt, streepje of liggend streepje (hoogstens 100)."));
        }
        EndpointRules.problemWith(endpointUrl, config.allowLocalHttp())
                .ifPresent(message -> errors.add(new FieldError("endpointUrl", message)));
        InvalidInput.failOn(errors);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.institution = institution;
        subscription.clientId = clientId;
        subscription.endpointUrl = endpointUrl;
        subscription.secret = newSecret();
        subscription.createdAt = clock.instant();
        subscription.createdBy = user;
        subscription.persist();
        return subscription;
    }

    /** Removes the subscription with its notifications, sent or not. */
    @Transactional
    public void unsubscribe(String institution, UUID id) {
        WebhookSubscription subscription = subscription(institution, id);
        subscription.delete();
    }

    public PageResult<WebhookDelivery> deliveries(String institution, Optional<DeliveryStatus> status, PageRequest page) {
        var query = status
                .map(s -> WebhookDelivery.<WebhookDelivery>find("institution = ?1 and status = ?2",
                        Sort.descending("createdAt").and("id"), institution, s))
                .orElseGet(() -> WebhookDelivery.find("institution", Sort.descending("createdAt").and("id"), institution));
        List<WebhookDelivery> items = query.page(Page.of(page.page() - 1, page.size())).list();
        return PageResult.of(items, page, query.count());
    }

    /** Sends a notification again from the start (attempts count from zero), e.g. a dead one after a fix. */
    @Transactional
    public WebhookDelivery redeliver(String institution, UUID id) {
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>find("id = ?1 and institution = ?2", id, institution)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Deze melding bestaat niet (meer) voor uw instelling."));
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.instant();
        delivery.deliveredAt = null;
        return delivery;
    }

    private static WebhookSubscription subscription(String institution, UUID id) {
        return WebhookSubscription.<WebhookSubscription>find("id = ?1 and institution = ?2", id, institution)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Dit abonnement bestaat niet (meer) voor uw instelling."));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
