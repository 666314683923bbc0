package nl.zelfhulpwijzer.referrals;

/** Whether the client went to a first meeting, as the client tells it. */
public enum FirstMeeting {
    YES, NOT_YET, NO
}
