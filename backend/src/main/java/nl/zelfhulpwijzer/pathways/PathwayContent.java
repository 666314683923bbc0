package nl.zelfhulpwijzer.pathways;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The content of one pathway version, stored as one JSON document. Immutable: changes give a new content, which
 * only a draft version may take.
 */
public record PathwayContent(String title, String summary, Citation source, List<Step> steps, List<Guidance> guidance) {

    public PathwayContent {
        steps = steps == null ? List.of() : List.copyOf(steps);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    public Optional<Step> step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The content with {@code step} replacing the step with the same key, or added at the end. */
    public PathwayContent withStep(Step step) {
        List<Step> result = new ArrayList<>(steps);
        int index = indexOf(step.key());
        if (index >= 0) {
            result.set(index, step);
        } else {
            result.add(step);
        }
        return new PathwayContent(title, summary, source, result, guidance);
    }

    /** The content without the step; the caller checks that it exists. */
    public PathwayContent withoutStep(String key) {
        return new PathwayContent(title, summary, source, steps.stream().filter(s -> !s.key().equals(key)).toList(),
                guidance);
    }

    public List<Step> stepsFor(TreatmentPhase phase, IntegrationLevel level) {
        return steps.stream().filter(s -> s.matches(phase, level)).toList();
    }

    /** The highest level any step reaches, or null for an empty pathway. */
    public IntegrationLevel highestLevel() {
        return steps.stream().map(Step::level).max(Comparator.naturalOrder()).orElse(null);
    }

    private int indexOf(String key) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
