package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.GeoDistance;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * The directory's candidates prepared once per directory version, so that an advice over 10,000 groups does not
 * evaluate, rank and group 10,000 objects per request: ordered by name and key (the ranking's tie order), grouped by
 * organisation, with their points, and sorted into classes of candidates that the rules cannot tell apart (same
 * directory facts, shape and country; see {@link AdviceRules.Evaluation}). A request evaluates each class once and
 * then compares numbers; it builds a {@link CandidateAdvice} only for what the answer shows. The result is the same as
 * ranking every candidate with {@link AdviceRules#evaluate} and grouping that list by organisation (property test).
 */
public final class CandidateIndex {

    /** Candidates in name-and-key order; an index into this list is also the last tie-breaker of the ranking. */
    private final List<Candidate> candidates;
    /** Latitude and longitude per candidate, NaN when its place is unknown. */
    private final double[] latitudes;
    private final double[] longitudes;
    private final List<String> organisationIds;
    private final Map<String, Integer> organisationOrdinals;
    /** Per organisation: the index of its own candidate (-1 when none) and of its groups, in name order. */
    private final int[] own;
    private final int[][] groups;
    /** The classes depend on the catalogue only through the organisations its criteria name. */
    private final Map<Set<String>, Classes> classes = new ConcurrentHashMap<>();

    /**
     * {@code candidates} in any order, organisation ids unique among the organisations' own candidates (groupId null);
     * {@code points} by candidate key: latitude and longitude, absent when unknown.
     */
    public CandidateIndex(List<Candidate> candidates, Map<String, double[]> points) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Ranking.BY_NAME_AND_KEY);
        this.candidates = List.copyOf(ordered);
        int n = ordered.size();
        latitudes = new double[n];
        longitudes = new double[n];
        Map<String, Integer> ordinals = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<List<Integer>> groupLists = new ArrayList<>();
        List<Integer> owns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = ordered.get(i);
            double[] p = points.get(c.key());
            latitudes[i] = p == null ? Double.NaN : p[0];
            longitudes[i] = p == null ? Double.NaN : p[1];
            Integer o = ordinals.get(c.organisationId());
            if (o == null) {
                o = ids.size();
                ordinals.put(c.organisationId(), o);
                ids.add(c.organisationId());
                groupLists.add(new ArrayList<>());
                owns.add(-1);
            }
            if (c.groupId() == null) {
                owns.set(o, i);
            } else {
                groupLists.get(o).add(i);
            }
        }
        organisationIds = List.copyOf(ids);
        organisationOrdinals = Map.copyOf(ordinals);
        own = owns.stream().mapToInt(Integer::intValue).toArray();
        groups = groupLists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The candidates in name-and-key order. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * The advice for a profile. {@code current}: the candidates as {@link #candidates()} with their next meetings
     * filled in (same order), {@code nextMeetings} their epoch seconds ({@code Long.MAX_VALUE} when unknown);
     * {@code origin}: the client's point, distances are measured from it, when it has one.
     */
    public AdviceOverview advise(ClientProfile profile, Catalogue catalogue, AdviceOrigin origin, List<Candidate> current,
            long[] nextMeetings) {
        AdviceRules.Evaluation evaluation = new AdviceRules.Evaluation(profile, catalogue);
        Classes cls = classes.computeIfAbsent(AdviceRules.namedIds(catalogue), this::classify);
        int k = cls.representatives.length;
        long[] fit = new long[k];
        boolean[] fits = new boolean[k];
        int[] verdicts = new int[Verdict.values().length];
        for (int j = 0; j < k; j++) {
            CandidateAdvice a = evaluation.evaluate(candidates.get(cls.representatives[j]));
            fit[j] = Ranking.Key.of(a, origin.home()).fit();
            fits[j] = a.verdict() != Verdict.DOES_NOT_FIT;
            verdicts[a.verdict().ordinal()] += cls.sizes[j];
        }
        return new AdviceOverview(evaluation, candidates.size(), verdicts, organisationIds.size(),
                new Ranked(evaluation, cls.classOf, fit, fits, origin, current, nextMeetings));
    }

    /** Candidates the rules cannot tell apart get one class; {@code namedIds}: organisations a criterion names. */
    private Classes classify(Set<String> namedIds) {
        Map<ClassKey, Integer> byKey = new HashMap<>();
        int[] classOf = new int[candidates.size()];
        List<Integer> representatives = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < classOf.length; i++) {
            Candidate c = candidates.get(i);
            ClassKey key = new ClassKey(c.kind(), c.approach(), c.country(), c.status(), c.audiences(), c.behaviours(),
                    c.meetingTypes(), c.languages(), namedIds.contains(c.organisationId()) ? c.organisationId() : null, c.groupId() != null);
            Integer j = byKey.putIfAbsent(key, representatives.size());
            if (j == null) {
                j = representatives.size();
                representatives.add(i);
                sizes.add(0);
            }
            classOf[i] = j;
            sizes.set(j, sizes.get(j) + 1);
        }
        return new Classes(classOf, representatives.stream().mapToInt(Integer::intValue).toArray(),
                sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Everything of a candidate that the rules and the fit part of the ranking read. */
    private record ClassKey(OrganisationKind kind, Approach approach, Country country, OrganisationStatus status,
            Set<Audience> audiences, Set<Behaviour> behaviours, Set<String> meetingTypes, Set<String> languages,
            String namedId, boolean group) {
    }

    /** {@code classOf} per candidate; per class its first candidate and its number of candidates. */
    private record Classes(int[] classOf, int[] representatives, int[] sizes) {
    }

    /**
     * The ranking of one request in numbers: per candidate its fit (from its class), rounded distance and next meeting;
     * the order is fit, distance, next meeting, index, as {@link Ranking}.
     */
    final class Ranked {
        private final AdviceRules.Evaluation evaluation;
        private final int[] classOf;
        private final long[] classFit;
        private final boolean[] classFits;
        private final AdviceOrigin origin;
        private final List<Candidate> current;
        private final long[] nextMeetings;

        private Ranked(AdviceRules.Evaluation evaluation, int[] classOf, long[] classFit, boolean[] classFits,
                AdviceOrigin origin, List<Candidate> current, long[] nextMeetings) {
            this.evaluation = evaluation;
            this.classOf = classOf;
            this.classFit = classFit;
            this.classFits = classFits;
            this.origin = origin;
            this.current = current;
            this.nextMeetings = nextMeetings;
        }

        /** Organisations from {@code offset}, at most {@code limit}, each with up to {@code localGroups} local groups. */
        List<AdviceGrouping.OrganisationAdvice> organisations(int offset, int limit, int localGroups) {
            int wanted = (int) Math.min((long) offset + limit, organisationIds.size());
            if (wanted <= offset) {
                return List.of();
            }
            // Each organisation's best candidate (its place in the advice) and best group; the first `wanted` kept.
            Best[] best = new Best[organisationIds.size()];
            Top top = new Top(wanted);
            for (int o = 0; o < best.length; o++) {
                best[o] = bestGroup(o);
                Best first = best[o];
                if (own[o] >= 0) {
                    Best mine = at(own[o], Double.NaN);
                    first = first == null || mine.compareTo(first) < 0 ? mine : first;
                }
                top.offer(first.withOrganisation(o));
            }
            List<Best> firsts = top.sorted();
            List<AdviceGrouping.OrganisationAdvice> result = new ArrayList<>(wanted - offset);
            for (Best first : firsts.subList(offset, firsts.size())) {
                int o = first.organisation;
                Best group = best[o];
                boolean ownFits = own[o] >= 0 && (classFits[classOf[own[o]]] || group == null);
                result.add(local(o, ownFits ? own[o] : group.index, localGroups));
            }
            return result;
        }

        /** The organisation's own candidate and all its groups, ranked as in the advice; empty when unknown. */
        List<CandidateAdvice> organisation(String organisationId) {
            Integer o = organisationOrdinals.get(organisationId);
            if (o == null) {
                return List.of();
            }
            int[] members = java.util.Arrays.copyOf(groups[o], groups[o].length + (own[o] >= 0 ? 1 : 0));
            if (own[o] >= 0) {
                members[members.length - 1] = own[o];
            }
            java.util.Arrays.sort(members); // name order, the ranking's tie order
            List<CandidateAdvice> all = new ArrayList<>(members.length);
            for (int i : members) {
                all.add(advice(i));
            }
            return Ranking.sort(all, origin.home());
        }

        /** The best-ranked group of an organisation, null when it has none. */
        private Best bestGroup(int o) {
            long minFit = Long.MAX_VALUE;
            for (int g : groups[o]) {
                minFit = Math.min(minFit, classFit[classOf[g]]);
            }
            Best best = null;
            for (int g : groups[o]) {
                if (classFit[classOf[g]] != minFit) {
                    continue;
                }
                // A group whose latitude alone puts it clearly farther than the best so far cannot come first.
                if (best != null && best.distance != Double.MAX_VALUE && lowerBoundKm(g) > best.distance + 0.1) {
                    continue;
                }
                Best candidate = at(g, Double.NaN);
                if (best == null || candidate.compareTo(best) < 0) {
                    best = candidate;
                }
            }
            return best;
        }

        /** The organisation with its head candidate and its best fitting groups within the local radius. */
        private AdviceGrouping.OrganisationAdvice local(int o, int head, int localGroups) {
            int fitting = 0;
            Top nearest = new Top(localGroups);
            boolean withPlace = origin.hasPoint();
            for (int g : groups[o]) {
                if (!classFits[classOf[g]]) {
                    continue;
                }
                fitting++;
                if (withPlace && localGroups > 0 && lowerBoundKm(g) <= AdviceGrouping.LOCAL_RADIUS_KM + 0.1) {
                    double km = distanceKm(g);
                    if (km <= AdviceGrouping.LOCAL_RADIUS_KM) {
                        nearest.offer(at(g, km));
                    }
                }
            }
            List<CandidateAdvice> local = new ArrayList<>(localGroups);
            for (Best b : nearest.sorted()) {
                local.add(advice(b.index));
            }
            return new AdviceGrouping.OrganisationAdvice(advice(head), local, fitting);
        }

        /** The ranking key of candidate {@code i}; {@code km} its distance when already known, else NaN. */
        private Best at(int i, double km) {
            double distance = Double.isNaN(km) ? distanceKm(i) : km;
            return new Best(classFit[classOf[i]], distance, nextMeetings[i], i, -1);
        }

        /** The distance in km rounded to 0.1 as the advice shows it; {@code Double.MAX_VALUE} when unknown. */
        private double distanceKm(int i) {
            if (!origin.hasPoint() || Double.isNaN(latitudes[i])) {
                return Double.MAX_VALUE;
            }
            return CandidateIndex.distanceKm(origin, latitudes[i], longitudes[i]);
        }

        /** Never more than the great-circle distance: the distance along the meridian alone. */
        private double lowerBoundKm(int i) {
            if (!origin.hasPoint() || Double.isNaN(latitudes[i])) {
                return Double.MAX_VALUE;
            }
            return EARTH_RADIUS_KM * Math.abs(Math.toRadians(latitudes[i] - origin.latitude())) - 0.001;
        }

        private CandidateAdvice advice(int i) {
            Candidate c = current.get(i);
            double km = distanceKm(i);
            return evaluation.evaluate(km == Double.MAX_VALUE ? c : c.withDistanceKm(km));
        }
    }

    private static final double EARTH_RADIUS_KM = 6371.0;

    /** The distance shown with a candidate: great-circle km from the origin, rounded to 0.1. */
    static double distanceKm(AdviceOrigin origin, double latitude, double longitude) {
        return Math.round(GeoDistance.km(origin.latitude(), origin.longitude(), latitude,
                longitude) * 10) / 10.0;
    }

    /** A candidate's ranking key; {@code organisation} set when it stands for its organisation. */
    private record Best(long fit, double distance, long next, int index, int organisation) implements Comparable<Best> {

        Best withOrganisation(int o) {
            return new Best(fit, distance, next, index, o);
        }

        @Override
        public int compareTo(Best other) {
            int c = Long.compare(fit, other.fit);
            if (c == 0) {
                c = Double.compare(distance, other.distance);
            }
            if (c == 0) {
                c = Long.compare(next, other.next);
            }
            return c != 0 ? c : Integer.compare(index, other.index);
        }
    }

    /** The best {@code size} keys offered, kept in a bounded heap (worst on top). */
    private static final class Top {
        private final int size;
        private final java.util.PriorityQueue<Best> heap;

        Top(int size) {
            this.size = size;
            this.heap = new java.util.PriorityQueue<>(Math.max(1, size), java.util.Comparator.reverseOrder());
        }

        void offer(Best b) {
            if (size == 0) {
                return;
            }
            if (heap.size() < size) {
                heap.add(b);
            } else if (b.compareTo(heap.peek()) < 0) {
                heap.poll();
                heap.add(b);
            }
        }

        List<Best> sorted() {
            List<Best> result = new ArrayList<>(heap);
            result.sort(null);
            return result;
        }
    }
}
