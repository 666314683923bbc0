package nl.zelfhulpwijzer.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One access to data, as NEN 7513 asks: action, outcome, time, actor (see {@link AuditActor}), the client's
 * pseudonymous reference, which data (resource type and id) and the purpose. Times are kept to the microsecond,
 * as PostgreSQL stores them, so the hash over a stored event can be computed again.
 */
public record AuditEvent(Instant occurredAt, AuditAction action, String outcome, AuditActor actor, String clientRef,
        String resourceType, String resourceId, AuditPurpose purpose) {

    public static final String SUCCESS = "SUCCESS";

    public AuditEvent {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    public static AuditEvent success(Instant at, AuditAction action, AuditActor actor, String clientRef, String resourceType,
            String resourceId, AuditPurpose purpose) {
        return new AuditEvent(at, action, SUCCESS, actor, clientRef, resourceType, resourceId, purpose);
    }
}
