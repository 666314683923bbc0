package nl.zelfhulpwijzer.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.referrals.ReferralInput;

/**
 * A new referral from a transaction Bundle of exactly one ServiceRequest and its Task (POST each, the Task's focus
 * pointing at the ServiceRequest's fullUrl). Strict, as the JSON API: the client appears only as the pseudonymous
 * identifier; a Patient, a client reference or name, contained resources or other entries are refused, nothing stored.
 * The rules of the referral itself are the referrals feature's, checked there. Plain Java, testable without a server.
 */
final class ReferralBundleReader {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** FHIR ids to directory keys ({@link FhirKeys}): an id may be made from a longer key. */
    private final UnaryOperator<String> organisationKey;
    private final UnaryOperator<String> groupKey;

    private ReferralBundleReader(UnaryOperator<String> organisationKey, UnaryOperator<String> groupKey) {
        this.organisationKey = organisationKey;
        this.groupKey = groupKey;
    }

    static ReferralInput read(Bundle bundle, UnaryOperator<String> organisationKey, UnaryOperator<String> groupKey) {
        ReferralBundleReader reader = new ReferralBundleReader(organisationKey, groupKey);
        ReferralInput input = reader.input(bundle);
        if (!reader.errors.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Deze verwijzing kan niet worden gemaakt.", reader.errors);
        }
        return input;
    }

    private ReferralInput input(Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            error("Bundle.type", "Stuur een Bundle van het type transaction.");
        }
        BundleEntryComponent srEntry = only(bundle, ServiceRequest.class);
        BundleEntryComponent taskEntry = only(bundle, Task.class);
        if (bundle.getEntry().size() != 2) {
            error("Bundle.entry", "Stuur precies één ServiceRequest en één Task, niets anders.");
        }
        if (srEntry == null || taskEntry == null) {
            return null;
        }
        ServiceRequest sr = (ServiceRequest) srEntry.getResource();
        Task task = (Task) taskEntry.getResource();
        for (BundleEntryComponent entry : List.of(srEntry, taskEntry)) {
            if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                error(entry.getResource().fhirType(), "Maak de bron met request.method POST.");
            }
            if (((DomainResource) entry.getResource()).hasContained()) {
                error(entry.getResource().fhirType() + ".contained", "Stuur geen ingesloten bronnen mee (geen persoonsgegevens).");
            }
        }
        String clientRef = clientRef("ServiceRequest.subject", sr.getSubject());
        String taskClient = clientRef("Task.for", task.getFor());
        if (clientRef != null && taskClient != null && !clientRef.equals(taskClient)) {
            error("Task.for", "Gebruik dezelfde cliëntreferentie als ServiceRequest.subject.");
        }
        checkTask(task, srEntry.getFullUrl());
        if (sr.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER) {
            error("ServiceRequest.intent", "Gebruik intent order.");
        }
        boolean draft = sr.getStatus() == ServiceRequest.ServiceRequestStatus.DRAFT;
        if (!draft && sr.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
            error("ServiceRequest.status", "Een nieuwe verwijzing is draft of active.");
        }
        String organisationId = null;
        String groupSlug = null;
        for (Reference performer : sr.getPerformer()) {
            String ref = performer.getReference() == null ? "" : performer.getReference();
            if (ref.startsWith("Organization/") && organisationId == null) {
                organisationId = ref.substring("Organization/".length());
            } else if (ref.startsWith("HealthcareService/") && groupSlug == null) {
                groupSlug = ref.substring("HealthcareService/".length());
            } else {
                error("ServiceRequest.performer", "Verwijs naar één Organization/id en hoogstens één HealthcareService/id.");
            }
        }
        String owner = task.getOwner().getReference();
        if (organisationId != null && owner != null && !owner.equals("Organization/" + organisationId)) {
            error("Task.owner", "De eigenaar van de Task is de organisatie uit ServiceRequest.performer.");
        }
        return new ReferralInput(clientRef, organisationId == null ? null : organisationKey.apply(organisationId),
                groupSlug == null ? null : groupKey.apply(groupSlug), null,
                FhirReferralCodes.LEVEL.from(sr.getCode().getCoding()).orElse(null),
                sr.getCategory().stream().flatMap(c -> FhirReferralCodes.PHASE.from(c.getCoding()).stream()).findFirst().orElse(null),
                sr.getOrderDetail().stream().flatMap(c -> FhirReferralCodes.ROUTE.from(c.getCoding()).stream()).findFirst().orElse(null),
                null, false, false, null, null, null, sr.hasNote() ? sr.getNoteFirstRep().getText() : null, draft, null, null);
    }

    private void checkTask(Task task, String serviceRequestUrl) {
        if (task.getIntent() != Task.TaskIntent.ORDER) {
            error("Task.intent", "Gebruik intent order.");
        }
        if (!task.getCode().hasCoding(ReferralFhirMapping.TASK_CODES, "fulfill")) {
            error("Task.code", "Gebruik code fulfill uit " + ReferralFhirMapping.TASK_CODES + ".");
        }
        if (serviceRequestUrl == null || !serviceRequestUrl.equals(task.getFocus().getReference())) {
            error("Task.focus", "Laat de Task wijzen naar de fullUrl van de ServiceRequest in deze Bundle.");
        }
        if (task.getStatus() != Task.TaskStatus.REQUESTED && task.getStatus() != Task.TaskStatus.DRAFT) {
            error("Task.status", "Een nieuwe verwijzing heeft status requested of draft.");
        }
    }

    /** The pseudonymous client reference: an identifier in our system and nothing else. */
    private String clientRef(String field, Reference ref) {
        if (ref.hasReference() || ref.hasDisplay() || !ref.hasIdentifier()
                || !FhirCodes.CLIENT_REF.equals(ref.getIdentifier().getSystem())) {
            error(field, "Geef alleen de cliëntreferentie (pseudoniem) als identifier met systeem " + FhirCodes.CLIENT_REF
                    + "; geen naam, BSN of verwijzing naar een Patient.");
            return null;
        }
        return ref.getIdentifier().getValue();
    }

    private BundleEntryComponent only(Bundle bundle, Class<? extends Resource> type) {
        List<BundleEntryComponent> found = bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource())).toList();
        if (found.size() != 1) {
            error("Bundle.entry", "Stuur precies één " + type.getSimpleName() + ".");
            return null;
        }
        return found.get(0);
    }

    private void error(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }
}
