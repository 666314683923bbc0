package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The shapes of the search page that read only part of the hits ({@link MeetingSearchSql#pageQuery()}: text alone in
 * rank order, also walking the next-start index for the best rank, meeting conditions alone as a top-N) give the same
 * page, order and total as the general way that gathers every hit ({@link MeetingSearchSql#gatheredPageQuery()}): across
 * the end of the week, with ties on the start, on several ranks, with closed and monthly meetings, on every page.
 */
@QuarkusTest
class MeetingSearchPageShapesTest extends FixturesOnWednesdayNoon {

    /** Wednesday noon, Sunday 23:59, Monday 00:00 and Wednesday 19:30 (Amsterdam): the fixtures' start is "now". */
    static final List<Instant> NOWS = List.of(DirectoryFixtures.WEDNESDAY_NOON, Instant.parse("2026-01-18T22:59:00Z"),
            Instant.parse("2026-01-18T23:00:00Z"), Instant.parse("2026-01-14T18:30:00Z"));

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void partialShapesGiveTheGatheredPage() {
        addMeetings();
        List<Case> cases = List.of(
                new Case(filter(List.of("utrecht"), null, null), List.of(MeetingSearchSql.Term.word("utrecht"))),
                new Case(filter(List.of("test"), null, null), List.of(MeetingSearchSql.Term.word("test"))),
                new Case(filter(List.of("utrect"), null, null), List.of(new MeetingSearchSql.Term("utrect", List.of("utrecht")))),
                new Case(filter(List.of("alcohol"), Country.NL, null), List.of(MeetingSearchSql.Term.word("alcohol"))),
                new Case(filter(List.of("alcohol"), null, null), List.of(MeetingSearchSql.Term.word("alcohol"))),
                new Case(new MeetingFilter(List.of("test"), Audience.PERSON, null, null, null, null, null, null, null,
                        "nl", null, "Utrecht", null, null, null, null), List.of(MeetingSearchSql.Term.word("test"))),
                new Case(filter(List.of("utrecht"), null, DayOfWeek.WEDNESDAY), List.of(MeetingSearchSql.Term.word("utrecht"))),
                new Case(filter(List.of(), null, DayOfWeek.WEDNESDAY), List.of()),
                new Case(filter(List.of(), null, DayOfWeek.MONDAY), List.of()),
                new Case(filter(List.of(), null, null), List.of()));
        int compared = 0;
        for (Case c : cases) {
            for (Instant now : NOWS) {
                MeetingSearchSql sql = MeetingSearchSql.of(c.filter, c.terms, now);
                for (int page = 0; page < 6; page++) {
                    List<String> expected = rows(sql, sql.gatheredPageQuery(), page);
                    assertEquals(expected, rows(sql, sql.pageQuery(), page), c.filter + " at " + now + ", page " + page);
                    assertEquals(expected, rows(sql, sql.walkingPageQuery(), page),
                            "walking the next-start index: " + c.filter + " at " + now + ", page " + page);
                    compared += expected.size();
                }
            }
        }
        assertTrue(compared > 200, "the cases find meetings: " + compared);
    }

    record Case(MeetingFilter filter, List<MeetingSearchSql.Term> terms) {
    }

    private static MeetingFilter filter(List<String> words, Country country, DayOfWeek day) {
        return new MeetingFilter(words, null, null, null, null, day, null, null, null, null, country, null, null, null, null,
                null);
    }

    /** Id, minutes until the start and total of each row of one page of 3 (the distance and rank are part of the order). */
    private List<String> rows(MeetingSearchSql sql, String pageQuery, int page) {
        Query query = em.createNativeQuery(pageQuery);
        sql.params().forEach(query::setParameter);
        query.setParameter("limit", 3);
        query.setParameter("offset", 3 * page);
        List<String> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(r[0] + "/" + r[2] + "/" + r[4] + "/" + r[5]);
        }
        return rows;
    }

    /**
     * Ties on the start (same group and another), meetings early in the week, a closed and a monthly one; and an
     * inactive organisation, whose active group is still a text hit but has no listed meeting to count.
     */
    private void addMeetings() {
        em.createNativeQuery("update organisation set status = 'INACTIVE' where id = 'sos-nuchterheid'").executeUpdate();
        em.createNativeQuery("""
                insert into meeting (slug, group_id, frequency, day_of_week, week_of_month, start_time, time_zone,
                                     location_id, temporarily_closed)
                select 'test-shape-' || g.slug || '-' || v.n, g.id, v.frequency, v.day, v.week, cast(v.start as time),
                       'Europe/Amsterdam', g.location_id, v.closed
                  from self_help_group g
                 cross join (values (1, 'WEEKLY', 3, cast(null as int), '19:30', false),
                                    (2, 'WEEKLY', 3, null, '19:30', false),
                                    (3, 'WEEKLY', 1, null, '00:00', false),
                                    (4, 'WEEKLY', 7, null, '23:59', false),
                                    (5, 'WEEKLY', 3, null, '13:00', true),
                                    (6, 'MONTHLY', 3, 2, '19:30', false),
                                    (7, 'WEEKLY', 3, null, '12:00', false)) as v (n, frequency, day, week, start, closed)
                 where g.slug in ('test-aa-utrecht', 'test-al-anon-amersfoort', 'test-na-gent')
                """).executeUpdate();
    }
}
