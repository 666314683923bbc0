package nl.zelfhulpwijzer.advice;

/** The goal of the current treatment (004: stopping is not the only goal). */
public enum TreatmentGoal {
    ABSTINENCE, MODERATION, HARM_REDUCTION, STABILISATION
}
