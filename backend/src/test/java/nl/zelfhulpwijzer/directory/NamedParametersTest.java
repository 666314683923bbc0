package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void eachNameBecomesAPlaceholderWithItsValueInThatPlace() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("day", (short) 3);
        params.put("limit", 20);
        NamedParameters sql = NamedParameters.of("select 1 where a = :day and b = :day limit :limit", params);
        assertEquals("select 1 where a = ? and b = ? limit ?", sql.sql());
        assertEquals(Arrays.asList((short) 3, (short) 3, 20), sql.values());
    }

    @Test
    void castsAndQuotedTextAreLeftAlone() {
        NamedParameters sql = NamedParameters.of("select 'a:b', x::int, cast(:v as int[]) from t", Map.of("v", "{1}"));
        assertEquals("select 'a:b', x::int, cast(? as int[]) from t", sql.sql());
        assertEquals(List.of("{1}"), sql.values());
    }

    @Test
    void theSameStatementAgainTakesItsOwnValues() {
        String named = "select 1 where a = :day and b = :q";
        NamedParameters first = NamedParameters.of(named, Map.of("day", 3, "q", "gokken"));
        NamedParameters second = NamedParameters.of(named, Map.of("day", 5, "q", "drank"));
        assertEquals(first.sql(), second.sql());
        assertEquals(List.of(3, "gokken"), first.values());
        assertEquals(List.of(5, "drank"), second.values());
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.of(named, Map.of("day", 5)));
    }

    @Test
    void aNameWithoutValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.of("select :missing", Map.of()));
    }

    @Test
    void everyParameterOfTheSearchHasAValue() {
        MeetingSearchSql search = MeetingSearchSql.of(MeetingSearchSqlTest.filter(List.of("gokken"), null, null,
                new MeetingFilter.Near(52.09, 5.12, 10)), List.of(MeetingSearchSql.Term.word("gokken")), MeetingSearchSqlTest.NOW);
        Map<String, Object> params = new LinkedHashMap<>(search.params());
        params.put("limit", 20);
        params.put("offset", 0);
        NamedParameters sql = NamedParameters.of(search.pageRowsQuery(MeetingPageRows.COLUMNS, MeetingPageRows.JOINS), params);
        assertEquals(sql.sql().chars().filter(c -> c == '?').count(), sql.values().size());
    }
}
