package nl.zelfhulpwijzer.common.error;

import java.util.List;

/** Well-formed input that a domain rule refuses as a whole, such as publishing a version without content. */
public class RuleViolation extends DomainException {

    public RuleViolation(String detail) {
        super(detail);
    }

    /** Refused as a whole, naming the fields that caused it (such as a field that may not be sent). */
    public RuleViolation(String detail, List<FieldError> errors) {
        super(detail, errors);
    }
}
