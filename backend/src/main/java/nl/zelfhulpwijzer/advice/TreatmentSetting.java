package nl.zelfhulpwijzer.advice;

/**
 * The setting of the current treatment. CLINICAL and FORENSIC change the route: contact is built during the stay,
 * preferably with a group that meets inside the institution (002, c. Klinische behandeling).
 */
public enum TreatmentSetting {
    NONE, OUTPATIENT, CLINICAL, FORENSIC, HOME;

    /** Whether the client stays in the institution, so that groups inside it matter. */
    public boolean residential() {
        return this == CLINICAL || this == FORENSIC;
    }
}
