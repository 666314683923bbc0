package nl.zelfhulpwijzer.advice;

import java.util.List;

/**
 * The level the advice recommends now, with the cited reasons for it. {@code questions} are what the worker must ask
 * first because the profile leaves them open (7b: the abstinence wish where it is unknown).
 */
public record LevelAdvice(Level level, List<Finding> reasons, List<Finding> questions) {

    public LevelAdvice {
        reasons = List.copyOf(reasons);
        questions = List.copyOf(questions);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(f -> f.code().equals(code));
    }
}
