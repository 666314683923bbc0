package nl.zelfhulpwijzer.advice;

/** Severe psychiatric problems the handbook names as a caution (002, contra-indicaties). */
public enum PsychiatricSymptom {
    PSYCHOSIS, SCHIZOPHRENIA, MAJOR_DEPRESSION
}
