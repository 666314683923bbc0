package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingSearchSqlTest {

    static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    static MeetingFilter filter(List<String> terms, Audience audience, DayOfWeek day, MeetingFilter.Near near) {
        return new MeetingFilter(terms, audience, null, null, null, day, null, null, null, null, null, null, near, null, null, null);
    }

    @Test
    void wordsArePrefixMatchedAndHyphenatedWordsStayWhole() {
        assertEquals("anonieme:* & alco:*", MeetingSearchSql.prefixQuery("anonieme alco"));
        assertEquals("al-anon:*", MeetingSearchSql.prefixQuery("al-anon"));
        assertEquals("s-hertogenbosch:*", MeetingSearchSql.prefixQuery("'s-hertogenbosch"));
        assertEquals("''", MeetingSearchSql.prefixQuery("-&|!:*"), "only syntax characters: an empty query");
    }

    @Test
    void aWordIsMatchedByFullTextAndATypoBySimilarity() {
        MeetingSearchSql sql = MeetingSearchSql.of(filter(List.of("gokken", "alkoholisten"), null, null, null),
                List.of(MeetingSearchSql.Term.word("gokken"),
                        new MeetingSearchSql.Term("alkoholisten", List.of("alcoholisten", "alcoholist"))), NOW);
        assertTrue(sql.pageQuery().contains("g.search_vector @@ to_tsquery('dutch', :tq0)"));
        assertTrue(sql.pageQuery().contains("g.search_vector @@ to_tsquery('dutch', :tq1)"));
        assertEquals("gokken:*", sql.params().get("tq0"));
        assertEquals("alcoholisten | alcoholist", sql.params().get("tq1"), "the similar words instead of the typo");
        assertTrue(sql.pageQuery().contains("1 + ts_rank(g.search_vector, to_tsquery('dutch', :tq0)) + ts_rank("),
                "the word as typed outranks a similar word");
        assertTrue(sql.pageQuery().contains("order by closed, rank desc"));
    }

    @Test
    void aTypoWithoutSimilarWordsFindsNothing() {
        MeetingSearchSql sql = MeetingSearchSql.of(filter(List.of("xqzw"), null, null, null),
                List.of(new MeetingSearchSql.Term("xqzw", List.of())), NOW);
        assertTrue(sql.pageQuery().contains("select g.id, 0 as rank, g.listed_meetings as meetings from self_help_group g"
                + " where g.status = 'ACTIVE' and false"));
    }

    @Test
    void nearAPointOrdersByDistanceWithoutRanking() {
        MeetingSearchSql sql = MeetingSearchSql.of(filter(List.of("gokken"), null, null, new MeetingFilter.Near(52.09, 5.12, 10)),
                List.of(MeetingSearchSql.Term.word("gokken")), NOW);
        assertTrue(sql.pageQuery().contains("select g.id, 0 as rank"));
        assertTrue(sql.pageQuery().contains("order by closed, distance_km"));
    }

    @Test
    void joinsOnlyTheTablesAFilterNeeds() {
        String meetingOnly = MeetingSearchSql.of(filter(List.of(), null, DayOfWeek.WEDNESDAY, null), List.of(), NOW).pageQuery();
        assertFalse(meetingOnly.contains("join self_help_group"), meetingOnly);
        assertTrue(meetingOnly.contains("m.listed"));
        String withGroup = MeetingSearchSql.of(filter(List.of(), Audience.PARTNER, null, null), List.of(), NOW).pageQuery();
        assertTrue(withGroup.contains("join self_help_group g on g.id = m.group_id"));
        assertFalse(withGroup.contains("join organisation"));
    }

    @Test
    void withTextTheGroupFiltersApplyToTheMatchingGroups() {
        String sql = MeetingSearchSql.of(filter(List.of("gokken"), Audience.PERSON, DayOfWeek.MONDAY, null),
                List.of(MeetingSearchSql.Term.word("gokken")), NOW).pageQuery();
        String textHits = sql.substring(0, sql.indexOf(") select"));
        assertTrue(textHits.contains("g.audiences @> array[cast(:audience as varchar)]"), textHits);
        assertFalse(sql.contains("join self_help_group g on g.id = m.group_id"), "no second look at the group: " + sql);
        assertTrue(sql.contains("m.day_of_week = :day"));
    }

    @Test
    void zonesWhoseClocksAgreeShareOneBranch() {
        MeetingSearchSql sql = MeetingSearchSql.of(filter(List.of(), null, null, null), List.of(), NOW);
        assertTrue(sql.minutesUntilNext().contains("when m.time_zone in (:zone_nl, :zone_be) then"), sql.minutesUntilNext());
        assertEquals("Europe/Brussels", sql.params().get("zone_be"));
        assertFalse(sql.params().containsKey("zone_be_week_minute"), "one table for both zones");
        assertTrue(sql.minutesUntilNext().contains("else cast(extract(epoch from meeting_next_start("), "other zones per row");
    }

    @Test
    void theCountLeavesOutTheOrderingParameters() {
        MeetingSearchSql sql = MeetingSearchSql.of(filter(List.of(), null, DayOfWeek.MONDAY, null), List.of(), NOW);
        assertFalse(sql.countQuery().contains(":zone_"));
        assertEquals(java.util.Set.of("day"), sql.countParams().keySet());
    }
}
