package nl.zelfhulpwijzer.advice;

import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * The order of the advice. Fit comes first (verdict, then score); then the organisation before its local groups, so
 * that a fitting fellowship is never pushed off a short list by many of its own groups; then distance and the next
 * meeting, which groups fill in. Ties keep the
 * order by name and key: {@link AdviceRules} orders the candidates that way first and sorts stably, so the order is
 * always the same. Other orders can be plugged into {@link AdviceRules#evaluate}.
 */
public final class Ranking {

    public static final Comparator<CandidateAdvice> BY_FIT = Comparator
            .comparing(CandidateAdvice::verdict)
            .thenComparing(Comparator.comparingInt(CandidateAdvice::score).reversed())
            .thenComparing(a -> a.candidate().groupId() != null)
            .thenComparing(a -> a.candidate().distanceKm(), Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(a -> a.candidate().nextMeetingAt(), Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()));

    /** The tie-breaker order applied before ranking. */
    public static final Comparator<Candidate> BY_NAME_AND_KEY = Comparator.comparing(Candidate::name).thenComparing(Candidate::key);

    private Ranking() {
    }
}
