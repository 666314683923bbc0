package nl.zelfhulpwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The seeded catalogue and the rules belong together: every code has a condition and every criterion a source. */
class CatalogueConsistencyTest {

    private static final Catalogue CATALOGUE = SeedSql.catalogue();

    @Test
    void everyCriterionHasAConditionOrIsARouteOrRiskSignal() {
        Set<String> risk = java.util.Arrays.stream(RiskSignal.values()).map(RiskSignal::criterionCode).collect(Collectors.toSet());
        for (Criterion c : CATALOGUE.criteria()) {
            boolean known = AdviceRules.CONDITIONS.containsKey(c.code()) || AdviceRules.ROUTE_CODES.containsValue(c.code())
                    || risk.contains(c.code());
            assertTrue(known, "criterion without rule: " + c.code());
        }
    }

    @Test
    void everyRuleAndRiskSignalHasACriterion() {
        Set<String> codes = CATALOGUE.byCode().keySet();
        Set<String> expected = new HashSet<>(AdviceRules.CONDITIONS.keySet());
        expected.addAll(AdviceRules.ROUTE_CODES.values());
        java.util.Arrays.stream(RiskSignal.values()).forEach(s -> expected.add(s.criterionCode()));
        expected.removeAll(codes);
        assertEquals(Set.of(), expected);
        AdviceRules.CAPS.keySet().forEach(code -> assertTrue(codes.contains(code), code));
    }

    @Test
    void everyCriterionCitesASeedFileAndSectionInDutch() {
        for (Criterion c : CATALOGUE.criteria()) {
            assertTrue(c.sourceDocument().matches("00[0-4]_[0-9a-f]{16}\\.txt"), c.code());
            assertFalse(c.sourceSection().isBlank(), c.code());
            assertFalse(c.text().isBlank(), c.code());
        }
        assertTrue(CATALOGUE.criteria().size() >= 60);
        CATALOGUE.criteria().stream().filter(c -> c.kind() == CriterionKind.RISK_SIGNAL)
                .forEach(c -> assertTrue(c.action() != null && !c.action().isBlank(), c.code()));
    }
}
