package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class NextStartTableTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void minutesOfNowInTheMeetingsZone() {
        // Wednesday 25 November 2026, 15:00 in Amsterdam
        NextStartTable table = NextStartTable.of(Instant.parse("2026-11-25T14:00:00Z"), AMSTERDAM);
        assertEquals(2 * 1440 + 15 * 60, table.minuteOfWeek());
        assertEquals(15 * 60, table.minuteOfDay());
    }

    @Test
    void daysUntilTheNextTwoDatesOfEachMonthlyRule() {
        NextStartTable table = NextStartTable.of(Instant.parse("2026-11-25T14:00:00Z"), AMSTERDAM);
        int firstMonday = NextStartTable.slot(1, 1) - 1;
        assertEquals(12, table.firstDays()[firstMonday], "7 December");
        assertEquals(40, table.secondDays()[firstMonday], "4 January");
        int lastWednesday = NextStartTable.slot(-1, 3) - 1;
        assertEquals(0, table.firstDays()[lastWednesday], "today is the last Wednesday of November");
        assertEquals(35, table.secondDays()[lastWednesday], "30 December");
    }

    @Test
    void computedOncePerMinute() {
        Instant now = Instant.parse("2026-11-25T14:00:05Z");
        NextStartTable table = NextStartTable.at(now, AMSTERDAM);
        assertSame(table, NextStartTable.at(now.plusSeconds(50), AMSTERDAM), "same minute");
        assertEquals(15 * 60 + 1, NextStartTable.at(now.plusSeconds(60), AMSTERDAM).minuteOfDay(), "next minute");
    }

    @Test
    void zonesWithTheSameClockHaveTheSameTable() {
        Instant now = Instant.parse("2026-11-25T14:00:00Z");
        assertTrue(NextStartTable.of(now, AMSTERDAM).sameClock(NextStartTable.of(now, ZoneId.of("Europe/Brussels"))));
        assertFalse(NextStartTable.of(now, AMSTERDAM).sameClock(NextStartTable.of(now, ZoneId.of("Europe/London"))));
    }

    @Test
    void slotsCoverEveryRuleOnce() {
        assertEquals(1, NextStartTable.slot(-1, 1));
        assertEquals(35, NextStartTable.slot(4, 7));
        assertEquals("{0,7,14}", NextStartTable.sqlArray(new int[] { 0, 7, 14 }));
    }
}
