package nl.zelfhulpwijzer.advice;

import java.util.List;

/** The advice for one candidate: verdict, fit score, reasons, cautions and route. Rank starts at 1. */
public record CandidateAdvice(int rank, Candidate candidate, Verdict verdict, int score, List<Finding> reasons,
        List<Finding> cautions, RouteAdvice route) {

    public CandidateAdvice {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }

    CandidateAdvice withRank(int newRank) {
        return new CandidateAdvice(newRank, candidate, verdict, score, reasons, cautions, route);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(f -> f.code().equals(code));
    }

    public boolean hasCaution(String code) {
        return cautions.stream().anyMatch(f -> f.code().equals(code));
    }
}
