package nl.zelfhulpwijzer.advice;

/** The setting of the current treatment. */
public enum TreatmentSetting {
    NONE, OUTPATIENT, CLINICAL, HOME
}
