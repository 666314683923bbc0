package nl.zelfhulpwijzer.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL written with {@code :name} parameters (as {@link MeetingSearchSql} builds it) as a plain JDBC statement: every
 * {@code :name} becomes {@code ?} and its value is bound in that place. Lets the busiest read run without Hibernate's
 * native-query layer. {@code ::} casts and text in single quotes are left alone.
 */
record NamedParameters(String sql, List<Object> values) {

    static NamedParameters of(String namedSql, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(namedSql.length());
        List<Object> values = new ArrayList<>();
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
                String name = namedSql.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("No value for parameter :" + name);
                }
                values.add(params.get(name));
                sql.append('?');
                i = end - 1;
                continue;
            }
            sql.append(c);
        }
        return new NamedParameters(sql.toString(), values);
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
