package nl.zelfhulpwijzer.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The one audit hook: every feature records its accesses here, inside its own transaction, so the events are stored
 * exactly when the access is. Appends are serialised by a transaction-level advisory lock, so concurrent writers,
 * on any number of instances, still make one unbroken hash chain.
 */
@ApplicationScoped
public class AuditTrail {

    /** Key of the advisory lock that serialises appends (7513 for the standard). */
    private static final long APPEND_LOCK = 7513;
    private static final int VERIFY_BATCH = 1000;

    private static final String INSERT = "insert into audit_event (occurred_at, action, outcome, user_id, user_role, on_behalf_of,"
            + " institution, client_ref, resource_type, resource_id, source_system, source_address, purpose, correlation_id,"
            + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The hash of the last event removed by the retention purge (V101), or the genesis hash. */
    private static final String CHECKPOINT_HASH = "select coalesce((select last_hash from audit_checkpoint order by last_seq desc limit 1), ?)";
    /** The hash the next event links to: the last stored event's, else the checkpoint's, else the genesis hash. */
    private static final String LAST_HASH = "select coalesce((select hash from audit_event order by seq desc limit 1),"
            + " (select last_hash from audit_checkpoint order by last_seq desc limit 1), ?)";
    private static final String COLUMNS = "seq, occurred_at, action, outcome, user_id, user_role, on_behalf_of, institution,"
            + " client_ref, resource_type, resource_id, source_system, source_address, purpose, correlation_id, previous_hash, hash";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /** Appends the events in order; call it last in the transaction, as the lock is held until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, APPEND_LOCK);
                lock.execute();
            }
            String previous = chainStart(connection, LAST_HASH);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditEvent event : events) {
                    String hash = AuditChain.hash(previous, event);
                    bind(insert, event, previous, hash);
                    insert.addBatch();
                    previous = hash;
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * A client's access history in the reader's institution, oldest first, optionally within [from, to); the
     * reading ({@code READ}) or export ({@code EXPORT}) is itself recorded, for accountability.
     */
    @Transactional
    public List<StoredAuditEvent> history(AuditActor reader, AuditAction action, String clientRef, Instant from, Instant to) {
        List<StoredAuditEvent> events = query(reader.institution(), clientRef, from, to);
        record(AuditEvent.success(clock.instant(), action, reader, clientRef, "AuditLog", null, AuditPurpose.ACCOUNTABILITY));
        return events;
    }

    /** One event of the reader's institution by its number (empty otherwise); reading it is itself recorded. */
    @Transactional
    public Optional<StoredAuditEvent> event(AuditActor reader, long seq) {
        List<StoredAuditEvent> found = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from audit_event"
                    + " where seq = ? and institution = ?")) {
                query.setLong(1, seq);
                query.setString(2, reader.institution());
                return read(query);
            }
        });
        found.forEach(stored -> record(AuditEvent.success(clock.instant(), AuditAction.READ, reader, stored.event().clientRef(),
                "AuditLog", Long.toString(seq), AuditPurpose.ACCOUNTABILITY)));
        return found.stream().findFirst();
    }

    private List<StoredAuditEvent> query(String institution, String clientRef, Instant from, Instant to) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from audit_event"
                    + " where institution = ? and client_ref = ? and occurred_at >= ? and occurred_at < ? order by seq")) {
                query.setString(1, institution);
                query.setString(2, clientRef);
                query.setTimestamp(3, Timestamp.from(from != null ? from : Instant.EPOCH));
                query.setTimestamp(4, Timestamp.from(to != null ? to : Instant.parse("9999-01-01T00:00:00Z")));
                return read(query);
            }
        });
    }

    /**
     * Walks the whole chain and names the first broken link, if any. It starts from the hash of the last event the
     * retention purge removed (the latest checkpoint), or from the genesis hash: so removing the oldest events other
     * than through the purge is found too.
     */
    @Transactional
    public Optional<String> verify(AuditActor verifier) {
        Optional<String> broken = em.unwrap(Session.class).doReturningWork(connection -> {
            String expected = chainStart(connection, CHECKPOINT_HASH);
            long after = 0;
            while (true) {
                List<StoredAuditEvent> batch;
                try (PreparedStatement query = connection.prepareStatement(
                        "select " + COLUMNS + " from audit_event where seq > ? order by seq limit " + VERIFY_BATCH)) {
                    query.setLong(1, after);
                    batch = read(query);
                }
                for (StoredAuditEvent stored : batch) {
                    Optional<String> link = AuditChain.brokenLink(stored, expected);
                    if (link.isPresent()) {
                        return link;
                    }
                    expected = stored.hash();
                    after = stored.seq();
                }
                if (batch.size() < VERIFY_BATCH) {
                    return Optional.<String>empty();
                }
            }
        });
        record(AuditEvent.success(clock.instant(), AuditAction.VERIFY, verifier, null, "AuditLog", null, AuditPurpose.ACCOUNTABILITY));
        return broken;
    }

    /** Runs one of the queries above with the genesis hash as the last fallback. */
    private static String chainStart(Connection connection, String query) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, AuditChain.GENESIS);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void bind(PreparedStatement insert, AuditEvent event, String previous, String hash) throws SQLException {
        AuditActor actor = event.actor();
        insert.setTimestamp(1, Timestamp.from(event.occurredAt()));
        insert.setString(2, event.action().name());
        insert.setString(3, event.outcome());
        insert.setString(4, actor.userId());
        insert.setString(5, actor.role());
        insert.setString(6, actor.onBehalfOf());
        insert.setString(7, actor.institution());
        insert.setString(8, event.clientRef());
        insert.setString(9, event.resourceType());
        insert.setString(10, event.resourceId());
        insert.setString(11, actor.sourceSystem());
        insert.setString(12, actor.sourceAddress());
        insert.setString(13, event.purpose().name());
        insert.setString(14, actor.correlationId());
        insert.setString(15, previous);
        insert.setString(16, hash);
    }

    private static List<StoredAuditEvent> read(PreparedStatement query) throws SQLException {
        List<StoredAuditEvent> events = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                AuditActor actor = new AuditActor(rs.getString("user_id"), rs.getString("user_role"), rs.getString("on_behalf_of"),
                        rs.getString("institution"), rs.getString("source_system"), rs.getString("source_address"),
                        rs.getString("correlation_id"));
                AuditEvent event = new AuditEvent(rs.getTimestamp("occurred_at").toInstant(), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("outcome"), actor, rs.getString("client_ref"), rs.getString("resource_type"),
                        rs.getString("resource_id"), AuditPurpose.valueOf(rs.getString("purpose")));
                events.add(new StoredAuditEvent(rs.getLong("seq"), event, rs.getString("previous_hash"), rs.getString("hash")));
            }
        }
        return events;
    }
}
