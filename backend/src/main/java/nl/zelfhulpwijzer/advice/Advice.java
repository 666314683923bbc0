package nl.zelfhulpwijzer.advice;

import java.util.List;

/**
 * The whole advice: risk signals first (never ranked away), then the level that fits now with its reasons, then every
 * candidate, best fit first. {@code actFirst} is true when a risk signal asks for action before anything else.
 */
public record Advice(int catalogueVersion, boolean actFirst, List<RiskAction> riskSignals, LevelAdvice level,
        List<CandidateAdvice> candidates) {

    public Advice {
        riskSignals = List.copyOf(riskSignals);
        candidates = List.copyOf(candidates);
    }

    /** The rank of a candidate: its place in the advice, from 1. */
    public int rankOf(CandidateAdvice candidate) {
        return candidates.indexOf(candidate) + 1;
    }

    public CandidateAdvice forOrganisation(String organisationId) {
        return candidates.stream().filter(c -> c.candidate().organisationId().equals(organisationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate " + organisationId));
    }
}
