package nl.zelfhulpwijzer.referrals;

/** The outcome as the client tells it: never anything about the group's members. */
public record OutcomeInput(FirstMeeting firstMeeting, Integer meetingsAttended, NotForMeReason notForMeReason, Boolean continues) {
}
