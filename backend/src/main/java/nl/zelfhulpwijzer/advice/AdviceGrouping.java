package nl.zelfhulpwijzer.advice;

import java.util.List;

/**
 * The advice grouped by organisation (fellowship), so that one fellowship with many local groups does not flood the
 * answer: each organisation once, in the order of its best candidate, with at most a few of its fitting local groups
 * within {@link #LOCAL_RADIUS_KM} of the client's place (nearest, then next meeting, as ranked). Without a place no
 * local groups are shown, since any choice would be arbitrary; the count says how many fitting groups there are.
 * {@link CandidateIndex} computes it; a property test checks it against grouping the full ranking by organisation.
 */
public final class AdviceGrouping {

    /** One organisation in the advice: its own advice (or its best group's when only that fits), local groups, count. */
    public record OrganisationAdvice(CandidateAdvice head, List<CandidateAdvice> localGroups, int fittingGroups) {

        public OrganisationAdvice {
            localGroups = List.copyOf(localGroups);
        }
    }

    /** How far a group may be to count as local: a bus or train ride (a choice, not from the seeds). */
    public static final int LOCAL_RADIUS_KM = 25;

    private AdviceGrouping() {
    }
}
