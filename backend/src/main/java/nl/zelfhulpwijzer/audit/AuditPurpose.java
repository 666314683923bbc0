package nl.zelfhulpwijzer.audit;

/** Why the data were used: for the client's care, or to account for who used them (NEN 7513 §9). */
public enum AuditPurpose {
    CARE, ACCOUNTABILITY
}
