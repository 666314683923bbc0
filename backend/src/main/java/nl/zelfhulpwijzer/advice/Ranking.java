package nl.zelfhulpwijzer.advice;

import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * The order of the advice. Fit comes first (verdict, then score); then distance and the next meeting, which groups
 * and meetings fill in (organisations leave them empty, so they sort after those that have them); then name and key,
 * so that the order is always the same. Other orders can be plugged into {@link AdviceRules#evaluate}.
 */
public final class Ranking {

    public static final Comparator<CandidateAdvice> BY_FIT = Comparator
            .comparing(CandidateAdvice::verdict)
            .thenComparing(Comparator.comparingInt(CandidateAdvice::score).reversed())
            .thenComparing(a -> a.candidate().distanceKm(), Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(a -> a.candidate().nextMeetingAt(), Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparing(a -> a.candidate().name())
            .thenComparing(a -> a.candidate().key());

    private Ranking() {
    }
}
