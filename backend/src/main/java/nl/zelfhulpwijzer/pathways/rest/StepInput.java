package nl.zelfhulpwijzer.pathways.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.pathways.Actor;
import nl.zelfhulpwijzer.pathways.Guidance;
import nl.zelfhulpwijzer.pathways.GuidanceKind;
import nl.zelfhulpwijzer.pathways.IntegrationLevel;
import nl.zelfhulpwijzer.pathways.Step;
import nl.zelfhulpwijzer.pathways.TreatmentPhase;

/** A step as a coordinator writes it. Codes are read as text so that a wrong one gets a field error, not a 400 without one. */
@Schema(description = "Een stap zoals een coördinator die opslaat in een concept.")
public record StepInput(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = TreatmentPhase.class)
        @NotEmpty(message = "Kies minstens één fase.") List<String> phases,
        @Schema(required = true, implementation = IntegrationLevel.class) @NotBlank(message = "Kies het niveau.") String level,
        @Schema(required = true) @NotBlank(message = "Vul de titel in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String title,
        @Schema(required = true) @NotBlank(message = "Beschrijf wat er moet gebeuren.") @Size(max = 4000, message = "Gebruik hoogstens 4000 tekens.") String action,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Actor.class)
        @NotEmpty(message = "Kies minstens één uitvoerder.") List<String> actors,
        Boolean inference,
        @Size(max = 1000, message = "Gebruik hoogstens 1000 tekens.") String note,
        @Size(max = 50, message = "Gebruik hoogstens 50 items.") List<@NotNull @Valid ItemInput> materials,
        @Size(max = 50, message = "Gebruik hoogstens 50 items.") List<@NotNull @Valid ItemInput> checklist,
        @Size(max = 50, message = "Gebruik hoogstens 50 items.") List<@NotNull @Valid GuidanceInput> guidance,
        @Schema(required = true) @NotNull(message = "Geef de bron op.") @Valid CitationInput source) {

    /** The step, or a 400 naming every wrong code. */
    Step toStep(String key) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<TreatmentPhase> parsedPhases = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            TreatmentPhase phase = CodeParams.parse(TreatmentPhase.class, phases.get(i), "phases[" + i + "]", errors);
            if (phase != null && !parsedPhases.contains(phase)) {
                parsedPhases.add(phase);
            }
        }
        IntegrationLevel parsedLevel = CodeParams.parse(IntegrationLevel.class, level, "level", errors);
        List<Actor> parsedActors = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = CodeParams.parse(Actor.class, actors.get(i), "actors[" + i + "]", errors);
            if (actor != null && !parsedActors.contains(actor)) {
                parsedActors.add(actor);
            }
        }
        List<Guidance> parsedGuidance = new ArrayList<>();
        List<GuidanceInput> guidanceInputs = guidance == null ? List.of() : guidance;
        for (int i = 0; i < guidanceInputs.size(); i++) {
            GuidanceInput g = guidanceInputs.get(i);
            GuidanceKind kind = CodeParams.parse(GuidanceKind.class, g.kind(), "guidance[" + i + "].kind", errors);
            boolean hasAnswer = g.answer() != null && !g.answer().isBlank();
            if (hasAnswer && g.answerSource() == null) {
                errors.add(new Problem.FieldError("guidance[" + i + "].answerSource", "Geef ook de bron van het antwoord op."));
            }
            parsedGuidance.add(new Guidance(kind, g.text().trim(), hasAnswer ? g.answer().trim() : null,
                    g.source().toCitation(), hasAnswer && g.answerSource() != null ? g.answerSource().toCitation() : null));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Step(key, parsedPhases, parsedLevel, title.trim(), action.trim(), parsedActors,
                Boolean.TRUE.equals(inference) ? Boolean.TRUE : null, blankToNull(note),
                items(materials), items(checklist), parsedGuidance, source.toCitation());
    }

    private static List<nl.zelfhulpwijzer.pathways.Item> items(List<ItemInput> inputs) {
        return inputs == null ? List.of() : inputs.stream().map(ItemInput::toItem).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
