package nl.zelfhulpwijzer.audit;

/** What was done with the data (NEN 7513: the kind of access). */
public enum AuditAction {
    CREATE, READ, UPDATE, EXPORT, VERIFY
}
