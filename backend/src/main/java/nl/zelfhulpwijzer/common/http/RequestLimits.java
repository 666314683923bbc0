package nl.zelfhulpwijzer.common.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemType;

/**
 * Refuses an over-long address (414), oversized headers (431), an address that is no valid URI such as a broken
 * percent-encoding {@code %ZZ} (400), one with a NUL character (400), an announced body (Content-Length) beyond
 * Quarkus' body limit (413) and malformed proxy headers ({@link ForwardedHeaders}, 400) as problem+json, before any
 * resource runs.
 * <p>
 * Why here: the HTTP decoder's own refusals have no body and cannot be changed from Quarkus. So its limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these, and
 * these, the limits that count, answer like every other error. Quarkus checks the URI itself too, with a bare 400,
 * unless the JVM runs with {@code -Dvertx.disableURIValidation=true} (scripts/backend.sh, the Dockerfile and the
 * tests set it), which hands that check to this class: the filter, and the router's 400 handler for what fails while
 * routes are matched. Only a request beyond the decoder's limits (64 KiB), one it cannot parse, and a body that grows
 * past the limit without announcing its length still get a bare answer (behind nginx none of these reaches the
 * backend: nginx answers them itself, with problem+json, see deploy/nginx/problem-errors.conf).
 */
@ApplicationScoped
public class RequestLimits {

    /** Longest request target (path and query) accepted, in characters. */
    public static final int MAX_URI_LENGTH = 8 * 1024;
    /** Largest sum of header names and values accepted, in characters. */
    public static final int MAX_HEADERS_LENGTH = 16 * 1024;

    private static final String INVALID_URI =
            "Het adres van het verzoek is ongeldig. Let op: na een % horen twee tekens uit 0-9 of A-F.";
    private static final Pattern NUL = Pattern.compile("%00");

    /** Runs before the REST layer (higher priority runs first), also before authentication. */
    private static final int PRIORITY = 1_000;

    /** Quarkus' own limit, which it enforces with a bare 413 while reading; announced sizes are refused here first. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /**
     * The router decodes the path while matching routes, before any filter; a broken percent-encoding fails there
     * with 400, which Vert.x would answer with a bare text body.
     */
    void registerRouterRefusal(@Observes Router router) {
        router.errorHandler(400, context -> refuse(context, ProblemType.BAD_REQUEST, validUri(context.request().uri())
                ? "Het verzoek kan niet worden gelezen."
                : INVALID_URI));
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI_LENGTH) {
            refuse(context, ProblemType.URI_TOO_LONG,
                    "Het adres is langer dan " + MAX_URI_LENGTH + " tekens. Gebruik minder of kortere zoekwoorden.");
            return;
        }
        if (!validUri(context.request().uri())) {
            refuse(context, ProblemType.BAD_REQUEST, INVALID_URI);
            return;
        }
        if (NUL.matcher(context.request().uri()).find()) {
            // PostgreSQL cannot store or compare text with a NUL character; no valid value of ours contains one.
            refuse(context, ProblemType.BAD_REQUEST, "Het adres van het verzoek bevat een ongeldig teken (%00).");
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headers += header.getKey().length() + header.getValue().length();
        }
        if (headers > MAX_HEADERS_LENGTH) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE,
                    "De kopregels van het verzoek zijn samen langer dan " + MAX_HEADERS_LENGTH + " tekens.");
            return;
        }
        if (declaredBodyLength(context) > maxBody.asLongValue()) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "Het verzoek is groter dan " + maxBody.asLongValue() / 1024 + " KiB.");
            return;
        }
        String forwarded = ForwardedHeaders.problem(context.request()::getHeader);
        if (forwarded != null) {
            refuse(context, ProblemType.BAD_REQUEST, forwarded);
            return;
        }
        context.next();
    }

    /** The Content-Length the client announced; -1 when none or not a number (the HTTP decoder judges those). */
    private static long declaredBodyLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean validUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, ProblemType type, String detail) {
        if (context.response().ended()) {
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail);
        HttpServerResponse response = context.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (type == ProblemType.PAYLOAD_TOO_LARGE) {
            // The announced body is never read, so this connection cannot carry another request: close it, or it
            // would wait for the rest of the body.
            response.putHeader("Connection", "close").end(problem.encode())
                    .onComplete(sent -> context.request().connection().close());
            return;
        }
        response.end(problem.encode());
    }
}
