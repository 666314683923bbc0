package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The advice grouped by organisation (fellowship), so that one fellowship with many local groups does not flood the
 * answer: each organisation once, in the order of its best candidate, with at most a few of its fitting local groups
 * in the client's place (nearest, then next meeting, as ranked). Without a place no local groups are shown, since any
 * choice would be arbitrary; the count says how many fitting groups there are.
 */
public final class AdviceGrouping {

    /** One organisation in the advice: its own advice (or its best group's when only that fits), local groups, count. */
    public record OrganisationAdvice(CandidateAdvice head, List<CandidateAdvice> localGroups, int fittingGroups) {

        public OrganisationAdvice {
            localGroups = List.copyOf(localGroups);
        }
    }

    private AdviceGrouping() {
    }

    public static List<OrganisationAdvice> group(Advice advice, String place, int groupsPerOrganisation) {
        String where = place == null ? null : place.trim().toLowerCase(Locale.ROOT);
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
            if (b.local.size() < groupsPerOrganisation && isLocal(a.candidate(), where)) {
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

    /** In the client's place, or with a known distance (which the ranking already ordered by). */
    private static boolean isLocal(Candidate c, String where) {
        if (where == null) {
            return false;
        }
        return c.distanceKm() != null || (c.place() != null && c.place().toLowerCase(Locale.ROOT).equals(where));
    }

    private static final class Builder {
        private CandidateAdvice own;
        private CandidateAdvice best;
        private int fitting;
        private final List<CandidateAdvice> local = new ArrayList<>();
    }
}
