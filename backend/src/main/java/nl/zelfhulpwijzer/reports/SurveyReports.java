package nl.zelfhulpwijzer.reports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.implementation.SurveyQuestion;
import nl.zelfhulpwijzer.implementation.SurveyRound;
import nl.zelfhulpwijzer.implementation.SurveyService;

/** Compares an institution's survey rounds through the implementation feature's published SurveyService. */
@ApplicationScoped
public class SurveyReports {

    private static final Suppression.Table NOTHING = new Suppression.Table(null, List.of());

    @Inject
    SurveyService surveys;

    public SurveyComparison compare(String institution) {
        List<SurveyRound> rounds = surveys.rounds(institution);
        SurveyRound baseline = rounds.stream().filter(r -> r.kind == SurveyRound.Kind.BASELINE).findFirst().orElse(null);
        SurveyRound followUp = rounds.stream().filter(r -> r.kind == SurveyRound.Kind.FOLLOW_UP)
                .max(Comparator.comparing((SurveyRound r) -> r.openedAt).thenComparing(r -> r.id)).orElse(null);
        List<SurveyQuestion> questions = surveys.questions();
        Map<String, SurveyService.Tally> before = tally(baseline, questions);
        Map<String, SurveyService.Tally> after = tally(followUp, questions);
        List<SurveyComparison.Question> compared = questions.stream().map(q -> new SurveyComparison.Question(q.code, q.text,
                q.kind.name(), table(q, before.get(q.code)), table(q, after.get(q.code)))).toList();
        return new SurveyComparison(Suppression.MIN, round(baseline), round(followUp), compared);
    }

    private SurveyComparison.Round round(SurveyRound round) {
        if (round == null) {
            return null;
        }
        long respondents = surveys.respondents(round.id);
        return new SurveyComparison.Round(round.id, round.label, respondents >= Suppression.MIN ? respondents : null);
    }

    private Map<String, SurveyService.Tally> tally(SurveyRound round, List<SurveyQuestion> questions) {
        return round == null || surveys.respondents(round.id) < Suppression.MIN ? Map.of() : surveys.tally(round.id, questions);
    }

    private static Suppression.Table table(SurveyQuestion question, SurveyService.Tally tally) {
        if (tally == null) {
            return NOTHING;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] values = tally.counts();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                counts.put(optionLabel(question, i), values[i]);
            }
        }
        return Suppression.apply(counts);
    }

    private static String optionLabel(SurveyQuestion question, int index) {
        return question.kind == SurveyQuestion.Kind.SCALE ? String.valueOf(index + 1) : question.options[index];
    }
}
