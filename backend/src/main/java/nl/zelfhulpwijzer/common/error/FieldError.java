package nl.zelfhulpwijzer.common.error;

/** One wrong input field with a Dutch message saying how to put it right. */
public record FieldError(String field, String message) {
}
