package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The SQL that orders "next meeting first" (stored minute of the week, per-zone tables from {@link NextStartTable},
 * the SQL function for other zones) gives, for every weekly and monthly rule, the minutes until the start that
 * {@link MeetingSchedule#nextStart} computes. Instants avoid daylight-saving changes (wall-clock minutes are used).
 */
@QuarkusTest
class NextMeetingOrderSqlTest {

    static final Integer[] RULES = { null, -1, 1, 2, 3, 4 };
    static final LocalTime[] STARTS = { LocalTime.of(0, 0), LocalTime.of(8, 15), LocalTime.of(19, 30), LocalTime.of(23, 45) };
    static final String[] ZONES = { "Europe/Amsterdam", "Europe/Brussels", "Europe/London" };

    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-25T14:00:00Z", "2026-06-30T21:59:00Z", "2026-07-01T00:00:00Z",
            "2026-12-31T23:30:00Z", "2026-08-03T06:15:00Z" })
    void sqlMinutesMatchTheScheduleRule(String at) {
        Instant now = Instant.parse(at);
        MeetingSearchSql sql = MeetingSearchSql.of(MeetingFilter.empty(), List.of(), now);
        List<String> rows = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (String zone : ZONES) {
            for (Integer week : RULES) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    for (LocalTime start : STARTS) {
                        Frequency frequency = week == null ? Frequency.WEEKLY : Frequency.MONTHLY;
                        MeetingSchedule rule = new MeetingSchedule(frequency, day, week, start, null, ZoneId.of(zone));
                        rows.add(("(%d, cast('%s' as varchar), cast(%d as smallint), cast(%s as smallint), cast(%d as smallint),"
                                + " cast('%s' as varchar), time '%s')").formatted(rows.size(), frequency,
                                day.getValue(), week, (day.getValue() - 1) * 1440 + start.getHour() * 60 + start.getMinute(),
                                zone, start));
                        expected.add((int) ChronoUnit.MINUTES.between(now, rule.nextStart(now)));
                    }
                }
            }
        }
        Query query = em.createNativeQuery("select cast(" + sql.minutesUntilNext() + " as int) from (values "
                + String.join(", ", rows) + ") as m (n, frequency, day_of_week, week_of_month, week_minute, time_zone,"
                + " start_time) order by n");
        sql.params().forEach(query::setParameter);
        List<?> actual = query.getResultList();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), ((Number) actual.get(i)).intValue(), "row " + rows.get(i) + " at " + at);
        }
    }
}
