package nl.zelfhulpwijzer.interop.fhir;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.referrals.ReferralSubscriptions;

/**
 * FHIR R4 Subscriptions (rest-hook, as Koppeltaal 2.0) as the referrals' webhook subscriptions, through their
 * published {@link ReferralSubscriptions}: one record, so the same signed id-only notification (the Task id and its
 * version), retries and dead letter as the JSON API's webhooks.
 */
@ApplicationScoped
public class FhirSubscriptions {

    static final String CRITERIA = "Task";
    /** The body of a notification: {@code {"type":"referral.changed","referralId":…,"version":…,"occurredAt":…}}. */
    static final String PAYLOAD = "application/json";

    @Inject
    ReferralSubscriptions subscriptions;

    public Subscription create(String institution, String user, Subscription asked) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!CRITERIA.equals(asked.getCriteria())) {
            errors.add(new Problem.FieldError("Subscription.criteria", "Gebruik criteria Task: meldingen over de verwijzingen van uw instelling."));
        }
        if (asked.getChannel().getType() != SubscriptionChannelType.RESTHOOK) {
            errors.add(new Problem.FieldError("Subscription.channel.type", "Gebruik rest-hook."));
        }
        if (asked.getChannel().hasPayload() && !PAYLOAD.equals(asked.getChannel().getPayload())) {
            errors.add(new Problem.FieldError("Subscription.channel.payload", "Een melding bevat alleen id en versie (" + PAYLOAD
                    + "); laat payload leeg of gebruik " + PAYLOAD + "."));
        }
        if (asked.getChannel().hasHeader() || asked.hasEnd() || asked.hasContact()) {
            errors.add(new Problem.FieldError("Subscription", "Stuur geen header, end of contact mee: die gebruikt de Zelfhulpwijzer niet."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Dit abonnement kan niet worden gemaakt.", errors);
        }
        ReferralSubscriptions.Subscription made = subscriptions.subscribe(institution, clientId(user),
                asked.getChannel().getEndpoint(), user);
        Subscription answer = of(made);
        answer.getChannel().addExtension(FhirCodes.WEBHOOK_SECRET, new StringType(made.secret()));
        return answer;
    }

    public Subscription read(String institution, String id) {
        return of(subscriptions.subscription(institution, uuid(id)));
    }

    /** The institution's Subscriptions; {@code url} narrows them to those that notify these addresses. */
    public Bundle search(String institution, Map<String, List<String>> params, URI request, String base) {
        FhirQuery q = FhirQuery.search(FhirSearchSupport.SUBSCRIPTION, params);
        List<String> urls = q.anyOf("url");
        int count = q.count();
        int offset = q.offset();
        q.throwIfInvalid();
        List<ReferralSubscriptions.Subscription> found = subscriptions.subscriptions(institution).stream()
                .filter(s -> urls == null || urls.contains(s.endpointUrl())).toList();
        return FhirBundles.searchset(request, base, found, offset, count, FhirSubscriptions::of);
    }

    public void delete(String institution, String id) {
        subscriptions.unsubscribe(institution, uuid(id));
    }

    static Subscription of(ReferralSubscriptions.Subscription s) {
        Subscription sub = new Subscription();
        sub.setId(s.id().toString());
        sub.getMeta().setLastUpdated(Date.from(s.createdAt()));
        sub.setStatus(SubscriptionStatus.ACTIVE);
        sub.setReason("Meldingen over de verwijzingen van de eigen instelling (systeem " + s.clientId() + ").");
        sub.setCriteria(CRITERIA);
        sub.getChannel().setType(SubscriptionChannelType.RESTHOOK).setEndpoint(s.endpointUrl()).setPayload(PAYLOAD);
        return sub;
    }

    /** The webhook's client id: who made it, in the characters a client id allows. */
    private static String clientId(String user) {
        String id = user == null ? "" : user.replaceAll("[^A-Za-z0-9._-]", "-");
        return id.isEmpty() ? "fhir" : id.substring(0, Math.min(id.length(), 100));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Er is geen Subscription met id '" + id + "'.");
        }
    }
}
