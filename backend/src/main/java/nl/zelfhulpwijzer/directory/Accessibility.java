package nl.zelfhulpwijzer.directory;

/** Accessibility features of a meeting place. */
public enum Accessibility {
    WHEELCHAIR, HEARING_LOOP, SIGN_LANGUAGE, CHILDCARE, FRAGRANCE_FREE, PUBLIC_TRANSPORT
}
