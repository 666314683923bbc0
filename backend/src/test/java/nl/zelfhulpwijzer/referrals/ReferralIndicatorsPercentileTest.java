package nl.zelfhulpwijzer.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.referrals.ReferralIndicators.DaysToFirstMeeting;

/** Median and 90th percentile from counts per number of days, as PostgreSQL's percentile_cont gives them. */
class ReferralIndicatorsPercentileTest {

    private static DaysToFirstMeeting of(Map<Integer, Long> counts) {
        return ReferralIndicators.daysToFirstMeeting(new TreeMap<>(counts));
    }

    @Test
    void noValuesNoFigures() {
        DaysToFirstMeeting days = of(Map.of());
        assertEquals(0, days.referrals());
        assertNull(days.median());
        assertNull(days.p90());
    }

    @Test
    void oneValueIsEveryPercentile() {
        DaysToFirstMeeting days = of(Map.of(4, 1L));
        assertEquals(4.0, days.median());
        assertEquals(4.0, days.p90());
    }

    @Test
    void interpolatesBetweenTheTwoNearestValues() {
        // 0, 1, ..., 7: position 3.5 and 6.3
        Map<Integer, Long> eight = new TreeMap<>();
        for (int d = 0; d < 8; d++) {
            eight.put(d, 1L);
        }
        DaysToFirstMeeting days = of(eight);
        assertEquals(8, days.referrals());
        assertEquals(3.5, days.median(), 1e-9);
        assertEquals(6.3, days.p90(), 1e-9);
    }

    @Test
    void countsStandForRepeatedValues() {
        // 2, 2, 2, 10: median at position 1.5 (2 and 2), 90th percentile at 2.7 (2 and 10)
        DaysToFirstMeeting days = of(Map.of(2, 3L, 10, 1L));
        assertEquals(4, days.referrals());
        assertEquals(2.0, days.median(), 1e-9);
        assertEquals(7.6, days.p90(), 1e-9);
    }
}
