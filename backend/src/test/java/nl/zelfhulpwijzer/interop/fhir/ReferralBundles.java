package nl.zelfhulpwijzer.interop.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;

/** A new referral as an EPD sends it: a transaction Bundle of a ServiceRequest and its Task. */
final class ReferralBundles {

    private ReferralBundles() {
    }

    static Bundle referral(String clientRef) {
        ServiceRequest sr = new ServiceRequest();
        sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE).setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        sr.setCode(FhirReferralCodes.LEVEL.concept(IntegrationLevel.VERWIJZING));
        sr.addCategory(FhirReferralCodes.PHASE.concept(TreatmentPhase.TREATMENT));
        sr.addOrderDetail(FhirReferralCodes.ROUTE.concept(Route.VIA_CONTACT_PERSON));
        sr.setSubject(ReferralFhirMapping.client(clientRef));
        sr.addPerformer(new Reference("Organization/aa-nederland"));
        sr.addNote().setText("Eerste keer samen met de makelaar.");
        Task task = new Task();
        task.setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(ReferralFhirMapping.TASK_CODES, "fulfill", null)));
        task.setFocus(new Reference("urn:uuid:5b0b7bd4-5b43-4e5e-a4a4-4d3a4c1c0a01"));
        task.setFor(ReferralFhirMapping.client(clientRef));
        task.setOwner(new Reference("Organization/aa-nederland"));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry().setFullUrl("urn:uuid:5b0b7bd4-5b43-4e5e-a4a4-4d3a4c1c0a01").setResource(sr).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("ServiceRequest");
        bundle.addEntry().setFullUrl("urn:uuid:5b0b7bd4-5b43-4e5e-a4a4-4d3a4c1c0a02").setResource(task).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Task");
        return bundle;
    }
}
