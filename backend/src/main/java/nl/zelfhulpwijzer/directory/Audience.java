package nl.zelfhulpwijzer.directory;

/** Who an offer is for (PERSON = the person with the addiction) or someone around them. */
public enum Audience {
    PERSON, PARTNER, PARENT, CHILD, RELATIVE, COLLEAGUE, PROFESSIONAL
}
