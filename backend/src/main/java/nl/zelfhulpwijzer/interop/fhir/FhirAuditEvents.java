package nl.zelfhulpwijzer.interop.fhir;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;

import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditActors;
import nl.zelfhulpwijzer.audit.AuditTrail;
import nl.zelfhulpwijzer.audit.StoredAuditEvent;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.DirectoryHarvest;

/** The audit log as FHIR AuditEvents, read through the audit feature's {@link AuditTrail}, which records each read. */
@ApplicationScoped
public class FhirAuditEvents {

    @Inject
    AuditTrail trail;

    @Inject
    AuditActors actors;

    public AuditEvent read(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw notFound(id);
        }
        return trail.event(actors.current(), Long.parseLong(id)).map(AuditEventMapping::of).orElseThrow(() -> notFound(id));
    }

    /** One client's events (entity:identifier is required, as the log is kept per client), oldest first. */
    public Bundle search(Map<String, List<String>> params, URI request, String base) {
        FhirQuery q = FhirQuery.search(FhirSearchSupport.AUDIT_EVENT, params);
        List<String> entity = q.anyOf(FhirSearchSupport.ENTITY_BY_IDENTIFIER);
        DirectoryHarvest.Changed date = q.dates("date");
        int count = q.count();
        int offset = q.offset();
        String prefix = FhirCodes.CLIENT_REF + "|";
        if (entity == null || entity.size() != 1 || !entity.get(0).startsWith(prefix) || entity.get(0).length() == prefix.length()) {
            q.invalid(FhirSearchSupport.ENTITY_BY_IDENTIFIER, "Geef één cliënt: " + prefix + "cliëntreferentie.");
        }
        q.throwIfInvalid();
        List<StoredAuditEvent> events = trail.history(actors.current(), AuditAction.READ, entity.get(0).substring(prefix.length()),
                date == null ? null : date.from(), date == null ? null : date.until());
        return FhirBundles.searchset(request, base, events, offset, count, AuditEventMapping::of);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("Uw instelling heeft geen AuditEvent met id '" + id + "'.");
    }
}
