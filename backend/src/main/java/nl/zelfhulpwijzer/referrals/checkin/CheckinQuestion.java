package nl.zelfhulpwijzer.referrals.checkin;

import java.util.List;

import nl.zelfhulpwijzer.referrals.CheckinAnswer;
import nl.zelfhulpwijzer.referrals.NotForMeReason;

/** The one question of the check-in page, in plain Dutch (B1); the same for every link, so it reveals nothing. */
public final class CheckinQuestion {

    public record Choice<T>(T code, String label) {
    }

    public static final String TEXT = "U kreeg het advies om naar een zelfhulpgroep te gaan. Bent u al geweest?";

    public static final List<Choice<CheckinAnswer>> ANSWERS = List.of(
            new Choice<>(CheckinAnswer.BEEN, "Ik ben geweest"),
            new Choice<>(CheckinAnswer.NOT_YET, "Nog niet"),
            new Choice<>(CheckinAnswer.NOT_FOR_ME, "Het past niet bij mij"));

    public static final String REASON_TEXT = "Wilt u zeggen waarom het niet past? Dat mag, het hoeft niet.";

    public static final List<Choice<NotForMeReason>> REASONS = List.of(
            new Choice<>(NotForMeReason.TIME_OR_PLACE, "De tijd of plaats komt niet uit"),
            new Choice<>(NotForMeReason.APPROACH, "De manier van werken past niet bij mij"),
            new Choice<>(NotForMeReason.NOT_READY, "Ik ben er nog niet aan toe"),
            new Choice<>(NotForMeReason.PREFERS_OTHER_HELP, "Ik heb liever andere hulp"),
            new Choice<>(NotForMeReason.OTHER, "Iets anders"));

    private CheckinQuestion() {
    }
}
