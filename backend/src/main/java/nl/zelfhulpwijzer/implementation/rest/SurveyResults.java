package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Uitkomsten per vraag en per ronde, om rondes te vergelijken. Groepen kleiner dan minimumGroupSize "
        + "worden niet getoond (suppressed), zodat geen antwoord naar een persoon te herleiden is.")
public record SurveyResults(
        @Schema(required = true) String institution,
        @Schema(required = true) int minimumGroupSize,
        @Schema(required = true) List<SurveyRoundView> rounds,
        @Schema(required = true) List<QuestionResult> questions) {

    @Schema(name = "SurveyQuestionResult")
    public record QuestionResult(
            @Schema(required = true) String code,
            @Schema(required = true) String text,
            @Schema(required = true) String kind,
            @Schema(required = true) List<String> options,
            @Schema(required = true) List<RoundResult> rounds) {
    }

    @Schema(name = "SurveyRoundResult")
    public record RoundResult(
            @Schema(required = true) long roundId,
            @Schema(required = true, description = "Waar: te weinig antwoorden om te tonen.") boolean suppressed,
            @Schema(description = "Aantal dat deze vraag beantwoordde; leeg als suppressed.") Long answered,
            @Schema(description = "Aantal keer per optie (of per schaalpunt 1..5); leeg als suppressed.") List<Long> counts) {
    }
}
