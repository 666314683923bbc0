package nl.zelfhulpwijzer.referrals;

/** Why a referral is on a care worker's worklist. */
public enum WorklistReason {
    OVERDUE, DUE, RECENTLY_CHANGED, WITHOUT_OUTCOME, CHECKIN_RECEIVED
}
