package nl.zelfhulpwijzer.directory;

/**
 * How one can attend a meeting, derived from the data as the Meeting Guide does: a specific (not approximate)
 * address means in person, a conference URL or phone means online, both means hybrid; a temporarily closed
 * meeting, or one with neither, is inactive.
 */
public enum AttendanceMode {
    IN_PERSON, ONLINE, HYBRID, INACTIVE;

    public static AttendanceMode derive(boolean specificAddress, boolean conference, boolean temporarilyClosed) {
        if (temporarilyClosed) {
            return INACTIVE;
        }
        if (specificAddress && conference) {
            return HYBRID;
        }
        if (specificAddress) {
            return IN_PERSON;
        }
        return conference ? ONLINE : INACTIVE;
    }

    public boolean inPerson() {
        return this == IN_PERSON || this == HYBRID;
    }

    public boolean online() {
        return this == ONLINE || this == HYBRID;
    }
}
