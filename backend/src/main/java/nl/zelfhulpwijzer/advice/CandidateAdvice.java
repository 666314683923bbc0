package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * The advice for one candidate: verdict, whether it fits exactly, the score with its parts, reasons, cautions and
 * route. Its rank is its place in the advice. An exact fit is a group or programme for this person and substance;
 * other offers that fit (support points, information, online help) merely do not conflict. The reasons are the
 * directory facts about this candidate followed by the criteria that fired; the latter (and the cautions and route)
 * are shared by all candidates of the same shape, so an advice over many groups stays light.
 */
public record CandidateAdvice(Candidate candidate, Verdict verdict, boolean exactFit, List<ScorePart> scoreParts,
        List<Finding> facts, List<Finding> criteriaReasons, List<Finding> cautions, RouteAdvice route) {

    public CandidateAdvice {
        scoreParts = List.copyOf(scoreParts);
        facts = List.copyOf(facts);
        criteriaReasons = List.copyOf(criteriaReasons);
        cautions = List.copyOf(cautions);
    }

    /** The fit score: the sum of its parts. */
    public int score() {
        int sum = 0;
        for (ScorePart part : scoreParts) {
            sum += part.points();
        }
        return sum;
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

    public boolean hasScorePart(String code) {
        return scoreParts.stream().anyMatch(p -> p.code().equals(code));
    }
}
