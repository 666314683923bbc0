package nl.zelfhulpwijzer.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure because PostgreSQL cannot be reached (down, restarting, no free connection in time) from a bug:
 * the first is a 503 the caller may retry, the second a 500. Looks through the causes, since Hibernate, Agroal and
 * the transaction manager each wrap the driver's error differently.
 */
final class DatabaseOutage {

    /** What the 503 answer advises; a restart of PostgreSQL takes seconds. */
    static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /** Also through suppressed exceptions: a commit cut off by a shutdown hides the driver's error there. */
    private static boolean causedBy(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
            return true;
        }
        // Agroal's pool: no connection within quarkus.datasource.jdbc.acquisition-timeout
        if (t instanceof SQLException && String.valueOf(t.getMessage()).startsWith("Acquisition timeout")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causedBy(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && causedBy(t.getCause(), depth + 1);
    }

    /** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now). */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
