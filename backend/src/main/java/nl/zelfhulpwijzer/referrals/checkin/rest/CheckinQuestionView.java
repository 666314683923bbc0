package nl.zelfhulpwijzer.referrals.checkin.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.checkin.CheckinQuestion;

/** What the check-in page shows: the question and its choices, the same for every link. */
@Schema(name = "CheckinQuestion")
public record CheckinQuestionView(
        @Schema(required = true) boolean valid,
        @Schema(required = true) String question,
        @Schema(required = true) List<Choice> answers,
        @Schema(required = true) String reasonQuestion,
        @Schema(required = true) List<Choice> reasons) {

    @Schema(name = "CheckinChoice")
    public record Choice(@Schema(required = true) String code, @Schema(required = true) String label) {
    }

    static CheckinQuestionView usable() {
        return new CheckinQuestionView(true, CheckinQuestion.TEXT, choices(CheckinQuestion.ANSWERS),
                CheckinQuestion.REASON_TEXT, choices(CheckinQuestion.REASONS));
    }

    private static List<Choice> choices(List<? extends CheckinQuestion.Choice<? extends Enum<?>>> choices) {
        return choices.stream().map(c -> new Choice(c.code().name(), c.label())).toList();
    }
}
