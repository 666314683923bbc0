package nl.zelfhulpwijzer.implementation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.zelfhulpwijzer.common.error.FieldError;

/** The rules of the anonymous survey: what a valid response is, and when results may be shown. */
public final class SurveyRules {

    /** Results of a group smaller than this are never shown, so that no answer can be traced to a person. */
    public static final int MIN_GROUP = 5;
    public static final int SCALE_POINTS = 5;

    /** One answer: option indexes (from 0), or one scale point (1 to 5). */
    public record Answer(String question, List<Integer> values) {
    }

    private SurveyRules() {
    }

    public static boolean shown(long respondents) {
        return respondents >= MIN_GROUP;
    }

    /** Dutch field errors; empty when every answer fits its question and no question is answered twice. */
    public static List<FieldError> validate(Map<String, SurveyQuestion> questions, List<Answer> answers) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = "answers[" + i + "]";
            SurveyQuestion q = answer.question() == null ? null : questions.get(answer.question());
            if (q == null) {
                errors.add(new FieldError(field + ".question", "Onbekende vraag '" + answer.question() + "'."));
                continue;
            }
            if (!seen.add(q.code)) {
                errors.add(new FieldError(field + ".question", "Vraag " + q.code + " is al beantwoord."));
            }
            List<Integer> values = answer.values() == null ? List.of() : answer.values();
            if (values.isEmpty()) {
                errors.add(new FieldError(field + ".values", "Kies een antwoord."));
                continue;
            }
            if (new HashSet<>(values).size() != values.size()) {
                errors.add(new FieldError(field + ".values", "Kies elk antwoord maar één keer."));
            }
            switch (q.kind) {
                case SCALE -> {
                    if (values.size() != 1 || values.get(0) == null || values.get(0) < 1 || values.get(0) > SCALE_POINTS) {
                        errors.add(new FieldError(field + ".values", "Kies één punt op de schaal van 1 tot en met " + SCALE_POINTS + "."));
                    }
                }
                case SINGLE -> {
                    if (values.size() != 1 || !validOption(values.get(0), q)) {
                        errors.add(new FieldError(field + ".values", "Kies één van de " + q.options.length + " antwoorden."));
                    }
                }
                case MULTIPLE -> {
                    if (values.stream().anyMatch(v -> !validOption(v, q))) {
                        errors.add(new FieldError(field + ".values", "Kies uit de " + q.options.length + " antwoorden."));
                    } else if (q.maxChoices != null && values.size() > q.maxChoices) {
                        errors.add(new FieldError(field + ".values", "Kies hoogstens " + q.maxChoices + " antwoorden."));
                    }
                }
            }
        }
        return errors;
    }

    private static boolean validOption(Integer value, SurveyQuestion q) {
        return value != null && value >= 0 && value < q.options.length;
    }
}
