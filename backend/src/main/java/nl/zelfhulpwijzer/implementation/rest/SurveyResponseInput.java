package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Een ingevulde vragenlijst. Er wordt niet bewaard wie hem invulde.")
public record SurveyResponseInput(
        @Schema(required = true) @NotEmpty(message = "Beantwoord minstens één vraag.") @Size(max = 60, message = "Te veel antwoorden.")
        List<@NotNull @Valid AnswerInput> answers) {

    @Schema(name = "SurveyAnswerInput", description = "Antwoord op één vraag: optie-indexen vanaf 0, of één schaalpunt 1 tot en met 5.")
    public record AnswerInput(
            @Schema(required = true, example = "16") @NotNull(message = "Geef de vraag op.") String question,
            @Schema(required = true) @NotEmpty(message = "Kies een antwoord.") List<Integer> values) {
    }
}
