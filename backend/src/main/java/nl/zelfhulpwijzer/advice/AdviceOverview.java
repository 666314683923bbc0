package nl.zelfhulpwijzer.advice;

import java.util.List;

/**
 * The advice as the answer shows it: risk signals first (never ranked away), the level that fits now with its
 * reasons, how many candidates were weighed and with which verdicts, and the organisations best fit first (each with
 * its head and local groups), a page at a time; or every candidate of one organisation. The same as grouping the full
 * ranking of {@link AdviceRules#evaluate} by organisation ({@link AdviceGrouping}), computed by {@link CandidateIndex}
 * without building the advice of candidates that are not shown.
 */
public final class AdviceOverview {

    private final AdviceRules.Evaluation evaluation;
    private final int evaluated;
    private final int[] verdicts;
    private final int organisationCount;
    private final CandidateIndex.Ranked ranked;

    AdviceOverview(AdviceRules.Evaluation evaluation, int evaluated, int[] verdicts, int organisationCount,
            CandidateIndex.Ranked ranked) {
        this.evaluation = evaluation;
        this.evaluated = evaluated;
        this.verdicts = verdicts.clone();
        this.organisationCount = organisationCount;
        this.ranked = ranked;
    }

    public int catalogueVersion() {
        return evaluation.catalogue().version();
    }

    public boolean actFirst() {
        return evaluation.actFirst();
    }

    public List<RiskAction> riskSignals() {
        return evaluation.risks();
    }

    public LevelAdvice level() {
        return evaluation.level();
    }

    /** How many candidates (organisations and groups) were weighed. */
    public int evaluated() {
        return evaluated;
    }

    /** How many candidates got this verdict. */
    public int count(Verdict verdict) {
        return verdicts[verdict.ordinal()];
    }

    /** How many organisations the advice ranks (each once, with its groups). */
    public int organisationCount() {
        return organisationCount;
    }

    /**
     * The organisations ranked {@code offset + 1} to {@code offset + limit}, each with at most {@code localGroups} of
     * its fitting groups within {@link AdviceGrouping#LOCAL_RADIUS_KM} (only when the origin has a point).
     */
    public List<AdviceGrouping.OrganisationAdvice> organisations(int offset, int limit, int localGroups) {
        return ranked.organisations(offset, limit, localGroups);
    }

    /** Every candidate of one organisation (itself and its groups), ranked as in the advice; empty when unknown. */
    public List<CandidateAdvice> organisation(String organisationId) {
        return ranked.organisation(organisationId);
    }
}
