package nl.zelfhulpwijzer.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The directory's version: raised by triggers (V43) once in every transaction that changes organisations, groups,
 * meetings or places. Read before an answer is computed, so an answer kept under a version never predates it.
 */
@ApplicationScoped
public class DirectoryVersion {

    static final String CURRENT = "select version from directory_version";

    @Inject
    DataSource dataSource;

    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CURRENT);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The directory version cannot be read", e);
        }
    }
}
