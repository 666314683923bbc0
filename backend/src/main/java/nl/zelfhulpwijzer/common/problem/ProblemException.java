package nl.zelfhulpwijzer.common.problem;

import java.util.List;

/** Thrown by application code for an expected failure; turned into problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, "Een of meer velden zijn niet goed ingevuld.", errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
