package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The advice grouped by organisation (fellowship), so that one fellowship with many local groups does not flood the
 * answer: each organisation once, in the order of its best candidate, with at most a few of its fitting local groups
 * within {@link #LOCAL_RADIUS_KM} of the client's place (nearest, then next meeting, as ranked). Without a place no
 * local groups are shown, since any choice would be arbitrary; the count says how many fitting groups there are.
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

    /** {@code withPlace}: the client gave a place, so the candidates carry distances. */
    public static List<OrganisationAdvice> group(Advice advice, boolean withPlace, int groupsPerOrganisation) {
        Map<String, Builder> byOrganisation = new LinkedHashMap<>();
        for (CandidateAdvice a : advice.candidates()) {
            Builder b = byOrganisation.computeIfAbsent(a.candidate().organisationId(), k -> new Builder());
            if (a.candidate().groupId() == null) {
                b.own = a;
                continue;
            }
            if (b.best == null) {
                b.best = a;
            }
            if (a.verdict() == Verdict.DOES_NOT_FIT) {
                continue;
            }
            b.fitting++;
            if (b.local.size() < groupsPerOrganisation && withPlace && isLocal(a.candidate())) {
                b.local.add(a);
            }
        }
        List<OrganisationAdvice> result = new ArrayList<>(byOrganisation.size());
        for (Builder b : byOrganisation.values()) {
            boolean ownFits = b.own != null && (b.own.verdict() != Verdict.DOES_NOT_FIT || b.best == null);
            result.add(new OrganisationAdvice(ownFits ? b.own : b.best, b.local, b.fitting));
        }
        return result;
    }

    /** Near enough; the ranking already ordered them by distance, then next meeting. */
    private static boolean isLocal(Candidate c) {
        return c.distanceKm() != null && c.distanceKm() <= LOCAL_RADIUS_KM;
    }

    private static final class Builder {
        private CandidateAdvice own;
        private CandidateAdvice best;
        private int fitting;
        private final List<CandidateAdvice> local = new ArrayList<>();
    }
}
