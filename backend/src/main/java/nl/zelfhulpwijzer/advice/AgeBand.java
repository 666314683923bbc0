package nl.zelfhulpwijzer.advice;

/** Age band of the person the advice is for. */
public enum AgeBand {
    UNDER_18, AGE_18_TO_25, AGE_26_TO_64, AGE_65_PLUS
}
