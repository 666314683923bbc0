package nl.zelfhulpwijzer.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.Counts;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.Dimension;

/**
 * The counts the database keeps per day for the reports (V176) follow every insert, update and delete of a referral,
 * and classify the nabespreking with ReferralRules' own due dates. A transaction adds its counts at commit (V177), so
 * two writers of one institution and day cannot deadlock on the counters.
 */
@QuarkusTest
class ReferralIndicatorsTest {

    private static final String INSTITUTION = "indicatoren-a";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate FROM = TODAY.minusDays(200);

    @Inject
    DataSource dataSource;

    @Inject
    ReferralIndicators indicators;

    @BeforeEach
    void clean() throws SQLException {
        sql("delete from referral where institution = '" + INSTITUTION + "'");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(statement);
        }
    }

    /** A referral created on {@code created} (09:00), first meeting attended on {@code firstMeetingOn} (or not known). */
    private UUID insert(String clientRef, LocalDate created, LocalDate firstMeetingOn, LocalDate outcomeOn) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return insert(c, clientRef, created, firstMeetingOn, outcomeOn);
        }
    }

    /** As {@link #insert(String, LocalDate, LocalDate, LocalDate)}, in the transaction of connection {@code c}. */
    private UUID insert(Connection c, String clientRef, LocalDate created, LocalDate firstMeetingOn, LocalDate outcomeOn)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into referral (id, institution, client_ref, organisation_id, level, treatment_phase, route, in_care_plan,
                    trial_agreed, status, first_meeting, first_meeting_on, outcome_at, continues, created_by, created_at,
                    modified_at, version)
                values (?, ?, ?, 'aa-nederland', 'VERWIJZING', 'INTAKE', 'DIRECT', true, true, 'IN_PROGRESS',
                    case when ?::date is not null then 'YES' end, ?::date, (?::date + time '12:00') at time zone 'Europe/Amsterdam',
                    case when ?::date is not null then true end, 'mila', (?::date + time '09:00') at time zone 'Europe/Amsterdam',
                    now(), 0)""")) {
            s.setObject(1, id);
            s.setString(2, INSTITUTION);
            s.setString(3, clientRef);
            s.setObject(4, firstMeetingOn);
            s.setObject(5, firstMeetingOn);
            s.setObject(6, outcomeOn);
            s.setObject(7, outcomeOn);
            s.setObject(8, created);
            s.executeUpdate();
        }
        return id;
    }

    private Map<String, Long> table(Counts counts, Dimension dimension) {
        return counts.cells().stream().filter(c -> c.dimension() == dimension)
                .collect(Collectors.toMap(ReferralIndicators.Count::key, ReferralIndicators.Count::count));
    }

    @Test
    void theNabesprekingIsOnTimeUpToReferralRulesDueDate() throws SQLException {
        LocalDate created = TODAY.minusDays(100);
        LocalDate met = created.plusDays(3);
        insert("op-tijd-na-bijeenkomst", created, met, met.plusDays(ReferralRules.NABESPREKING_AFTER_DAYS));
        insert("te-laat-na-bijeenkomst", created, met, met.plusDays(ReferralRules.NABESPREKING_AFTER_DAYS + 1));
        insert("op-tijd-zonder-bijeenkomst", created, null, created.plusDays(ReferralRules.NABESPREKING_DEFAULT_DAYS));
        insert("te-laat-zonder-bijeenkomst", created, null, created.plusDays(ReferralRules.NABESPREKING_DEFAULT_DAYS + 1));
        insert("achterstallig", created, null, null);
        insert("nog-niet", TODAY, null, null);
        Counts counts = indicators.counts(INSTITUTION, FROM, TODAY);
        assertEquals(Map.of("ON_TIME", 2L, "LATE", 2L, "OVERDUE", 1L, "NOT_DUE", 1L), table(counts, Dimension.FOLLOW_UP));
        assertEquals(6, counts.total());
        assertEquals(Map.of(created.toString().substring(0, 7), 5L, TODAY.toString().substring(0, 7), 1L),
                table(counts, Dimension.MONTH));
    }

    @Test
    void theCountsFollowEveryChange() throws SQLException {
        LocalDate created = TODAY.minusDays(50);
        for (int i = 0; i < 6; i++) {
            insert("verandert-" + i, created, created.plusDays(i), null);
        }
        assertEquals(Map.of("IN_PROGRESS", 6L), table(indicators.counts(INSTITUTION, FROM, TODAY), Dimension.STATUS));

        sql("update referral set status = 'COMPLETED' where client_ref in ('verandert-0', 'verandert-1')");
        // stopped after the first meeting; an outcome that does not say whether the client goes on is not a stop
        sql("update referral set outcome_at = now(), continues = false where client_ref = 'verandert-0'");
        sql("update referral set outcome_at = now() where client_ref = 'verandert-1'");
        sql("update referral set note = 'telt niet mee' where institution = '" + INSTITUTION + "'");
        sql("update referral set status = 'ENTERED_IN_ERROR' where client_ref = 'verandert-2'");
        sql("delete from referral where client_ref = 'verandert-3'");
        Counts counts = indicators.counts(INSTITUTION, FROM, TODAY);
        assertEquals(Map.of("COMPLETED", 2L, "IN_PROGRESS", 2L), table(counts, Dimension.STATUS));
        assertEquals(4, counts.total());
        assertEquals(Map.of("STOPPED", 1L, "NOT_RECORDED", 3L), table(counts, Dimension.OUTCOME));
        // days 0, 1, 4 and 5 to the first meeting are left
        assertEquals(4, counts.daysToFirstMeeting().referrals());
        assertEquals(2.5, counts.daysToFirstMeeting().median(), 1e-9);
        assertEquals(4.7, counts.daysToFirstMeeting().p90(), 1e-9);

        sql("update referral set created_at = created_at - interval '300 days' where client_ref = 'verandert-4'");
        assertEquals(3, indicators.counts(INSTITUTION, FROM, TODAY).total());
        assertEquals(0, indicators.counts(INSTITUTION, TODAY.minusDays(10), TODAY).total());
    }

    @Test
    void aTransactionAddsItsCountsAtCommitAndARolledBackOneNone() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID id = insert(c, "in-een-transactie", TODAY, null, null);
            update(c, "update referral set status = 'COMPLETED' where id = '" + id + "'");
            update(c, "update referral set outcome_at = now(), continues = true where id = '" + id + "'");
            assertEquals(0, indicators.counts(INSTITUTION, FROM, TODAY).total(), "nothing is counted before the commit");
            c.commit();
            insert(c, "teruggedraaid", TODAY, null, null);
            c.rollback();
        }
        Counts counts = indicators.counts(INSTITUTION, FROM, TODAY);
        assertEquals(Map.of("COMPLETED", 1L), table(counts, Dimension.STATUS));
        assertEquals(Map.of("CONTINUES", 1L), table(counts, Dimension.OUTCOME));
        assertEquals(Map.of("ON_TIME", 1L), table(counts, Dimension.FOLLOW_UP));
        try (Connection c = dataSource.getConnection(); ResultSet left = c.createStatement().executeQuery(
                "select count(*) from referral_report_pending")) {
            left.next();
            assertEquals(0, left.getLong(1), "no deltas are left behind");
        }
    }

    /**
     * The lock order that deadlocked with V176: a Task update (FHIR) holds the audit log's append lock from its audited
     * read and then changes a referral of today, while a create of today in the same institution has written its
     * referral and waits for the append lock. Now the update does not wait for the create's counters, so both commit.
     */
    @Test
    void anAuditedUpdateAndACreateOfOneDayDoNotDeadlock() throws Exception {
        UUID existing = insert("al-aangemaakt", TODAY, null, null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection create = dataSource.getConnection(); Connection change = dataSource.getConnection()) {
            create.setAutoCommit(false);
            change.setAutoCommit(false);
            insert(create, "wordt-aangemaakt", TODAY, null, null);
            CountDownLatch appendLockHeld = new CountDownLatch(1);
            Future<?> update = pool.submit(() -> {
                appendLock(change);
                appendLockHeld.countDown();
                update(change, "update referral set status = 'COMPLETED' where id = '" + existing + "'");
                change.commit();
                return null;
            });
            assertTrue(appendLockHeld.await(10, TimeUnit.SECONDS));
            appendLock(create);
            create.commit();
            update.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of("COMPLETED", 1L, "IN_PROGRESS", 1L), table(indicators.counts(INSTITUTION, FROM, TODAY), Dimension.STATUS));
    }

    /** The audit log's append lock, as AuditTrail takes it (held until the transaction ends). */
    private static void appendLock(Connection c) throws SQLException {
        c.createStatement().execute("select pg_advisory_xact_lock(7513)");
    }

    private static void update(Connection c, String statement) throws SQLException {
        c.createStatement().executeUpdate(statement);
    }
}
