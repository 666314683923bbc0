-- NEN 7513 audit log: append-only, each event chained to the previous one by a SHA-256 hash (audit/AuditChain).
CREATE TABLE audit_event (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    action          varchar(40)  NOT NULL,
    outcome         varchar(20)  NOT NULL,
    user_id         varchar(200) NOT NULL,
    user_role       varchar(40)  NOT NULL,
    on_behalf_of    varchar(200),
    institution     varchar(100),
    client_ref      varchar(64),
    resource_type   varchar(60)  NOT NULL,
    resource_id     varchar(100),
    source_system   varchar(200),
    source_address  varchar(100),
    purpose         varchar(60)  NOT NULL,
    correlation_id  varchar(100),
    previous_hash   char(64)     NOT NULL,
    hash            char(64)     NOT NULL UNIQUE
);

CREATE INDEX audit_event_client ON audit_event (institution, client_ref, occurred_at);

-- Refuses every change of a stored event, also by the table's owner (the application's role), which loses the
-- UPDATE, DELETE and TRUNCATE privileges as well.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM PUBLIC, CURRENT_USER;
