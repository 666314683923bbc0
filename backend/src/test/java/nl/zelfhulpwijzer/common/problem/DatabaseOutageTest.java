package nl.zelfhulpwijzer.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAreAnOutageHoweverWrapped() {
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new JDBCConnectionException("closed", new SQLException("x"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        RuntimeException commitCutOff = new RuntimeException(new IllegalStateException("Could not commit transaction"));
        commitCutOff.getCause().addSuppressed(new Exception(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutage.causedBy(commitCutOff), "a commit cut off by a shutdown");
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("invalid byte sequence", "22021")));
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
    }
}
