package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * The advice for one candidate: verdict, fit score, reasons, cautions and route. Its rank is its place in the advice.
 * The reasons are the directory facts about this candidate followed by the criteria that fired; the latter (and the
 * cautions and route) are shared by all candidates of the same shape, so an advice over many groups stays light.
 */
public record CandidateAdvice(Candidate candidate, Verdict verdict, int score, List<Finding> facts,
        List<Finding> criteriaReasons, List<Finding> cautions, RouteAdvice route) {

    public CandidateAdvice {
        facts = List.copyOf(facts);
        criteriaReasons = List.copyOf(criteriaReasons);
        cautions = List.copyOf(cautions);
    }

    /** Directory facts first, then the criteria that fired. */
    public List<Finding> reasons() {
        if (criteriaReasons.isEmpty()) {
            return facts;
        }
        List<Finding> all = new ArrayList<>(facts.size() + criteriaReasons.size());
        all.addAll(facts);
        all.addAll(criteriaReasons);
        return List.copyOf(all);
    }

    public boolean hasReason(String code) {
        return facts.stream().anyMatch(f -> f.code().equals(code)) || criteriaReasons.stream().anyMatch(f -> f.code().equals(code));
    }

    public boolean hasCaution(String code) {
        return cautions.stream().anyMatch(f -> f.code().equals(code));
    }
}
