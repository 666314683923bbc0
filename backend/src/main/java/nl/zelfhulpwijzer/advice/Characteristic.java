package nl.zelfhulpwijzer.advice;

/**
 * Client characteristics that the sources name as indications (002: research literature, professionals' view,
 * pilot advice 7b) or that change when to refer (aanmelding/intake).
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
    RELIGION_CONCERN
}
