package nl.zelfhulpwijzer.advice;

/**
 * Client characteristics that the sources name as indications (002: research literature, professionals' view,
 * pilot advice 7b), that change when to refer (aanmelding/intake), or 003's decision points for clients with a mild
 * intellectual disability.
 */
public enum Characteristic {
    SEVERE_ADDICTION,
    SEVERE_PSYCHOPATHOLOGY,
    LOW_SOCIAL_INTEGRATION,
    NEED_SUPPORT_STAYING_ABSTINENT,
    SOCIAL_CRISIS,
    SEVERE_OR_POLY_USE,
    USE_TO_RELIEVE_TENSION,
    LOW_SELF_EFFICACY,
    MANY_DEPENDENCE_SYMPTOMS,
    MANY_CONSEQUENCES,
    MANY_PSYCHIATRIC_SYMPTOMS,
    LOW_TRUST_IN_CARE,
    NEED_SUPPORT_IN_HARD_TIMES,
    NEED_PEER_CONTACT,
    RECIDIVIST,
    DENIAL_OR_AVOIDANCE,
    NO_ADMISSION_WANTED,
    ASKS_FOR_SELF_HELP,
    RELIGION_CONCERN,
    /** 003, 1.5: the client rates the importance of changing at 0. */
    NO_IMPORTANCE_OF_CHANGE,
    /** 003, 1.6: the client has no confidence in being able to change. */
    NO_CONFIDENCE_IN_CHANGE
}
