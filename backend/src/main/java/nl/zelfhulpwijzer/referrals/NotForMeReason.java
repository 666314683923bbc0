package nl.zelfhulpwijzer.referrals;

/** Why a group "past niet bij mij", as a category the client chooses; never about other people in the group. */
public enum NotForMeReason {
    TIME_OR_PLACE, APPROACH, NOT_READY, PREFERS_OTHER_HELP, OTHER
}
