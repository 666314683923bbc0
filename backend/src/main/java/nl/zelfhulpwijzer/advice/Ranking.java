package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

    /** The tie-breaker order applied before ranking. */
    public static final Comparator<Candidate> BY_NAME_AND_KEY = Comparator.comparing(Candidate::name).thenComparing(Candidate::key);

    /** Scores are clamped to this magnitude so that they fit their bits of {@link Key#fit}. */
    private static final int SCORE_LIMIT = 1 << 19;

    private Ranking() {
    }

    /**
     * The ranking of one candidate's advice, computed once so that sorting thousands of groups compares numbers only.
     * {@code fit} packs, most significant first: does not fit, not exact, verdict, minus the score, other country,
     * is a group; distance and next meeting (epoch second) are {@code MAX} when unknown, so they come last.
     */
    record Key(long fit, double distanceKm, long nextMeeting) implements Comparable<Key> {

        static Key of(CandidateAdvice a, Country home) {
            Candidate c = a.candidate();
            int score = Math.max(-SCORE_LIMIT + 1, Math.min(SCORE_LIMIT - 1, a.score()));
            long fit = bit(a.verdict() == Verdict.DOES_NOT_FIT);
            fit = fit << 1 | bit(!a.exactFit());
            fit = fit << 3 | a.verdict().ordinal();
            fit = fit << 20 | (SCORE_LIMIT - score);
            fit = fit << 1 | bit(home != null && c.country() != home);
            fit = fit << 1 | bit(c.groupId() != null);
            return new Key(fit, c.distanceKm() == null ? Double.MAX_VALUE : c.distanceKm(),
                    c.nextMeetingAt() == null ? Long.MAX_VALUE : c.nextMeetingAt().toEpochSecond());
        }

        @Override
        public int compareTo(Key other) {
            int byFit = Long.compare(fit, other.fit);
            if (byFit != 0) {
                return byFit;
            }
            int byDistance = Double.compare(distanceKm, other.distanceKm);
            return byDistance != 0 ? byDistance : Long.compare(nextMeeting, other.nextMeeting);
        }

        private static long bit(boolean value) {
            return value ? 1 : 0;
        }
    }

    /** The order for a client at home in {@code home} (null: unknown). */
    public static Comparator<CandidateAdvice> byFit(Country home) {
        return Comparator.comparing(a -> Key.of(a, home));
    }

    /** The advice in ranking order; stable, each key computed once. */
    static List<CandidateAdvice> sort(List<CandidateAdvice> advice, Country home) {
        Ranked[] ranked = new Ranked[advice.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = new Ranked(Key.of(advice.get(i), home), advice.get(i));
        }
        Arrays.sort(ranked, Comparator.comparing(Ranked::key)); // stable: ties keep the input order
        List<CandidateAdvice> result = new ArrayList<>(ranked.length);
        for (Ranked r : ranked) {
            result.add(r.advice());
        }
        return result;
    }

    private record Ranked(Key key, CandidateAdvice advice) {
    }
}
