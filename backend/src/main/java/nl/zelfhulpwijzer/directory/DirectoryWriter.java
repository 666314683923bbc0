package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import nl.zelfhulpwijzer.common.error.FieldError;

/** What every directory write needs: the clock, Bean Validation of the request and the change history. */
abstract class DirectoryWriter {

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    DirectoryHistory history;

    /** The Bean Validation errors of a request; the rules of {@link DirectoryValidation} add to them. */
    List<FieldError> check(Object input) {
        return DirectoryValidation.check(validator, input);
    }

    /** A field error when an update names another key than the one in its address; keys never change. */
    static void keepKey(String requested, String current, String message, List<FieldError> errors) {
        if (requested != null && !requested.equals(current)) {
            errors.add(new FieldError("slug", message));
        }
    }
}
