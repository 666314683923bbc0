package nl.zelfhulpwijzer.reports;

import java.util.List;

/**
 * The Bijlage 4 staff survey: the baseline round (nulmeting) beside the latest follow-up round (vervolgmeting), after
 * small-number suppression. A round is null when the institution has none yet.
 */
public record SurveyComparison(int minimumCount, Round baseline, Round followUp, List<Question> questions) {

    /** respondents is null when fewer than five answered; then none of the round's counts is shown. */
    public record Round(long id, String label, Long respondents) {
    }

    /** Per option (or scale point 1..5), how often it was chosen; options nobody chose are left out. */
    public record Question(String code, String text, String kind, Suppression.Table baseline, Suppression.Table followUp) {
    }
}
