package nl.zelfhulpwijzer.common.error;

import java.util.List;

/**
 * An expected failure of a domain rule, in Dutch for the user. Domain classes throw its subclasses and know nothing
 * of HTTP; {@code common/problem/ProblemMappers} alone turns them into problem+json.
 */
public abstract class DomainException extends RuntimeException {

    private final List<FieldError> errors;

    protected DomainException(String detail) {
        this(detail, List.of());
    }

    protected DomainException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    /** The fields that caused the failure; empty when it is not about input. */
    public List<FieldError> errors() {
        return errors;
    }
}
