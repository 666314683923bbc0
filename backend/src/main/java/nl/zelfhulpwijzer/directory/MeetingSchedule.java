package nl.zelfhulpwijzer.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * When a meeting takes place: weekly on a day, or monthly on the nth (or last) weekday, from start to end in
 * an IANA time zone. The same rule as the database function {@code meeting_next_start}.
 */
public record MeetingSchedule(Frequency frequency, DayOfWeek day, Integer weekOfMonth, LocalTime start, LocalTime end,
        ZoneId zone) {

    private static final String[] BYDAY = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

    /** The first start at or after {@code now}. */
    public ZonedDateTime nextStart(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (frequency == Frequency.WEEKLY) {
            LocalDate date = local.toLocalDate().with(TemporalAdjusters.nextOrSame(day));
            ZonedDateTime candidate = ZonedDateTime.of(date, start, zone);
            return candidate.toInstant().isBefore(now) ? ZonedDateTime.of(date.plusWeeks(1), start, zone) : candidate;
        }
        LocalDate month = local.toLocalDate().withDayOfMonth(1);
        for (int i = 0; i < 3; i++) {
            ZonedDateTime candidate = ZonedDateTime.of(dateInMonth(month.plusMonths(i)), start, zone);
            if (!candidate.toInstant().isBefore(now)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no monthly occurrence found");
    }

    /** True when the meeting is going on at {@code now} (started, not yet ended). */
    public boolean inProgress(Instant now) {
        if (end == null) {
            return false;
        }
        ZonedDateTime local = now.atZone(zone);
        for (LocalDate date : new LocalDate[] { local.toLocalDate(), local.toLocalDate().minusDays(1) }) {
            if (!occursOn(date)) {
                continue;
            }
            ZonedDateTime from = ZonedDateTime.of(date, start, zone);
            ZonedDateTime until = ZonedDateTime.of(end.isAfter(start) ? date : date.plusDays(1), end, zone);
            if (!now.isBefore(from.toInstant()) && now.isBefore(until.toInstant())) {
                return true;
            }
        }
        return false;
    }

    public boolean occursOn(LocalDate date) {
        if (date.getDayOfWeek() != day) {
            return false;
        }
        return frequency == Frequency.WEEKLY || dateInMonth(date.withDayOfMonth(1)).equals(date);
    }

    /** HSDS / iCalendar BYDAY value: "MO" weekly, "2MO" second Monday, "-1FR" last Friday. */
    public String byDay() {
        String code = BYDAY[day.getValue() - 1];
        return frequency == Frequency.WEEKLY ? code : weekOfMonth + code;
    }

    /** iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2MO. */
    public String rrule() {
        return "FREQ=" + frequency.name() + ";BYDAY=" + byDay();
    }

    /** Parses an HSDS byday such as "MO", "2MO" or "-1SU"; the frequency follows from the number. */
    public static MeetingSchedule fromByDay(String byDay, LocalTime start, LocalTime end, ZoneId zone) {
        String value = byDay.trim().toUpperCase(Locale.ROOT);
        String code = value.substring(value.length() - 2);
        int index = java.util.Arrays.asList(BYDAY).indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException("unknown day " + byDay);
        }
        String number = value.substring(0, value.length() - 2);
        if (number.isEmpty()) {
            return new MeetingSchedule(Frequency.WEEKLY, DayOfWeek.of(index + 1), null, start, end, zone);
        }
        int week = Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
        if (week != -1 && (week < 1 || week > 4)) {
            throw new IllegalArgumentException("week of month must be 1-4 or -1: " + byDay);
        }
        return new MeetingSchedule(Frequency.MONTHLY, DayOfWeek.of(index + 1), week, start, end, zone);
    }

    private LocalDate dateInMonth(LocalDate firstOfMonth) {
        return weekOfMonth == -1
                ? firstOfMonth.with(TemporalAdjusters.lastInMonth(day))
                : firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, day));
    }
}
