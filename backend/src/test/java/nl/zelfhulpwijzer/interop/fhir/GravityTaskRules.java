package nl.zelfhulpwijzer.interop.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Task;

import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.IValidatorModule;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * The Gravity (HL7 SDOH Clinical Care, STU 2) profile SDOHCC-TaskForReferralManagement as rules of our own: the IG's
 * package (hl7.fhir.us.sdoh-clinicalcare) cannot be fetched here, so the validator cannot load its
 * StructureDefinition. These are the profile's required elements and fixed values: status, intent {@code order},
 * code {@code fulfill} (task-code), focus a ServiceRequest, for, authoredOn, requester, owner (must support, and
 * our referrals always have one), statusReason with its text when present, and a statusReason when the Task is
 * rejected, cancelled or failed (the IG's comment on statusReason). One deliberate difference: the IG's
 * {@code for} is a Patient reference; ours is the pseudonymous client reference as identifier, never a Patient.
 * Every Task the tests validate, on its own or in a Bundle, goes through these rules.
 */
final class GravityTaskRules implements IValidatorModule {

    private static final String TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code";
    private static final Set<Task.TaskStatus> REASON_REQUIRED = Set.of(Task.TaskStatus.REJECTED, Task.TaskStatus.CANCELLED,
            Task.TaskStatus.FAILED);

    @Override
    public void validateResource(IValidationContext<IBaseResource> context) {
        IBaseResource resource = context.getResource();
        List<Task> tasks = new ArrayList<>();
        if (resource instanceof Task task) {
            tasks.add(task);
        } else if (resource instanceof Bundle bundle) {
            bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Task.class::isInstance)
                    .map(Task.class::cast).forEach(tasks::add);
        }
        for (Task task : tasks) {
            for (String problem : problems(task)) {
                SingleValidationMessage message = new SingleValidationMessage();
                message.setSeverity(ResultSeverityEnum.ERROR);
                message.setLocationString("Task/" + task.getIdElement().getIdPart());
                message.setMessage("Gravity TaskForReferralManagement: " + problem);
                context.addValidationMessage(message);
            }
        }
    }

    /** What the Task lacks for the profile; empty when it conforms. */
    static List<String> problems(Task task) {
        List<String> problems = new ArrayList<>();
        if (!task.hasStatus()) {
            problems.add("status is required");
        }
        if (task.getIntent() != Task.TaskIntent.ORDER) {
            problems.add("intent must be 'order'");
        }
        if (!task.getCode().hasCoding(TASK_CODES, "fulfill")) {
            problems.add("code must be 'fulfill' from " + TASK_CODES);
        }
        if (!task.getFocus().hasReference() || !task.getFocus().getReference().startsWith("ServiceRequest/")) {
            problems.add("focus must reference the ServiceRequest");
        }
        if (!task.getFor().hasReference() && !task.getFor().hasIdentifier()) {
            problems.add("for is required");
        }
        if (!task.hasAuthoredOn()) {
            problems.add("authoredOn is required");
        }
        if (!task.getRequester().hasReference() && !task.getRequester().hasIdentifier()) {
            problems.add("requester is required");
        }
        if (!task.getOwner().hasReference() && !task.getOwner().hasIdentifier()) {
            problems.add("owner is required");
        }
        if (task.hasStatusReason() && !task.getStatusReason().hasText()) {
            problems.add("statusReason needs its text");
        }
        if (task.hasStatus() && REASON_REQUIRED.contains(task.getStatus()) && !task.hasStatusReason()) {
            problems.add("statusReason is required when the status is " + task.getStatus().toCode());
        }
        return problems;
    }
}
