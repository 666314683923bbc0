package nl.zelfhulpwijzer.advice;

/** Stages of change (004, 2 | Motivatie versterken). */
public enum StageOfChange {
    PRECONTEMPLATION, CONTEMPLATION, PREPARATION, ACTION, MAINTENANCE, RELAPSE
}
