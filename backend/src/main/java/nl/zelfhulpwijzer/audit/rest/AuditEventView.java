package nl.zelfhulpwijzer.audit.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditPurpose;
import nl.zelfhulpwijzer.audit.StoredAuditEvent;

/** One access in a client's history (NEN 7513): who, when, what, from where and why. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        @Schema(required = true) long seq,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) AuditAction action,
        @Schema(required = true) String outcome,
        @Schema(required = true) String userId,
        @Schema(required = true) String userRole,
        String onBehalfOf,
        String clientRef,
        @Schema(required = true) String resourceType,
        String resourceId,
        String sourceSystem,
        String sourceAddress,
        @Schema(required = true) AuditPurpose purpose,
        String correlationId,
        @Schema(required = true, description = "SHA-256 over de vorige hash en deze gebeurtenis.") String hash) {

    static final String CSV_HEADER = "seq,occurredAt,action,outcome,userId,userRole,onBehalfOf,clientRef,resourceType,resourceId,"
            + "sourceSystem,sourceAddress,purpose,correlationId,hash";

    static AuditEventView of(StoredAuditEvent stored) {
        var e = stored.event();
        var a = e.actor();
        return new AuditEventView(stored.seq(), e.occurredAt(), e.action(), e.outcome(), a.userId(), a.role(), a.onBehalfOf(),
                e.clientRef(), e.resourceType(), e.resourceId(), a.sourceSystem(), a.sourceAddress(), e.purpose(), a.correlationId(),
                stored.hash());
    }

    /** One CSV line (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled). */
    String csv() {
        return String.join(",", String.valueOf(seq), occurredAt.toString(), action.name(), csv(outcome), csv(userId), csv(userRole),
                csv(onBehalfOf), csv(clientRef), csv(resourceType), csv(resourceId), csv(sourceSystem), csv(sourceAddress),
                purpose.name(), csv(correlationId), hash);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make a spreadsheet run it as a formula.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
