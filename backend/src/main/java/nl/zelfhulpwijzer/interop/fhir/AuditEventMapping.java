package nl.zelfhulpwijzer.interop.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import nl.zelfhulpwijzer.audit.AuditActor;
import nl.zelfhulpwijzer.audit.StoredAuditEvent;

/**
 * A stored audit event (NEN 7513) as a FHIR AuditEvent: the names of the log follow IHE ATNA, as FHIR's do. The
 * client is only the pseudonymous reference; a referral is pointed at as its Task. The hash chain stays in the log.
 */
final class AuditEventMapping {

    private static final String EVENT_TYPES = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    private static final String SOURCE_TYPES = "http://terminology.hl7.org/CodeSystem/security-source-type";
    private static final String OBJECT_ROLES = "http://terminology.hl7.org/CodeSystem/object-role";
    private static final String USER_ID = FhirCodes.BASE + "/sid/gebruiker";

    private AuditEventMapping() {
    }

    static AuditEvent of(StoredAuditEvent stored) {
        nl.zelfhulpwijzer.audit.AuditEvent e = stored.event();
        AuditActor actor = e.actor();
        AuditEvent fhir = new AuditEvent();
        fhir.setId(Long.toString(stored.seq()));
        fhir.setType(new Coding(EVENT_TYPES, "rest", "RESTful Operation"));
        fhir.setAction(switch (e.action()) {
            case CREATE -> AuditEventAction.C;
            case READ, EXPORT -> AuditEventAction.R;
            case UPDATE -> AuditEventAction.U;
            case VERIFY -> AuditEventAction.E;
        });
        fhir.setRecorded(Date.from(e.occurredAt()));
        fhir.setOutcome(nl.zelfhulpwijzer.audit.AuditEvent.SUCCESS.equals(e.outcome()) ? AuditEventOutcome._0 : AuditEventOutcome._8);
        fhir.addPurposeOfEvent(new CodeableConcept().setText(switch (e.purpose()) {
            case CARE -> "zorg voor de cliënt";
            case ACCOUNTABILITY -> "verantwoording (wie zag wat)";
        }));
        AuditEvent.AuditEventAgentComponent agent = fhir.addAgent().setRequestor(actor.onBehalfOf() == null)
                .setWho(new Reference().setIdentifier(new Identifier().setSystem(USER_ID).setValue(actor.userId())));
        agent.addRole().setText(actor.role());
        if (actor.sourceAddress() != null) {
            agent.getNetwork().setAddress(actor.sourceAddress()).setType(AuditEventAgentNetworkType._2);
        }
        if (actor.onBehalfOf() != null) {
            fhir.addAgent().setRequestor(true).setWho(new Reference().setDisplay(actor.onBehalfOf())).addRole().setText("namens");
        }
        fhir.getSource().setSite(actor.sourceSystem()).setObserver(new Reference().setDisplay("Zelfhulpwijzer"))
                .addType(new Coding(SOURCE_TYPES, "4", "Application Server"));
        if (e.clientRef() != null) {
            fhir.addEntity().setWhat(ReferralFhirMapping.client(e.clientRef())).setRole(new Coding(OBJECT_ROLES, "1", "Patient"));
        }
        if (e.resourceId() != null) {
            fhir.addEntity().setWhat(what(e.resourceType(), e.resourceId())).setName(e.resourceType());
        }
        if (actor.correlationId() != null) {
            fhir.getSource().getObserver().setIdentifier(new Identifier().setSystem(FhirCodes.BASE + "/sid/verzoek")
                    .setValue(actor.correlationId()));
        }
        return fhir;
    }

    private static Reference what(String type, String id) {
        return "Referral".equals(type) ? new Reference("Task/" + id) : new Reference().setDisplay(type + " " + id);
    }
}
