package nl.zelfhulpwijzer.common.error;

/** The thing asked for does not exist (or not for this caller's institution). */
public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail);
    }
}
