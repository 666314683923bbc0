package nl.zelfhulpwijzer.interop.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.interop.fhir.FhirReferralCodes.OutputPart;
import nl.zelfhulpwijzer.referrals.FirstMeeting;
import nl.zelfhulpwijzer.referrals.NotForMeReason;
import nl.zelfhulpwijzer.referrals.OutcomeInput;
import nl.zelfhulpwijzer.referrals.Referral;
import nl.zelfhulpwijzer.referrals.ReferralStatus;

/**
 * A referral as the Gravity referral pair: a ServiceRequest (what is asked) and its Task (TaskForReferralManagement:
 * intent order, code fulfill, the status and outcome). Both carry the referral's id and version, so one If-Match
 * serves both doors. The client is only the pseudonymous reference, as an identifier; never a Patient.
 */
final class ReferralFhirMapping {

    static final String TASK_CODES = "http://hl7.org/fhir/CodeSystem/task-code";

    private ReferralFhirMapping() {
    }

    static ServiceRequest serviceRequest(Referral r) {
        ServiceRequest sr = new ServiceRequest();
        sr.setId(r.id.toString());
        sr.setMeta(meta(r));
        sr.setStatus(serviceRequestStatus(r.status));
        sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        sr.setCode(FhirReferralCodes.LEVEL.concept(r.level));
        sr.addCategory(FhirReferralCodes.PHASE.concept(r.treatmentPhase));
        sr.addOrderDetail(FhirReferralCodes.ROUTE.concept(r.route));
        sr.setSubject(client(r.clientRef));
        sr.setAuthoredOnElement(millis(r.createdAt));
        sr.setRequester(institution(r.institution));
        sr.addPerformer(new Reference("Organization/" + FhirIds.of(r.organisationId)));
        if (r.groupSlug != null) {
            sr.addPerformer(new Reference("HealthcareService/" + FhirIds.of(r.groupSlug)));
        }
        if (r.note != null) {
            sr.addNote().setText(r.note);
        }
        return sr;
    }

    static Task task(Referral r) {
        Task task = new Task();
        task.setId(r.id.toString());
        task.setMeta(meta(r));
        task.setStatus(Task.TaskStatus.fromCode(r.status.fhirCode()));
        if (r.statusReason != null) {
            task.setStatusReason(new CodeableConcept().setText(r.statusReason));
        }
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(TASK_CODES, "fulfill", "Fulfill the focal request")));
        task.setFocus(new Reference("ServiceRequest/" + r.id));
        task.setFor(client(r.clientRef));
        task.setAuthoredOnElement(millis(r.createdAt));
        task.setLastModifiedElement(millis(r.modifiedAt));
        task.setRequester(institution(r.institution));
        task.setOwner(new Reference("Organization/" + FhirIds.of(r.organisationId)));
        if (r.firstMeeting != null) {
            output(task, OutputPart.FIRST_MEETING).setValue(FhirReferralCodes.FIRST_MEETING.concept(r.firstMeeting));
        }
        if (r.meetingsAttended != null) {
            output(task, OutputPart.MEETINGS_ATTENDED).setValue(new IntegerType(r.meetingsAttended));
        }
        if (r.notForMeReason != null) {
            output(task, OutputPart.NOT_FOR_ME_REASON).setValue(FhirReferralCodes.NOT_FOR_ME.concept(r.notForMeReason));
        }
        if (r.continues != null) {
            output(task, OutputPart.CONTINUES).setValue(new BooleanType(r.continues));
        }
        return task;
    }

    /** The outcome a Task's output tells; null when it has none. Wrong parts are added to {@code errors}. */
    static OutcomeInput outcome(Task task, List<Problem.FieldError> errors) {
        if (!task.hasOutput()) {
            return null;
        }
        FirstMeeting firstMeeting = null;
        Integer attended = null;
        NotForMeReason notForMe = null;
        Boolean continues = null;
        for (Task.TaskOutputComponent out : task.getOutput()) {
            OutputPart part = FhirReferralCodes.OUTPUT.from(out.getType().getCoding()).orElse(null);
            if (part == null) {
                errors.add(new Problem.FieldError("Task.output.type", "Gebruik een code uit " + FhirReferralCodes.OUTPUT.system() + "."));
                continue;
            }
            switch (part) {
                case FIRST_MEETING -> firstMeeting = out.getValue() instanceof CodeableConcept c
                        ? FhirReferralCodes.FIRST_MEETING.from(c.getCoding()).orElse(null) : null;
                case MEETINGS_ATTENDED -> attended = out.getValue() instanceof IntegerType i ? i.getValue() : null;
                case NOT_FOR_ME_REASON -> notForMe = out.getValue() instanceof CodeableConcept c
                        ? FhirReferralCodes.NOT_FOR_ME.from(c.getCoding()).orElse(null) : null;
                case CONTINUES -> continues = out.getValue() instanceof BooleanType v ? v.getValue() : null;
            }
        }
        if (firstMeeting == null) {
            errors.add(new Problem.FieldError("Task.output", "Zeg met " + FhirReferralCodes.FIRST_MEETING.system()
                    + " of de cliënt naar een eerste bijeenkomst ging."));
        }
        return new OutcomeInput(firstMeeting, attended, notForMe, continues);
    }

    /** The FHIR form of the version: {@code W/"3"}. */
    static String etag(Referral r) {
        return "W/\"" + r.version + "\"";
    }

    /** FHIR's If-Match ({@code W/"3"}) as the API's entity tag, so that the one precondition check compares it. */
    static String ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.replace("\"", "");
        return tag.matches("\\d{1,18}") ? "\"v" + tag + "\"" : header;
    }

    private static ServiceRequest.ServiceRequestStatus serviceRequestStatus(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
            case REQUESTED, ACCEPTED, IN_PROGRESS -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case ON_HOLD -> ServiceRequest.ServiceRequestStatus.ONHOLD;
            case COMPLETED, FAILED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case REJECTED, CANCELLED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            case ENTERED_IN_ERROR -> ServiceRequest.ServiceRequestStatus.ENTEREDINERROR;
        };
    }

    private static Task.TaskOutputComponent output(Task task, OutputPart part) {
        return task.addOutput().setType(FhirReferralCodes.OUTPUT.concept(part));
    }

    static Reference client(String clientRef) {
        return new Reference().setType("Patient").setIdentifier(new Identifier().setSystem(FhirCodes.CLIENT_REF).setValue(clientRef));
    }

    private static Reference institution(String institution) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(FhirCodes.INSTITUTION).setValue(institution));
    }

    private static Meta meta(Referral r) {
        return new Meta().setVersionId(Long.toString(r.version)).setLastUpdated(Date.from(r.modifiedAt));
    }

    /** To the millisecond, as the JSON API gives it (HAPI's default for a Date is whole seconds). */
    private static DateTimeType millis(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI);
    }
}
