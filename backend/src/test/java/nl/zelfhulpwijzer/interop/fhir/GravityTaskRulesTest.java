package nl.zelfhulpwijzer.interop.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Gravity Task rules on their own, and through the test validator, so a Task that breaks them fails a test. A
 * Quarkus test like every other user of {@link FhirValidation}: the validator's XML parser cannot load in both the
 * plain and the Quarkus class loader in one test JVM (LinkageError on javax.xml.namespace.QName).
 */
@QuarkusTest
class GravityTaskRulesTest {

    private static Task conforming() {
        Task task = new Task();
        task.setId("7");
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill", "Fulfill the focal request")));
        task.setFocus(new Reference("ServiceRequest/7"));
        task.setFor(new Reference().setType("Patient").setIdentifier(new Identifier().setSystem("urn:test:client").setValue("c-1")));
        task.setAuthoredOn(new Date());
        task.setRequester(new Reference().setType("Organization").setIdentifier(new Identifier().setSystem("urn:test:inst").setValue("i")));
        task.setOwner(new Reference("Organization/aa-nederland"));
        return task;
    }

    private static List<String> problemsAfter(Consumer<Task> change) {
        Task task = conforming();
        change.accept(task);
        return GravityTaskRules.problems(task);
    }

    @Test
    void aConformingTaskHasNoProblems() {
        assertEquals(List.of(), GravityTaskRules.problems(conforming()));
    }

    @Test
    void eachRequiredElementAndFixedValueIsChecked() {
        assertEquals(List.of("status is required"), problemsAfter(t -> t.setStatus(null)));
        assertEquals(List.of("intent must be 'order'"), problemsAfter(t -> t.setIntent(Task.TaskIntent.PLAN)));
        assertEquals(List.of("code must be 'fulfill' from http://hl7.org/fhir/CodeSystem/task-code"),
                problemsAfter(t -> t.getCode().getCodingFirstRep().setCode("approve")));
        assertEquals(List.of("focus must reference the ServiceRequest"), problemsAfter(t -> t.setFocus(new Reference("Patient/1"))));
        assertEquals(List.of("for is required"), problemsAfter(t -> t.setFor(null)));
        assertEquals(List.of("authoredOn is required"), problemsAfter(t -> t.setAuthoredOn(null)));
        assertEquals(List.of("requester is required"), problemsAfter(t -> t.setRequester(null)));
        assertEquals(List.of("owner is required"), problemsAfter(t -> t.setOwner(null)));
    }

    @Test
    void aRejectionNeedsAReasonWithText() {
        assertEquals(List.of("statusReason is required when the status is rejected"),
                problemsAfter(t -> t.setStatus(Task.TaskStatus.REJECTED)));
        assertEquals(List.of("statusReason needs its text"), problemsAfter(t -> t.setStatus(Task.TaskStatus.CANCELLED)
                .setStatusReason(new CodeableConcept(new Coding("urn:test", "x", null)))));
        assertEquals(List.of(), problemsAfter(t -> t.setStatus(Task.TaskStatus.FAILED)
                .setStatusReason(new CodeableConcept().setText("Groep bestaat niet meer"))));
    }

    @Test
    void theTestValidatorRefusesANonConformingTaskAloneAndInABundle() {
        FhirContext fhir = FhirContext.forR4Cached();
        Task task = conforming().setIntent(Task.TaskIntent.PROPOSAL);
        String alone = fhir.newJsonParser().encodeResourceToString(task);
        AssertionError error = assertThrows(AssertionError.class, () -> FhirValidation.assertValid(alone));
        assertTrue(error.getMessage().contains("Gravity TaskForReferralManagement: intent must be 'order'"), error.getMessage());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setFullUrl("http://localhost/fhir/Task/7").setResource(task);
        String inBundle = fhir.newJsonParser().encodeResourceToString(bundle);
        AssertionError inBundleError = assertThrows(AssertionError.class, () -> FhirValidation.assertValid(inBundle));
        assertTrue(inBundleError.getMessage().contains("Gravity TaskForReferralManagement: intent must be 'order'"),
                inBundleError.getMessage());
        FhirValidation.assertValid(fhir.newJsonParser().encodeResourceToString(conforming()));
    }
}
