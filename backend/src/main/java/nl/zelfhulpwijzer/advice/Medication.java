package nl.zelfhulpwijzer.advice;

/** Medication on prescription. */
public enum Medication {
    METHADONE, PSYCHIATRIC_MEDICATION, OTHER
}
