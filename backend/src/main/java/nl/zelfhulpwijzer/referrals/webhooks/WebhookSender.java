package nl.zelfhulpwijzer.referrals.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One signed HTTP POST of a notification; redirects are not followed (the endpoint is the registered one). */
@ApplicationScoped
public class WebhookSender {

    public static final String DELIVERY_HEADER = "Zhw-Delivery";

    /** What an attempt gave: delivered on any 2xx; otherwise the status (null when no answer) and a short reason. */
    public record Outcome(boolean delivered, Integer status, String error) {
    }

    private final HttpClient client;
    private final WebhookConfig config;

    @Inject
    public WebhookSender(WebhookConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Outcome send(String endpoint, String secret, UUID deliveryId, String body, Instant now) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Zelfhulpwijzer-Webhooks/1")
                .header(DELIVERY_HEADER, deliveryId.toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, status, null)
                    : new Outcome(false, status, "Het systeem antwoordde met status " + status + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "Verzenden onderbroken.");
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(false, null, "Niet bereikbaar: " + e.getClass().getSimpleName() + ".");
        }
    }
}
