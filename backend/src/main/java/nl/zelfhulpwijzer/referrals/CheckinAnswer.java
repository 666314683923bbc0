package nl.zelfhulpwijzer.referrals;

/** The client's own answer through the check-in link: "ik ben geweest / nog niet / het past niet bij mij". */
public enum CheckinAnswer {
    BEEN, NOT_YET, NOT_FOR_ME
}
