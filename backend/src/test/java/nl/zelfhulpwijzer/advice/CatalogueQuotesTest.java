package nl.zelfhulpwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.support.Seeds;

/**
 * Every criterion of the newest seeded catalogue cites a seed that exists, a section heading that occurs in it and a
 * passage that occurs in it verbatim: the same check (support/Seeds) as the pathway citations in SeedCitationTest.
 */
class CatalogueQuotesTest {

    @Test
    void everyCriterionQuotesItsSeedVerbatimUnderARealHeading() {
        List<String> problems = new ArrayList<>();
        List<Criterion> criteria = SeedSql.catalogue().criteria();
        for (Criterion c : criteria) {
            if (!Seeds.exists(c.sourceDocument())) {
                problems.add(c.code() + ": no seed " + c.sourceDocument());
                continue;
            }
            if (!Seeds.contains(c.sourceDocument(), c.sourceSection())) {
                problems.add(c.code() + ": section is not a heading in " + c.sourceDocument() + ": " + c.sourceSection());
            }
            if (c.sourceQuote() == null || c.sourceQuote().isBlank() || !Seeds.contains(c.sourceDocument(), c.sourceQuote())) {
                problems.add(c.code() + ": quote not found in " + c.sourceDocument() + ": " + c.sourceQuote());
            }
        }
        assertEquals(75, criteria.size(), "every criterion of version 1 is in version 3, with four preferences");
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFailsOnAComposedSectionOrAnAddedWord() {
        // Version 1 cited composed sections such as this one; the check must refuse them.
        assertFalse(Seeds.contains("002_e30f9ceb731b810b.txt", "3. Verwijzing — Hoe verwijzen?"));
        assertTrue(Seeds.contains("002_e30f9ceb731b810b.txt", "HOE VERWIJZEN?"));
        assertFalse(Seeds.contains("002_e30f9ceb731b810b.txt", "Medicatie is altijd goed te combineren met zelfhulpgroepen."));
    }

    @Test
    void inferencesAreMarked() {
        List<String> inferred = SeedSql.catalogue().criteria().stream().filter(Criterion::inference).map(Criterion::code).sorted().toList();
        // Each of these applies its passage beyond what the seed says; docs/advice-seed-choices.md gives the reason.
        assertEquals(List.of("CAUTION_IN_FORMATION", "CAUTION_MID_ACCOMPANY_FIRST_VISIT",
                "CAUTION_MID_GROUP_IN_INSTITUTION", "CAUTION_MILD_INTELLECTUAL_DISABILITY", "EXCLUSION_ABS_DOCTORS_ONLY",
                "EXCLUSION_ANONIEME_DOKTERS_GP_ONLY", "PREFERENCE_LANGUAGE", "PREFERENCE_WOMEN_ONLY_MEETINGS",
                "PREFERENCE_WOMEN_SVMG", "PREFERENCE_YOUNG_RELATIVE_ALATEEN", "RISK_DEBT_TO_DEALER",
                "RISK_SUICIDAL_STATEMENTS"), inferred);
    }

    @Test
    void theAdviceCarriesEachCriterionsQuoteAndInferenceMark() {
        Catalogue catalogue = SeedSql.catalogue();
        Map<String, Criterion> byCode = catalogue.byCode();
        Advice advice = AdviceRules.evaluate(ClientProfile.builder(Audience.PERSON, Behaviour.ALCOHOL, Behaviour.DRUGS)
                .abstinenceWish(true).medication(Medication.METHADONE).mildIntellectualDisability(true).build(),
                SeedSql.organisations(), catalogue);
        List<Finding> fromCriteria = advice.candidates().stream()
                .flatMap(c -> Stream.of(c.criteriaReasons(), c.cautions()).flatMap(List::stream))
                .filter(f -> byCode.containsKey(f.code())).toList();
        assertTrue(fromCriteria.stream().anyMatch(f -> f.code().equals("NOT_CONTRA_METHADONE")), "methadone is answered");
        assertTrue(fromCriteria.stream().anyMatch(Finding::inference), "an LVB caution is an inference");
        for (Finding f : fromCriteria) {
            assertEquals(byCode.get(f.code()).sourceQuote(), f.quote(), f.code());
            assertEquals(byCode.get(f.code()).inference(), f.inference(), f.code());
        }
    }
}
