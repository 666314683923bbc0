package nl.zelfhulpwijzer.audit.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditPurpose;
import nl.zelfhulpwijzer.audit.StoredAuditEvent;
import nl.zelfhulpwijzer.common.csv.Csv;

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

    static final String[] CSV_HEADER = { "seq", "occurredAt", "action", "outcome", "userId", "userRole", "onBehalfOf",
        "clientRef", "resourceType", "resourceId", "sourceSystem", "sourceAddress", "purpose", "correlationId", "hash" };

    /** The history as CSV (common/csv), one line per access after the header. */
    static String csv(List<AuditEventView> events) {
        Csv csv = new Csv().line((Object[]) CSV_HEADER);
        events.forEach(e -> csv.line(e.seq, e.occurredAt, e.action.name(), e.outcome, e.userId, e.userRole, e.onBehalfOf,
                e.clientRef, e.resourceType, e.resourceId, e.sourceSystem, e.sourceAddress, e.purpose.name(), e.correlationId,
                e.hash));
        return csv.toString();
    }

    static AuditEventView of(StoredAuditEvent stored) {
        var e = stored.event();
        var a = e.actor();
        return new AuditEventView(stored.seq(), e.occurredAt(), e.action(), e.outcome(), a.userId(), a.role(), a.onBehalfOf(),
                e.clientRef(), e.resourceType(), e.resourceId(), a.sourceSystem(), a.sourceAddress(), e.purpose(), a.correlationId(),
                stored.hash());
    }
}
