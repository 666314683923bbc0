package nl.zelfhulpwijzer.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The schema at a production start (where {@code quarkus.flyway.migrate-at-start} is off): Flyway migrates only when
 * the database lacks this build's newest migration. A restart of a current database, the usual case, so skips
 * Flyway's reading and checksumming of every migration file (about 0.4 s of each start, scripts/bench-startup.sh);
 * Flyway's check that the applied migrations are unchanged then runs after the start, in the background, and logs an
 * error when one was changed. Runs before every other start-up observer, before the first request.
 * Dev and tests keep Quarkus' migration at start (Hibernate checks the schema there right after it).
 */
public class SchemaAtStart {

    /** This build's newest migration: SchemaAtStartTest keeps it equal to the newest file in db/migration. */
    static final String NEWEST_MIGRATION = "204";

    private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start")
    boolean migratedByQuarkus;

    @Inject
    DataSource dataSource;

    @Inject
    Instance<Flyway> flyway;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (migratedByQuarkus) {
            return;
        }
        if (!hasNewestMigration()) {
            flyway.get().migrate();
            return;
        }
        Thread check = new Thread(this::validate, "schema-check");
        check.setDaemon(true);
        check.start();
    }

    /** Whether the migration history holds this build's newest migration, applied successfully. */
    boolean hasNewestMigration() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select exists (select 1 from flyway_schema_history where version = ? and success)")) {
            query.setString(1, NEWEST_MIGRATION);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException noHistory) { // an empty database: Flyway makes the history table
            return false;
        }
    }

    private void validate() {
        try {
            flyway.get().validate();
        } catch (RuntimeException changed) {
            LOG.errorf("The database's applied migrations differ from this build's: %s", changed.getMessage());
        }
    }
}
