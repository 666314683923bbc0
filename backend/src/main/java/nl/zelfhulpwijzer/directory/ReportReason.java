package nl.zelfhulpwijzer.directory;

/** Why someone reports wrong information ("meld onjuiste informatie"). */
public enum ReportReason {
    WRONG_TIME, WRONG_PLACE, NO_LONGER_MEETS, WRONG_CONTACT, WRONG_ONLINE_LINK, OTHER
}
