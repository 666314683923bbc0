package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Properties of the ranking over random directories and profiles, with the seeded catalogue: the order does not
 * depend on the input order (deterministic and stable), an exact fit never ranks below an offer that merely does not
 * conflict, at equal fit the home country comes first and the nearer group before the farther one.
 */
class RankingPropertiesTest {

    private static final Catalogue CATALOGUE = SeedSql.catalogue();

    @Property(tries = 200)
    boolean sameAdviceWhateverTheInputOrder(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") List<Candidate> candidates, @ForAll long seed) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(seed));
        return keys(AdviceRules.evaluate(profile, candidates, CATALOGUE))
                .equals(keys(AdviceRules.evaluate(profile, shuffled, CATALOGUE)));
    }

    @Property(tries = 200)
    boolean exactFitNeverBelowANonConflictingOffer(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") List<Candidate> candidates) {
        List<CandidateAdvice> ranked = AdviceRules.evaluate(profile, candidates, CATALOGUE).candidates();
        boolean seenNonExactFit = false;
        for (CandidateAdvice a : ranked) {
            if (a.verdict() == Verdict.DOES_NOT_FIT) {
                continue;
            }
            if (a.exactFit() && seenNonExactFit) {
                return false;
            }
            seenNonExactFit |= !a.exactFit();
        }
        return true;
    }

    @Property(tries = 200)
    boolean homeCountryFirstAtEqualFit(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") List<Candidate> candidates, @ForAll Country home) {
        List<CandidateAdvice> ranked = AdviceRules.evaluate(profile, candidates, CATALOGUE, home).candidates();
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                CandidateAdvice before = ranked.get(i);
                CandidateAdvice after = ranked.get(j);
                boolean equalFit = before.verdict() == after.verdict() && before.exactFit() == after.exactFit()
                        && before.score() == after.score();
                if (equalFit && before.candidate().country() != home && after.candidate().country() == home) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property(tries = 200)
    boolean nearerGroupFirstAtEqualFit(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") List<Candidate> candidates) {
        List<CandidateAdvice> ranked = AdviceRules.evaluate(profile, candidates, CATALOGUE).candidates();
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                CandidateAdvice before = ranked.get(i);
                CandidateAdvice after = ranked.get(j);
                boolean equalFit = before.verdict() == after.verdict() && before.exactFit() == after.exactFit()
                        && before.score() == after.score() && before.candidate().groupId() != null
                        && after.candidate().groupId() != null;
                Double near = before.candidate().distanceKm();
                Double far = after.candidate().distanceKm();
                if (equalFit && far != null && (near == null || near > far)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property(tries = 100)
    boolean scoreIsTheSumOfItsVisibleParts(@ForAll("profiles") ClientProfile profile,
            @ForAll("directories") List<Candidate> candidates) {
        return AdviceRules.evaluate(profile, candidates, CATALOGUE).candidates().stream()
                .allMatch(a -> a.score() == a.scoreParts().stream().mapToInt(ScorePart::points).sum()
                        && a.scoreParts().stream().allMatch(p -> p.code() != null && p.text() != null));
    }

    private static List<String> keys(Advice advice) {
        return advice.candidates().stream().map(a -> a.candidate().key()).toList();
    }

    @Provide
    Arbitrary<ClientProfile> profiles() {
        Arbitrary<Audience> relation = Arbitraries.of(Audience.PERSON, Audience.PERSON, Audience.PARTNER, Audience.PARENT,
                Audience.CHILD);
        Arbitrary<Set<Substance>> substances = Arbitraries.of(Substance.class).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Boolean> wish = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
        Arbitrary<StageOfChange> stage = Arbitraries.of(StageOfChange.class).injectNull(0.3);
        Arbitrary<Set<PsychiatricSymptom>> symptoms = Arbitraries.of(PsychiatricSymptom.class).set().ofMaxSize(2);
        Arbitrary<Profession> profession = Arbitraries.of(Profession.class).injectNull(0.5);
        Arbitrary<Approach> approach = Arbitraries.of(Approach.TWELVE_STEP, Approach.SECULAR).injectNull(0.5);
        Arbitrary<ClientProfile> situation = Combinators.combine(relation, substances, wish, stage, symptoms, profession, approach)
                .as((r, s, w, st, sy, pr, ap) -> new ClientProfile(r, Set.of(), s, null, w, st, null, null, null, sy,
                        Set.of(), null, null, null, null, null, null, null, null, ap, null, pr, null, Set.of(), Set.of()));
        // with the preferences of whoever asks: age, language of the meetings, women-only meetings
        return Combinators.combine(situation, Arbitraries.of(AgeBand.class).injectNull(0.4),
                Arbitraries.of("nl", "en").injectNull(0.4), Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3))
                .as((p, age, language, women) -> new ClientProfile(p.relation(), p.behaviours(), p.substances(), null,
                        p.abstinenceWish(), p.stageOfChange(), null, null, null, p.psychiatricSymptoms(), Set.of(), null, null,
                        age, language, null, null, null, women, p.approach(), null, p.profession(), null, Set.of(), Set.of()));
    }

    /** Random directories whose groups are at random distances from the client, or at none (no place). */
    @Provide
    Arbitrary<List<Candidate>> directories() {
        Arbitrary<List<Double>> distances = Arbitraries.doubles().between(0, 200).injectNull(0.4).list().ofSize(25);
        return Combinators.combine(candidate().list().ofMinSize(1).ofMaxSize(25), distances)
                .as((candidates, km) -> atDistances(uniqueKeys(candidates), km));
    }

    private static List<Candidate> atDistances(List<Candidate> candidates, List<Double> km) {
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            result.add(c.groupId() == null ? c : c.withDistanceKm(km.get(i)));
        }
        return result;
    }

    private static Arbitrary<Candidate> candidate() {
        Arbitrary<OrganisationKind> kind = Arbitraries.of(OrganisationKind.class);
        Arbitrary<Approach> approach = Arbitraries.of(Approach.class);
        Arbitrary<Country> country = Arbitraries.of(Country.class);
        Arbitrary<Set<Audience>> audiences = Arbitraries.of(Audience.PERSON, Audience.PARTNER, Audience.PARENT, Audience.CHILD)
                .set().ofMinSize(1);
        Arbitrary<Set<Behaviour>> behaviours = Arbitraries.of(Behaviour.ALCOHOL, Behaviour.DRUGS, Behaviour.MEDICATION,
                Behaviour.GAMBLING).set().ofMinSize(1);
        Arbitrary<Set<String>> types = Arbitraries.of("O", "C", "DD", "W").set();
        Arbitrary<Boolean> group = Arbitraries.of(true, false);
        Arbitrary<String> organisation = Arbitraries.of("aa-nederland", "na-nederland", "abs-artsen", "al-anon", "svmg",
                "alateen-al-anon-aca");
        return Combinators.combine(kind, approach, country, audiences, behaviours, types, group, organisation)
                .as((k, a, c, au, b, t, g, o) -> new Candidate(o, g ? "g" : null, "Aanbod", k, a, c, OrganisationStatus.ACTIVE,
                        au, b, g ? t : Set.of(), Set.of(), null, null, "002_e30f9ceb731b810b.txt", "Bijlage 3", null));
    }

    /** Numbers the candidates so that keys and names are unique, as in the directory; groups meet in some language. */
    private static List<Candidate> uniqueKeys(List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            result.add(new Candidate(c.organisationId(), c.groupId() == null ? null : "groep-" + i, "Aanbod " + i, c.kind(),
                    c.approach(), c.country(), c.status(), c.audiences(), c.behaviours(), c.meetingTypes(),
                    c.groupId() == null ? Set.of() : List.of(Set.of("nl"), Set.of("en"), Set.<String>of()).get(i % 3), null, null,
                    c.sourceDocument(), c.sourceSection(), null));
        }
        return result;
    }
}
