package nl.zelfhulpwijzer.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL written with {@code :name} parameters (as {@link MeetingSearchSql} builds it) as a plain JDBC statement: every
 * {@code :name} becomes {@code ?} and its value is bound in that place. Lets the busiest read run without Hibernate's
 * native-query layer. {@code ::} casts and text in single quotes are left alone.
 */
record NamedParameters(String sql, List<Object> values) {

    /**
     * The parsed form of each statement seen, by its text: a search builds the same few shapes of statement again and
     * again (8 KB for a text search), and reading one character by character was the backend's largest own cost per
     * search: 7 % of Java Flight Recorder's samples of its Java code under scripts/bench-search.sh's mix, 2.4 % with
     * this (backend/README.md). At most 256 texts, as a safeguard: the searches build a few shapes.
     */
    private static final int MAX_PARSED = 256;
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    /** A statement with {@code ?} in place of its {@code :name}s, and those names in order. */
    private record Parsed(String sql, List<String> names) {
    }

    static NamedParameters of(String namedSql, Map<String, Object> params) {
        Parsed parsed = PARSED.get(namedSql);
        if (parsed == null) {
            parsed = parse(namedSql);
            if (PARSED.size() < MAX_PARSED) {
                PARSED.put(namedSql, parsed);
            }
        }
        List<Object> values = new ArrayList<>(parsed.names().size());
        for (String name : parsed.names()) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("No value for parameter :" + name);
            }
            values.add(params.get(name));
        }
        return new NamedParameters(parsed.sql(), values);
    }

    private static Parsed parse(String namedSql) {
        StringBuilder sql = new StringBuilder(namedSql.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < namedSql.length(); i++) {
            char c = namedSql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < namedSql.length() && namedSql.charAt(i + 1) == ':') {
                sql.append("::");
                i++;
                continue;
            } else if (!quoted && c == ':' && i + 1 < namedSql.length() && Character.isJavaIdentifierStart(namedSql.charAt(i + 1))) {
                int end = i + 1;
                while (end < namedSql.length() && Character.isJavaIdentifierPart(namedSql.charAt(end))) {
                    end++;
                }
                names.add(namedSql.substring(i + 1, end));
                sql.append('?');
                i = end - 1;
                continue;
            }
            sql.append(c);
        }
        return new Parsed(sql.toString(), List.copyOf(names));
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
