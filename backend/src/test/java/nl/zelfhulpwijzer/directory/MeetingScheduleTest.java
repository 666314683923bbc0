package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** Weekly and monthly (nth weekday) schedules, in a time zone; attendance derivation; parts of the day. */
class MeetingScheduleTest {

    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    static final Instant WEDNESDAY_NOON = ZonedDateTime.of(2026, 1, 14, 12, 0, 0, 0, AMS).toInstant();

    @Test
    void weeklyWrapsRoundTheWeek() {
        MeetingSchedule later = new MeetingSchedule(Frequency.WEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(19, 30), null, AMS);
        assertEquals(ZonedDateTime.of(2026, 1, 14, 19, 30, 0, 0, AMS), later.nextStart(WEDNESDAY_NOON));
        MeetingSchedule earlier = new MeetingSchedule(Frequency.WEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(11, 0), null, AMS);
        assertEquals(ZonedDateTime.of(2026, 1, 21, 11, 0, 0, 0, AMS), earlier.nextStart(WEDNESDAY_NOON));
        MeetingSchedule monday = new MeetingSchedule(Frequency.WEEKLY, DayOfWeek.MONDAY, null, LocalTime.of(20, 0), null, AMS);
        assertEquals(ZonedDateTime.of(2026, 1, 19, 20, 0, 0, 0, AMS), monday.nextStart(WEDNESDAY_NOON));
    }

    @Test
    void monthlyNthAndLastWeekday() {
        MeetingSchedule second = MeetingSchedule.fromByDay("2MO", LocalTime.of(20, 0), null, AMS);
        assertEquals(Frequency.MONTHLY, second.frequency());
        assertEquals(ZonedDateTime.of(2026, 2, 9, 20, 0, 0, 0, AMS), second.nextStart(WEDNESDAY_NOON));
        MeetingSchedule third = MeetingSchedule.fromByDay("3WE", LocalTime.of(20, 0), null, AMS);
        assertEquals(ZonedDateTime.of(2026, 1, 21, 20, 0, 0, 0, AMS), third.nextStart(WEDNESDAY_NOON));
        MeetingSchedule last = MeetingSchedule.fromByDay("-1FR", LocalTime.of(19, 0), null, AMS);
        assertEquals(ZonedDateTime.of(2026, 1, 30, 19, 0, 0, 0, AMS), last.nextStart(WEDNESDAY_NOON));
        assertEquals("-1FR", last.byDay());
        assertEquals("FREQ=MONTHLY;BYDAY=2MO", second.rrule());
        assertEquals("FREQ=WEEKLY;BYDAY=TH", MeetingSchedule.fromByDay("TH", LocalTime.NOON, null, AMS).rrule());
        assertThrows(IllegalArgumentException.class, () -> MeetingSchedule.fromByDay("5MO", LocalTime.NOON, null, AMS));
        assertThrows(IllegalArgumentException.class, () -> MeetingSchedule.fromByDay("XX", LocalTime.NOON, null, AMS));
    }

    @Test
    void inProgressAlsoPastMidnight() {
        MeetingSchedule noon = new MeetingSchedule(Frequency.WEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(11, 30),
                LocalTime.of(12, 30), AMS);
        assertTrue(noon.inProgress(WEDNESDAY_NOON));
        assertFalse(noon.inProgress(WEDNESDAY_NOON.plusSeconds(3600)));
        MeetingSchedule late = new MeetingSchedule(Frequency.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(23, 0),
                LocalTime.of(0, 30), AMS);
        assertTrue(late.inProgress(ZonedDateTime.of(2026, 1, 14, 0, 15, 0, 0, AMS).toInstant()));
    }

    @Test
    void attendanceDerivedAsMeetingGuide() {
        assertEquals(AttendanceMode.IN_PERSON, AttendanceMode.derive(true, false, false));
        assertEquals(AttendanceMode.ONLINE, AttendanceMode.derive(false, true, false));
        assertEquals(AttendanceMode.HYBRID, AttendanceMode.derive(true, true, false));
        assertEquals(AttendanceMode.INACTIVE, AttendanceMode.derive(true, true, true));
        assertEquals(AttendanceMode.INACTIVE, AttendanceMode.derive(false, false, false));
    }

    @Test
    void partsOfTheDay() {
        assertEquals(TimeOfDay.MORNING, TimeOfDay.of(LocalTime.of(7, 30)));
        assertEquals(TimeOfDay.MIDDAY, TimeOfDay.of(LocalTime.of(12, 0)));
        assertEquals(TimeOfDay.EVENING, TimeOfDay.of(LocalTime.of(20, 59)));
        assertEquals(TimeOfDay.NIGHT, TimeOfDay.of(LocalTime.of(21, 0)));
        assertEquals(TimeOfDay.NIGHT, TimeOfDay.of(LocalTime.of(3, 0)));
    }
}
