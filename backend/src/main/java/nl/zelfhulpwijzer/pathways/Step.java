package nl.zelfhulpwijzer.pathways;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a pathway: in which phases, at which level, what to do, who does it, with what, what to check.
 * {@code inference} marks a step that links a seed's practice to self-help where the seed itself does not
 * ({@code note} says how).
 */
@Schema(name = "PathwayStep", description = "Stap van een zorgpad.")
public record Step(
        @Schema(required = true, description = "Vaste sleutel binnen het zorgpad.") String key,
        @Schema(required = true) List<TreatmentPhase> phases,
        @Schema(required = true) IntegrationLevel level,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Wat te doen.") String action,
        @Schema(required = true) List<Actor> actors,
        @Schema(description = "Waar: de stap legt een verband dat de bron zelf niet legt (zie note).") Boolean inference,
        String note,
        @Schema(required = true) List<Item> materials,
        @Schema(required = true) List<Item> checklist,
        @Schema(required = true) List<Guidance> guidance,
        @Schema(required = true) Citation source) {

    public Step {
        phases = phases == null ? List.of() : List.copyOf(phases);
        actors = actors == null ? List.of() : List.copyOf(actors);
        materials = materials == null ? List.of() : List.copyOf(materials);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    /** True when this step belongs to the phase (or no phase is asked) and an institution at {@code level} does it. */
    public boolean matches(TreatmentPhase phase, IntegrationLevel level) {
        return (phase == null || phases.contains(phase)) && (level == null || level.includes(this.level));
    }
}
