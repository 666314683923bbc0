package nl.zelfhulpwijzer.advice;

/**
 * What a criterion does when its condition holds. ROUTE is our addition to the list: the handbook's routes
 * (direct, via contact person, via makelaar, six-meeting trial, going along) carry citations like the criteria.
 */
public enum CriterionKind {
    /** Must hold to refer (pilot advice 7b: abstinence wish); when it fails the candidate can at most be tried out. */
    ABSOLUTE,
    /** Speaks for referral; raises the fit. */
    RELATIVE_INDICATION,
    /** Something to watch; some cautions lower the verdict to "past mogelijk". */
    CAUTION,
    /** Rules the candidate out (now or for good). */
    EXCLUSION,
    /** Explicitly no reason to refrain from referral (e.g. methadone, medication, comorbidity). */
    NOT_CONTRA_INDICATION,
    /** Only after the current treatment ("serieel"). */
    SERIAL_ONLY,
    /** A danger that comes before any group, with its own action. */
    RISK_SIGNAL,
    /** How to refer: route or step, with its source. */
    ROUTE
}
