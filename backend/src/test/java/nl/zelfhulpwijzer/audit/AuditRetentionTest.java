package nl.zelfhulpwijzer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit purge removes old events from the start of the chain only, leaves a checkpoint, and the verifier still
 * finds the chain intact from it; removing events any other way is refused, or found by the verifier.
 */
@QuarkusTest
class AuditRetentionTest {

    private static final AuditActor TESTER = new AuditActor("retention-test", "beheerder", null, "inst-retention", null, null, null);

    @Inject
    AuditRetention retention;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String appRole;

    @Test
    void oldEventsArePurgedFromTheStartOfTheChainAndTheRestStaysVerifiable() {
        Instant keptAt = laterThanEveryEvent();
        record(Instant.parse("2000-01-01T00:00:00Z"), "client-old");
        record(keptAt, "client-kept");
        record(Instant.parse("2001-01-01T00:00:00Z"), "client-old-after-kept");
        String oldHash = single("select hash from audit_event where client_ref = 'client-old'");

        long removed = QuarkusTransaction.requiringNew().call(() -> retention.purgeBefore(keptAt));

        assertTrue(removed >= 1, "at least client-old: " + removed);
        assertEquals("0", single("select count(*) from audit_event where client_ref = 'client-old'"));
        assertEquals("1", single("select count(*) from audit_event where client_ref = 'client-old-after-kept'"),
                "an old event after a younger one stays: the chain gets no gap");
        assertEquals(oldHash, single("select last_hash from audit_checkpoint order by last_seq desc limit 1"));
        assertEquals(Long.toString(removed), single("select removed from audit_checkpoint order by last_seq desc limit 1"));
        assertEquals(Optional.empty(), audit.verify(TESTER));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> retention.purgeBefore(keptAt)),
                "the first event left is not older");
    }

    @Test
    void removingEventsOtherThanThroughThePurgeIsRefusedEvenWithTheTriggersSwitchedOff() {
        record(Instant.now(), "client-refused");
        for (String sql : List.of("delete from audit_event where client_ref = 'client-refused'",
                "update audit_event set user_id = 'iemand' where client_ref = 'client-refused'",
                "delete from audit_checkpoint")) {
            Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                // As the application's role, which owns the table: past the triggers, the missing privilege refuses.
                em.createNativeQuery("alter table audit_event disable trigger user").executeUpdate();
                em.createNativeQuery("alter table audit_checkpoint disable trigger user").executeUpdate();
                em.createNativeQuery("select set_config('zhw.audit_purge_up_to', '9223372036854775807', true)").getSingleResult();
                em.createNativeQuery(sql).executeUpdate();
            }), sql);
            assertTrue(causes(refused).contains("permission denied"), causes(refused));
        }
        assertEquals("1", single("select count(*) from audit_event where client_ref = 'client-refused'"));
    }

    @Test
    void afterTheHandOverToTheAuditOwnerTheApplicationsRoleCanOnlyAddAndReadEvents() throws Exception {
        // The test database's role may not create roles, so Flyway left the tables with it (V141 degrades); the DBA
        // step of backend/README.md runs the same migration file as a superuser. The finally gives the tables back,
        // so Flyway can clean the test database on the next start.
        assertEquals(appRole, single("select tableowner from pg_tables where tablename = 'audit_event'"));
        String handOver;
        try (var file = getClass().getResourceAsStream("/db/migration/V141__audit_owner.sql")) {
            handOver = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection superuser = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = superuser.createStatement()) {
            sql.execute(handOver);
            try {
                sql.execute(handOver);
                assertEquals("zelfhulpwijzer_audit_owner", single("select tableowner from pg_tables where tablename = 'audit_event'"));
                Instant keptAt = laterThanEveryEvent();
                record(Instant.parse("2000-01-01T00:00:00Z"), "client-owner-old");
                record(keptAt, "client-owner-kept");
                for (String change : List.of("update audit_event set user_id = 'iemand' where client_ref = 'client-owner-old'",
                        "delete from audit_event where client_ref = 'client-owner-old'", "truncate audit_event",
                        "alter table audit_event disable trigger user", "drop table audit_event",
                        "alter table audit_checkpoint add column note text", "drop table audit_checkpoint cascade",
                        "create or replace function audit_event_append_only() returns trigger language plpgsql as $$ begin return old; end $$",
                        "drop function audit_purge(timestamptz, timestamptz)", "drop schema public cascade")) {
                    Exception refused = assertThrows(Exception.class,
                            () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(change).executeUpdate()), change);
                    assertTrue(causes(refused).contains("permission denied") || causes(refused).contains("must be owner"),
                            causes(refused));
                }
                assertEquals("1", single("select count(*) from audit_event where client_ref = 'client-owner-old'"));
                assertTrue(QuarkusTransaction.requiringNew().call(() -> retention.purgeBefore(keptAt)) > 0,
                        "the purge runs as the owner");
                assertEquals("0", single("select count(*) from audit_event where client_ref = 'client-owner-old'"));
                assertEquals(Optional.empty(), audit.verify(TESTER));
            } finally {
                for (String object : List.of("table audit_event", "table audit_checkpoint", "function audit_event_append_only()",
                        "function audit_purge(timestamptz, timestamptz)")) {
                    sql.execute("alter " + object + " owner to " + appRole);
                }
                sql.execute("alter schema public owner to pg_database_owner");
                sql.execute("revoke all on schema public from " + appRole);
            }
        }
    }

    @Test
    void theVerifierFindsTheOldestEventRemovedBehindThePurgesBack() throws SQLException {
        Instant keptAt = laterThanEveryEvent();
        record(Instant.parse("2000-01-01T00:00:00Z"), "client-before-first");
        record(keptAt, "client-first");
        record(keptAt, "client-second");
        QuarkusTransaction.requiringNew().call(() -> retention.purgeBefore(keptAt));
        // Only a superuser gets past triggers and privileges; the checkpoint still pins the start of the chain.
        try (Connection superuser = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = superuser.createStatement()) {
            // client-second now starts the chain: without the checkpoint, its link to the removed event goes unnoticed.
            sql.execute("create temporary table removed as select * from audit_event where client_ref = 'client-first'");
            sql.execute("set session_replication_role = replica");
            sql.execute("delete from audit_event where client_ref = 'client-first'");
            try {
                Optional<String> broken = audit.verify(TESTER);
                assertTrue(broken.orElse("").contains("verwijst niet naar de gebeurtenis ervoor"), broken.toString());
            } finally {
                sql.execute("insert into audit_event overriding system value select * from removed");
            }
        }
        assertEquals(Optional.empty(), audit.verify(TESTER));
    }

    /** A day after every stored event (and now), so every event before it is the prefix a purge may remove. */
    private Instant laterThanEveryEvent() {
        return Instant.ofEpochSecond(Long.parseLong(single(
                "select extract(epoch from greatest(max(occurred_at), now()) + interval '1 day')::bigint from audit_event")));
    }

    private void record(Instant at, String clientRef) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(
                AuditEvent.success(at, AuditAction.READ, TESTER, clientRef, "Referral", null, AuditPurpose.CARE)));
    }

    private String single(String query) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(query).getSingleResult()));
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
