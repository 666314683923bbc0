package nl.zelfhulpwijzer.interop.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.directory.MeetingFilter;

/** handling=strict: unknown parameters, modifiers and values are refused; dates become ranges at their precision. */
class FhirQueryTest {

    private static FhirQuery healthcare(Map<String, List<String>> query) {
        return FhirQuery.search(FhirSearchSupport.HEALTHCARE_SERVICE, query);
    }

    @Test
    void unknownParameterModifierAndIncludeAreRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> healthcare(Map.of("naam", List.of("AA"),
                "name:contains", List.of("AA"), "_include", List.of("HealthcareService:coverage-area"))).throwIfInvalid());
        assertEquals(List.of("_include", "naam", "name:contains"), e.errors().stream().map(f -> f.field()).sorted().toList());
    }

    @Test
    void lastUpdatedBecomesAWindowAtItsPrecision() {
        DirectoryHarvest.Changed day = healthcare(Map.of("_lastUpdated", List.of("2026-01-14"))).lastUpdated();
        assertEquals(new DirectoryHarvest.Changed(Instant.parse("2026-01-14T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z")), day);
        DirectoryHarvest.Changed range = healthcare(Map.of("_lastUpdated", List.of("gt2026-01", "lt2026-03-01T10:00:00Z"))).lastUpdated();
        assertEquals(new DirectoryHarvest.Changed(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T10:00:00Z")), range);
        FhirQuery wrong = healthcare(Map.of("_lastUpdated", List.of("gisteren")));
        assertNull(wrong.lastUpdated());
        assertThrows(ProblemException.class, wrong::throwIfInvalid);
    }

    @Test
    void nearTakesKmOnlyWithinTheLimit() {
        FhirQuery ok = FhirQuery.search(FhirSearchSupport.LOCATION, Map.of("near", List.of("52.09|5.12|10|km")));
        assertEquals(new MeetingFilter.Near(52.09, 5.12, 10), ok.near());
        assertEquals(FhirQuery.DEFAULT_NEAR_KM, FhirQuery.search(FhirSearchSupport.LOCATION,
                Map.of("near", List.of("52.09|5.12"))).near().radiusKm());
        for (String wrong : List.of("52|5|10|mi", "52|5|1000|km", "x|5", "52")) {
            FhirQuery q = FhirQuery.search(FhirSearchSupport.LOCATION, Map.of("near", List.of(wrong)));
            assertNull(q.near(), wrong);
            assertThrows(ProblemException.class, q::throwIfInvalid, wrong);
        }
    }

    @Test
    void countIsBoundedAndGivenOnce() {
        assertEquals(20, healthcare(Map.of()).count());
        FhirQuery q = healthcare(Map.of("_count", List.of("500")));
        q.count();
        assertThrows(ProblemException.class, q::throwIfInvalid);
    }
}
