-- Retention of the audit log (audit/AuditRetention): events older than the retention period are removed from the
-- start of the chain only, and each purge leaves a checkpoint with the hash of the last removed event, so the
-- verifier (AuditTrail.verify) checks the remaining chain from that hash instead of from the genesis hash.
CREATE TABLE audit_checkpoint (
    last_seq      bigint       PRIMARY KEY,
    last_hash     char(64)     NOT NULL,
    removed       bigint       NOT NULL,
    purged_before timestamptz  NOT NULL,
    purged_at     timestamptz  NOT NULL
);

CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_checkpoint FROM PUBLIC, CURRENT_USER;

-- The one way to remove events: the longest run from the start of the chain in which every event is older than
-- purge_before (a younger event stops it, so the chain never gets a gap). Holds the append lock of AuditTrail
-- (7513) so no event is appended meanwhile. The DELETE privilege the owner gave up in V50 is taken back for this
-- statement only, and the delete trigger lets through only events up to the checkpoint this call writes.
CREATE FUNCTION audit_purge(purge_before timestamptz, purged_at timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    first_kept bigint;
    up_to      bigint;
    up_to_hash char(64);
    removed    bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7513);
    SELECT min(seq) INTO first_kept FROM audit_event WHERE occurred_at >= purge_before;
    SELECT seq, hash INTO up_to, up_to_hash FROM audit_event
        WHERE first_kept IS NULL OR seq < first_kept ORDER BY seq DESC LIMIT 1;
    IF up_to IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM set_config('zhw.audit_purge_up_to', up_to::text, true);
    EXECUTE format('GRANT DELETE ON audit_event TO %I', current_user);
    DELETE FROM audit_event WHERE seq <= up_to;
    GET DIAGNOSTICS removed = ROW_COUNT;
    EXECUTE format('REVOKE DELETE ON audit_event FROM %I', current_user);
    PERFORM set_config('zhw.audit_purge_up_to', '', true);
    INSERT INTO audit_checkpoint (last_seq, last_hash, removed, purged_before, purged_at)
        VALUES (up_to, up_to_hash, removed, purge_before, purged_at);
    RETURN removed;
END
$$;

-- Still refuses every UPDATE and TRUNCATE, and every DELETE outside audit_purge.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'audit_event' AND TG_OP = 'DELETE'
            AND OLD.seq <= coalesce(nullif(current_setting('zhw.audit_purge_up_to', true), '')::bigint, 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
