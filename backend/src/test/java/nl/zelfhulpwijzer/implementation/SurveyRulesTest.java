package nl.zelfhulpwijzer.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.error.FieldError;

class SurveyRulesTest {

    private static SurveyQuestion question(String code, SurveyQuestion.Kind kind, Integer max, String... options) {
        SurveyQuestion q = new SurveyQuestion();
        q.code = code;
        q.kind = kind;
        q.maxChoices = max;
        q.options = options;
        return q;
    }

    private static final Map<String, SurveyQuestion> QUESTIONS = Map.of(
            "1", question("1", SurveyQuestion.Kind.SCALE, null, "(Vrijwel) allemaal", "(Vrijwel) niemand"),
            "4", question("4", SurveyQuestion.Kind.SINGLE, null, "a", "b", "c", "d"),
            "5", question("5", SurveyQuestion.Kind.MULTIPLE, 2, "a", "b", "c", "d", "e"));

    private static List<String> fields(SurveyRules.Answer... answers) {
        return SurveyRules.validate(QUESTIONS, List.of(answers)).stream().map(FieldError::field).toList();
    }

    @Test
    void validAnswersPass() {
        assertTrue(fields(new SurveyRules.Answer("1", List.of(5)), new SurveyRules.Answer("4", List.of(0)),
                new SurveyRules.Answer("5", List.of(1, 4))).isEmpty());
    }

    @Test
    void answersMustFitTheirQuestion() {
        assertEquals(List.of("answers[0].values"), fields(new SurveyRules.Answer("1", List.of(6))));
        assertEquals(List.of("answers[0].values"), fields(new SurveyRules.Answer("1", List.of(0))));
        assertEquals(List.of("answers[0].values"), fields(new SurveyRules.Answer("4", List.of(0, 1))));
        assertEquals(List.of("answers[0].values"), fields(new SurveyRules.Answer("4", List.of(4))));
        assertEquals(List.of("answers[0].values"), fields(new SurveyRules.Answer("5", List.of(0, 1, 2))));
        assertEquals(List.of("answers[0].values"), fields(new SurveyRules.Answer("5", List.of(1, 1))));
        assertEquals(List.of("answers[0].question"), fields(new SurveyRules.Answer("99", List.of(0))));
        assertEquals(List.of("answers[1].question"), fields(new SurveyRules.Answer("4", List.of(0)), new SurveyRules.Answer("4", List.of(1))));
    }

    @Test
    void resultsAreOnlyShownForGroupsOfFiveOrMore() {
        assertFalse(SurveyRules.shown(0));
        assertFalse(SurveyRules.shown(4));
        assertTrue(SurveyRules.shown(5));
    }
}
