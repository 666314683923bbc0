package nl.zelfhulpwijzer.advice;

import java.util.List;

/** The advice for one candidate: verdict, fit score, reasons, cautions and route. Its rank is its place in the advice. */
public record CandidateAdvice(Candidate candidate, Verdict verdict, int score, List<Finding> reasons,
        List<Finding> cautions, RouteAdvice route) {

    public CandidateAdvice {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(f -> f.code().equals(code));
    }

    public boolean hasCaution(String code) {
        return cautions.stream().anyMatch(f -> f.code().equals(code));
    }
}
