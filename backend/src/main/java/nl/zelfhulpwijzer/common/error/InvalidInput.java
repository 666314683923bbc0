package nl.zelfhulpwijzer.common.error;

import java.util.List;

/** Input that breaks a rule, with the fields to put right; nothing is stored. */
public class InvalidInput extends DomainException {

    public InvalidInput(List<FieldError> errors) {
        super("Een of meer velden zijn niet goed ingevuld.", errors);
    }

    /** Throws when {@code errors} is not empty, so that every field error is reported at once. */
    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
