package nl.zelfhulpwijzer.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Row counts of every table, and a cheap guard in front of them: PostgreSQL gives a transaction an id only when it
 * writes, so while the next transaction id stays the same nothing was written and the tables need not be counted.
 */
final class TableCounts {

    private final DataSource dataSource;
    private final List<String> ignored;
    private String countQuery;

    /** @param ignored tables whose rows a refused request may change on purpose (e.g. rate-limit counters) */
    TableCounts(DataSource dataSource, List<String> ignored) {
        this.dataSource = dataSource;
        this.ignored = ignored;
    }

    long nextTransactionId() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text")) {
            rows.next();
            return Long.parseLong(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Long> counts() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (countQuery == null) {
                countQuery = buildQuery(statement);
            }
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(countQuery)) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String buildQuery(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")) {
            while (rows.next()) {
                if (!ignored.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables.stream().map(t -> "select '" + t + "', count(*) from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
    }
}
