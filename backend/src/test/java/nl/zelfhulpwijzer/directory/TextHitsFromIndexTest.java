package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The text hits of a search by text alone (a word, and a typo's similar words) can be read from V204's index alone:
 * with reading the table and the words' index switched off, PostgreSQL plans an index-only scan of it. Fails when the text hits read a group column that the index does not hold; then a common word would read the
 * whole table again (backend/README.md, "Search benchmark").
 */
@QuarkusTest
class TextHitsFromIndexTest extends FixturesOnWednesdayNoon {

    @Inject
    DataSource dataSource;

    @Test
    void theTextHitsComeFromTheIndexAlone() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // every row visible to all, as in a database that autovacuum keeps: an index-only scan then needs no row
            statement.execute("vacuum analyze self_help_group");
            connection.setAutoCommit(false);
            try {
                statement.execute("set local enable_seqscan = off");
                statement.execute("set local enable_bitmapscan = off");
                // on the fixtures' few groups a small index of another purpose can look cheaper: only the indexes
                // of constraints stay beside the one under test (dropped in this transaction, rolled back)
                statement.execute("""
                        do $$
                        declare other regclass;
                        begin
                          for other in select i.indexrelid::regclass from pg_index i
                                        where i.indrelid = 'self_help_group'::regclass
                                          and i.indexrelid <> 'self_help_group_search_cover_idx'::regclass
                                          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                          loop
                            execute 'drop index ' || other;
                          end loop;
                        end $$""");
                for (MeetingSearchSql.Term term : List.of(MeetingSearchSql.Term.word("alcohol"),
                        new MeetingSearchSql.Term("alcohl", List.of("alcohol")))) {
                    String plan = plan(connection, term);
                    assertTrue(plan.contains("Index Only Scan using self_help_group_search_cover_idx on self_help_group"),
                            term + ":\n" + plan);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static String plan(Connection connection, MeetingSearchSql.Term term) throws SQLException {
        MeetingFilter filter = new MeetingFilter(List.of(term.text()), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        MeetingSearchSql sql = MeetingSearchSql.of(filter, List.of(term), DirectoryFixtures.WEDNESDAY_NOON);
        Map<String, Object> params = new LinkedHashMap<>(sql.params());
        params.put("limit", 20);
        params.put("offset", 0);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = NamedParameters.of("explain " + sql.pageQuery(), params).prepare(connection);
                ResultSet rs = explain.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
