package nl.zelfhulpwijzer.reports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Bijlage 4 staff survey: the baseline round (nulmeting) beside the latest follow-up round (vervolgmeting), after
 * small-number suppression. A round is null when the institution has none yet.
 */
public record SurveyComparison(@Schema(required = true) int minimumCount, Round baseline, Round followUp,
        @Schema(required = true) List<Question> questions) {

    /** respondents is null when fewer than five answered; then none of the round's counts is shown. */
    @Schema(name = "SurveyComparisonRound")
    public record Round(@Schema(required = true) long id, @Schema(required = true) String label, Long respondents) {
    }

    /** Per option (or scale point 1..5), how often it was chosen; options nobody chose are left out. */
    @Schema(name = "SurveyComparisonQuestion")
    public record Question(@Schema(required = true) String code, @Schema(required = true) String text,
            @Schema(required = true) String kind, @Schema(required = true) Suppression.Table baseline,
            @Schema(required = true) Suppression.Table followUp) {
    }
}
