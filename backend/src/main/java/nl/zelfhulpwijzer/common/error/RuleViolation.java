package nl.zelfhulpwijzer.common.error;

/** Well-formed input that a domain rule refuses as a whole, such as publishing a version without content. */
public class RuleViolation extends DomainException {

    public RuleViolation(String detail) {
        super(detail);
    }
}
