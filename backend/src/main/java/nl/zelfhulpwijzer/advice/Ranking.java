package nl.zelfhulpwijzer.advice;

import java.time.OffsetDateTime;
import java.util.Comparator;

import nl.zelfhulpwijzer.directory.Country;

/**
 * The order of the advice, best fit first. What does not fit comes last; an exact fit (a group or programme for this
 * person and substance) always before an offer that merely does not conflict; then the verdict, then the score (whose
 * parts explain it); at equal fit the home country first; then the organisation before its local groups, so that a
 * fitting fellowship is never pushed off a short list by many of its own groups; then distance and the next meeting,
 * which groups fill in. Ties keep the order by name and key: {@link AdviceRules} orders the candidates that way first
 * and sorts stably, so the order is always the same.
 */
public final class Ranking {

    /** The order without a home country. */
    public static final Comparator<CandidateAdvice> BY_FIT = byFit(null);

    /** The tie-breaker order applied before ranking. */
    public static final Comparator<Candidate> BY_NAME_AND_KEY = Comparator.comparing(Candidate::name).thenComparing(Candidate::key);

    private Ranking() {
    }

    /** The order for a client at home in {@code home} (null: unknown). */
    public static Comparator<CandidateAdvice> byFit(Country home) {
        return Comparator.<CandidateAdvice, Boolean>comparing(a -> a.verdict() == Verdict.DOES_NOT_FIT)
                .thenComparing(a -> !a.exactFit())
                .thenComparing(CandidateAdvice::verdict)
                .thenComparing(Comparator.comparingInt(CandidateAdvice::score).reversed())
                .thenComparing(a -> home != null && a.candidate().country() != home)
                .thenComparing(a -> a.candidate().groupId() != null)
                .thenComparing(a -> a.candidate().distanceKm(), Comparator.nullsLast(Comparator.<Double>naturalOrder()))
                .thenComparing(a -> a.candidate().nextMeetingAt(), Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()));
    }
}
