package nl.zelfhulpwijzer.directory;

/** Typed contact points, as Bijlage 3 of the handbook lists them. */
public enum ContactKind {
    VISIT_ADDRESS, POSTAL_ADDRESS, PHONE, HELPLINE, EMAIL, WEBSITE
}
