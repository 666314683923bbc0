package nl.zelfhulpwijzer.common.error;

/** The caller may not use this, whatever the input: e.g. an account without an institution for institution data. */
public class NoAccess extends DomainException {

    public NoAccess(String detail) {
        super(detail);
    }
}
