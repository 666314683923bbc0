package nl.zelfhulpwijzer.common.error;

/** The request is fine but clashes with the current state, such as a second draft or a closed round. */
public class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail);
    }
}
