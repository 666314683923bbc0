package nl.zelfhulpwijzer.advice;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.GeoDistance;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * The fast advice of {@link CandidateIndex} (classes, bounded heaps, distances only where they can matter) gives the
 * same answer as the straightforward reference: every candidate evaluated and ranked by {@link AdviceRules#evaluate}
 * with its distance and next meeting, then grouped by organisation in ranking order. Random profiles, random
 * directories of organisations with groups around a client's point (names repeat, so ties occur), with the seeded
 * catalogue.
 */
class CandidateIndexPropertiesTest {

    private static final Catalogue CATALOGUE = SeedSql.catalogue();
    private static final int LOCAL_GROUPS = 3;

    @Property(tries = 300)
    boolean sameOrganisationsAsTheReference(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") Directory directory, @ForAll("origins") AdviceOrigin origin,
            @ForAll @IntRange(max = 4) int offset, @ForAll @IntRange(max = 5) int limit) {
        AdviceOverview fast = directory.index().advise(profile, CATALOGUE, origin, directory.candidates(), directory.next());
        List<AdviceGrouping.OrganisationAdvice> reference = group(reference(profile, directory, origin), origin.hasPoint());
        int all = reference.size();
        return fast.organisationCount() == all
                && fast.organisations(0, all, LOCAL_GROUPS).equals(reference)
                && fast.organisations(offset, limit, LOCAL_GROUPS)
                        .equals(reference.subList(Math.min(offset, all), Math.min(offset + limit, all)));
    }

    @Property(tries = 200)
    boolean sameCountsAndOrganisationRankingAsTheReference(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") Directory directory, @ForAll("origins") AdviceOrigin origin,
            @ForAll @IntRange(max = 7) int organisation) {
        AdviceOverview fast = directory.index().advise(profile, CATALOGUE, origin, directory.candidates(), directory.next());
        Advice reference = reference(profile, directory, origin);
        for (Verdict v : Verdict.values()) {
            if (fast.count(v) != reference.candidates().stream().filter(a -> a.verdict() == v).count()) {
                return false;
            }
        }
        String id = "organisatie-" + organisation;
        return fast.evaluated() == reference.candidates().size()
                && fast.catalogueVersion() == reference.catalogueVersion() && fast.actFirst() == reference.actFirst()
                && fast.riskSignals().equals(reference.riskSignals()) && fast.level().equals(reference.level())
                && fast.organisation(id).equals(reference.candidates().stream()
                        .filter(a -> a.candidate().organisationId().equals(id)).toList());
    }

    /** Every candidate with its distance from the origin, evaluated and ranked. */
    private static Advice reference(ClientProfile profile, Directory directory, AdviceOrigin origin) {
        List<Candidate> placed = new ArrayList<>();
        for (Candidate c : directory.candidates()) {
            double[] p = directory.points().get(c.key());
            placed.add(p == null || !origin.hasPoint() ? c : c.withDistanceKm(
                    Math.round(GeoDistance.km(origin.latitude(), origin.longitude(), p[0], p[1]) * 10) / 10.0));
        }
        return AdviceRules.evaluate(profile, placed, CATALOGUE, origin.home());
    }

    /** The ranking grouped by organisation in order of first appearance, as {@link AdviceGrouping} describes it. */
    private static List<AdviceGrouping.OrganisationAdvice> group(Advice advice, boolean withPlace) {
        Map<String, List<CandidateAdvice>> byOrganisation = new LinkedHashMap<>();
        for (CandidateAdvice a : advice.candidates()) {
            byOrganisation.computeIfAbsent(a.candidate().organisationId(), k -> new ArrayList<>()).add(a);
        }
        List<AdviceGrouping.OrganisationAdvice> result = new ArrayList<>();
        for (List<CandidateAdvice> members : byOrganisation.values()) {
            CandidateAdvice own = members.stream().filter(a -> a.candidate().groupId() == null).findFirst().orElse(null);
            List<CandidateAdvice> groups = members.stream().filter(a -> a.candidate().groupId() != null).toList();
            List<CandidateAdvice> fitting = groups.stream().filter(a -> a.verdict() != Verdict.DOES_NOT_FIT).toList();
            List<CandidateAdvice> local = !withPlace ? List.of() : fitting.stream()
                    .filter(a -> a.candidate().distanceKm() != null
                            && a.candidate().distanceKm() <= AdviceGrouping.LOCAL_RADIUS_KM)
                    .limit(LOCAL_GROUPS).toList();
            boolean ownFits = own != null && (own.verdict() != Verdict.DOES_NOT_FIT || groups.isEmpty());
            result.add(new AdviceGrouping.OrganisationAdvice(ownFits ? own : groups.get(0), local, fitting.size()));
        }
        return result;
    }

    /** A directory as the service loads it: candidates with next meetings, and the groups' points by key. */
    record Directory(CandidateIndex index, List<Candidate> candidates, long[] next, Map<String, double[]> points) {
    }

    @Provide
    Arbitrary<Directory> directories() {
        Arbitrary<Candidate> organisation = Combinators.combine(Arbitraries.of(OrganisationKind.class),
                Arbitraries.of(Approach.class), Arbitraries.of(Country.class), status(), audiences(), behaviours(),
                Arbitraries.integers().between(0, 7), Arbitraries.of("Aanbod", "Groep", "Zelfhulp"))
                .as((k, a, c, s, au, b, o, name) -> Candidate.organisation(id(o), name, k, a, c, s, au, b,
                        "002_e30f9ceb731b810b.txt", "Bijlage 3"));
        Arbitrary<Group> group = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.of(Country.class),
                status(), audiences().injectNull(0.5), Arbitraries.of("O", "C", "DD", "W").set(),
                Arbitraries.doubles().between(-0.5, 0.5).ofScale(1).injectNull(0.2), Arbitraries.doubles().between(-0.5, 0.5).ofScale(1),
                Arbitraries.longs().between(0, 20).injectNull(0.3))
                .as(Group::new);
        return Combinators.combine(organisation.list().ofMaxSize(8), group.list().ofMaxSize(40),
                behaviours().injectNull(0.5).list().ofSize(40), languages().list().ofSize(40))
                .as(CandidateIndexPropertiesTest::directory);
    }

    /** A group of organisation {@code organisation}: its point as an offset from 52N 5E, next meeting in hours. */
    private record Group(int organisation, Country country, OrganisationStatus status, Set<Audience> audiences,
            Set<String> types, Double dLat, double dLon, Long hours) {
    }

    private static Directory directory(List<Candidate> organisations, List<Group> groups, List<Set<Behaviour>> behaviours,
            List<Set<String>> languages) {
        Map<String, Candidate> byId = new HashMap<>();
        organisations.forEach(o -> byId.put(o.organisationId(), o)); // one own candidate per organisation
        List<Candidate> candidates = new ArrayList<>(byId.values());
        Map<String, double[]> points = new HashMap<>();
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 7, 19, 0, 0, 0, ZoneOffset.ofHours(1));
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            Candidate org = byId.get(id(g.organisation()));
            Candidate c = new Candidate(id(g.organisation()), "groep-" + i, i % 3 == 0 ? "Groep" : "Groep " + i % 5,
                    org == null ? OrganisationKind.SELF_HELP_FELLOWSHIP : org.kind(), org == null ? Approach.TWELVE_STEP : org.approach(),
                    g.country(), g.status(), g.audiences() == null ? Set.of(Audience.PERSON) : g.audiences(),
                    behaviours.get(i) == null ? Set.of(Behaviour.ALCOHOL) : behaviours.get(i), g.types(), languages.get(i), null,
                    g.hours() == null ? null : start.plusHours(g.hours()), "002_e30f9ceb731b810b.txt", "Bijlage 3", "Utrecht");
            candidates.add(c);
            if (g.dLat() != null) {
                points.put(c.key(), new double[] { 52 + g.dLat(), 5 + g.dLon() });
            }
        }
        CandidateIndex index = new CandidateIndex(candidates, points);
        List<Candidate> ordered = index.candidates();
        long[] next = ordered.stream().mapToLong(c -> c.nextMeetingAt() == null ? Long.MAX_VALUE : c.nextMeetingAt().toEpochSecond())
                .toArray();
        return new Directory(index, ordered, next, points);
    }

    /** Organisation ids, among them those the seeded catalogue names. */
    private static String id(int o) {
        return List.of("aa-nederland", "na-nederland", "abs-artsen", "anonieme-dokters", "svmg", "organisatie-5",
                "organisatie-6", "alateen-al-anon-aca").get(o);
    }

    @Provide
    Arbitrary<AdviceOrigin> origins() {
        Arbitrary<Double> offset = Arbitraries.doubles().between(-0.4, 0.4);
        Arbitrary<Country> home = Arbitraries.of(Country.class).injectNull(0.3);
        return Combinators.combine(offset, offset, home, Arbitraries.of(true, false))
                .as((dLat, dLon, h, place) -> place ? new AdviceOrigin(52 + dLat, 5 + dLon, "Plaats", h, null)
                        : new AdviceOrigin(null, null, null, h, null));
    }

    @Provide
    Arbitrary<ClientProfile> profiles() {
        Arbitrary<Audience> relation = Arbitraries.of(Audience.PERSON, Audience.PERSON, Audience.PARTNER, Audience.PARENT, Audience.CHILD);
        Arbitrary<Set<Substance>> substances = Arbitraries.of(Substance.class).set().ofMaxSize(2);
        Arbitrary<Set<Behaviour>> behaviours = behaviours().injectNull(0.4);
        Arbitrary<TreatmentGoal> goal = Arbitraries.of(TreatmentGoal.class).injectNull(0.3);
        Arbitrary<Boolean> maybe = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
        Arbitrary<TreatmentPhase> phase = Arbitraries.of(TreatmentPhase.class).injectNull(0.3);
        Arbitrary<Set<PsychiatricSymptom>> symptoms = Arbitraries.of(PsychiatricSymptom.class).set().ofMaxSize(2);
        Arbitrary<Set<Medication>> medication = Arbitraries.of(Medication.class).set().ofMaxSize(2);
        Arbitrary<Profession> profession = Arbitraries.of(Profession.class).injectNull(0.5);
        Arbitrary<Approach> approach = Arbitraries.of(Approach.TWELVE_STEP, Approach.SECULAR).injectNull(0.5);
        Arbitrary<Country> country = Arbitraries.of(Country.class).injectNull(0.6);
        Arbitrary<Set<Characteristic>> characteristics = Arbitraries.of(Characteristic.class).set().ofMaxSize(3);
        Arbitrary<ClientProfile> situation = Combinators.combine(relation, substances, behaviours, goal, maybe, phase, symptoms,
                medication).as((r, s, b, g, w, ph, sy, m) -> new ClientProfile(r, b == null ? Set.of() : b,
                        s.isEmpty() && b == null ? Set.of(Substance.ALCOHOL) : s, g, w, null, ph, null, null, sy, m, null,
                        null, null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of()));
        Arbitrary<ClientProfile> withCare = Combinators.combine(situation, maybe, maybe, profession, approach, country,
                characteristics, maybe)
                .as((p, mid, online, pr, ap, c, ch, makelaar) -> new ClientProfile(p.relation(), p.behaviours(),
                        p.substances(), p.treatmentGoal(), p.abstinenceWish(), null, p.treatmentPhase(), null, null,
                        p.psychiatricSymptoms(), p.medication(), mid, null, null, null, c, null, online, null, ap, null, pr,
                        makelaar, ch, Set.of()));
        // The preferences of whoever asks: age (a young relative: Alateen), language, women-only meetings.
        return Combinators.combine(withCare, Arbitraries.of(AgeBand.class).injectNull(0.4),
                Arbitraries.of("nl", "en", "fr").injectNull(0.4), maybe)
                .as((p, age, language, women) -> new ClientProfile(p.relation(), p.behaviours(), p.substances(),
                        p.treatmentGoal(), p.abstinenceWish(), null, p.treatmentPhase(), null, null, p.psychiatricSymptoms(),
                        p.medication(), p.mildIntellectualDisability(), null, age, language, p.country(), null, p.online(),
                        women, p.approach(), null, p.profession(), p.makelaarAvailable(), p.characteristics(), Set.of()));
    }

    private static Arbitrary<Set<String>> languages() {
        return Arbitraries.of(Set.of("nl"), Set.of("nl", "en"), Set.of("fr"), Set.<String>of());
    }

    private static Arbitrary<OrganisationStatus> status() {
        return Arbitraries.of(OrganisationStatus.ACTIVE, OrganisationStatus.ACTIVE, OrganisationStatus.ACTIVE,
                OrganisationStatus.IN_FORMATION, OrganisationStatus.INACTIVE);
    }

    private static Arbitrary<Set<Audience>> audiences() {
        return Arbitraries.of(Audience.PERSON, Audience.PARTNER, Audience.PARENT, Audience.CHILD).set().ofMinSize(1);
    }

    private static Arbitrary<Set<Behaviour>> behaviours() {
        return Arbitraries.of(Behaviour.ALCOHOL, Behaviour.DRUGS, Behaviour.MEDICATION, Behaviour.GAMBLING).set().ofMinSize(1);
    }
}
