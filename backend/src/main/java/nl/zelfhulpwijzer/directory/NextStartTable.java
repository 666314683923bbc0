package nl.zelfhulpwijzer.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the search needs to order meetings of one time zone by "next meeting first" with plain integer arithmetic per
 * row, computed once per search: now's minute of the week and of the day, and for each monthly rule (week of the
 * month, weekday) the days from today to its next two dates. Minutes are wall-clock minutes: good enough to order
 * by, an hour off across a daylight-saving change at most.
 */
public record NextStartTable(long epochMinute, int minuteOfWeek, int minuteOfDay, int[] firstDays, int[] secondDays) {

    /** The latest table per zone: every search needs it, and it only changes once a minute. */
    private static final Map<ZoneId, NextStartTable> LATEST = new ConcurrentHashMap<>();

    /** Weeks of the month a monthly meeting can have, in slot order: last, first … fourth. */
    static final int[] WEEKS = { -1, 1, 2, 3, 4 };

    /** The table for now's minute, computed once per minute and zone. */
    public static NextStartTable at(Instant now, ZoneId zone) {
        NextStartTable table = LATEST.get(zone);
        if (table == null || table.epochMinute != Math.floorDiv(now.getEpochSecond(), 60)) {
            table = of(now, zone);
            LATEST.put(zone, table);
        }
        return table;
    }

    public static NextStartTable of(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        int[] first = new int[WEEKS.length * 7];
        int[] second = new int[WEEKS.length * 7];
        for (int w : WEEKS) {
            for (DayOfWeek day : DayOfWeek.values()) {
                MeetingSchedule rule = new MeetingSchedule(Frequency.MONTHLY, day, w, LocalTime.MIDNIGHT, null, zone);
                LocalDate next = rule.nextStart(today.atStartOfDay(zone).toInstant()).toLocalDate();
                LocalDate after = rule.nextStart(next.plusDays(1).atStartOfDay(zone).toInstant()).toLocalDate();
                first[slot(w, day.getValue()) - 1] = (int) ChronoUnit.DAYS.between(today, next);
                second[slot(w, day.getValue()) - 1] = (int) ChronoUnit.DAYS.between(today, after);
            }
        }
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        return new NextStartTable(Math.floorDiv(now.getEpochSecond(), 60),
                (local.getDayOfWeek().getValue() - 1) * 1440 + minuteOfDay, minuteOfDay, first, second);
    }

    /** Whether {@code other} (another zone's table) orders every meeting the same: the same "now" and monthly days. */
    boolean sameClock(NextStartTable other) {
        return minuteOfWeek == other.minuteOfWeek && minuteOfDay == other.minuteOfDay
                && Arrays.equals(firstDays, other.firstDays) && Arrays.equals(secondDays, other.secondDays);
    }

    /** The 1-based array index of a monthly rule; the SQL computes the same from week_of_month and day_of_week. */
    static int slot(int weekOfMonth, int isoDay) {
        return (weekOfMonth == -1 ? 0 : weekOfMonth) * 7 + isoDay;
    }

    /** An array as a PostgreSQL literal, e.g. {@code {0,7,14}}. */
    static String sqlArray(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
