package nl.zelfhulpwijzer.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.zelfhulpwijzer.common.error.FieldError;

/** A change to one plan step, with the rules that keep it consistent. */
public record PlanUpdate(PlanStatus status, OwnerRole ownerRole, LocalDate startDate, LocalDate dueDate,
        LocalDate completedDate, String notes) {

    /** Dutch field errors for dates that do not fit together; empty when the update is consistent. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
            errors.add(new FieldError("dueDate", "De streefdatum ligt vóór de startdatum."));
        }
        if (completedDate != null && status != PlanStatus.DONE) {
            errors.add(new FieldError("completedDate", "Vul alleen een datum klaar in als de stap klaar is."));
        }
        if (completedDate != null && startDate != null && completedDate.isBefore(startDate)) {
            errors.add(new FieldError("completedDate", "De datum klaar ligt vóór de startdatum."));
        }
        return errors;
    }
}
