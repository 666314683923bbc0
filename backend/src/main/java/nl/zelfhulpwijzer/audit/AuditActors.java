package nl.zelfhulpwijzer.audit;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import nl.zelfhulpwijzer.common.security.CurrentUser;

/**
 * The actor of the current request, from the token (user, role, institution, the machine client's id as source
 * system) and the request (address, {@code X-On-Behalf-Of} sent by an EPD for its user, {@code X-Request-Id}).
 */
@RequestScoped
public class AuditActors {

    static final String WEB_CLIENT = "zelfhulpwijzer-web";
    private static final int MAX_HEADER = 100;

    @Inject
    CurrentUser user;

    @Inject
    JsonWebToken token;

    @Inject
    CurrentVertxRequest http;

    private AuditActor actor;
    private String correlationId;

    public AuditActor current() {
        if (actor == null) {
            String clientId = token.getClaim("azp");
            String role = String.join(",", user.roles());
            boolean machine = user.roles().contains("epd");
            actor = new AuditActor(user.username(), role.isEmpty() ? "geen" : role, header("X-On-Behalf-Of"), user.institution(),
                    machine && clientId != null ? clientId : WEB_CLIENT, address(), correlationId());
        }
        return actor;
    }

    /** The actor for the client's own check-in on this request. */
    public AuditActor checkinClient(String institution) {
        return AuditActor.checkinClient(institution, address(), correlationId());
    }

    /** Null outside an HTTP request (a scheduled job). */
    private HttpServerRequest request() {
        return http.getCurrent() != null ? http.getCurrent().request() : null;
    }

    private String address() {
        HttpServerRequest request = request();
        return request != null && request.remoteAddress() != null ? request.remoteAddress().hostAddress() : null;
    }

    private String correlationId() {
        if (correlationId == null) {
            String sent = header("X-Request-Id");
            correlationId = sent != null ? sent : UUID.randomUUID().toString();
        }
        return correlationId;
    }

    private String header(String name) {
        String value = request() != null ? request().getHeader(name) : null;
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > MAX_HEADER ? value.substring(0, MAX_HEADER) : value;
    }
}
