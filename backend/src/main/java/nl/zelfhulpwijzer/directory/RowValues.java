package nl.zelfhulpwijzer.directory;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Column values of the plain-JDBC reads as the entities' fields hold them. */
final class RowValues {

    private RowValues() {
    }

    /** A text array column; SQL null as an empty array, as the entities keep it. */
    static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
