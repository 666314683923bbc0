package nl.zelfhulpwijzer.advice;

/** Where the client is in the care process (002, 3. Verwijzing — verloop van het behandelproces). */
public enum TreatmentPhase {
    NONE, APPLICATION, WAITING_LIST, INTAKE, INDICATION, TREATMENT, CASE_MANAGEMENT, AFTERCARE, COMPLETED
}
