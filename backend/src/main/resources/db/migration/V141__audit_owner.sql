-- The audit log gets its own owner: a NOLOGIN role owns audit_event, audit_checkpoint, their functions and the schema,
-- and the application's role keeps only INSERT and SELECT on them, so it cannot ALTER, DROP or TRUNCATE the tables
-- nor replace the append-only trigger function. audit_purge (V101) runs as that owner (SECURITY DEFINER), so retention still works.
--
-- Run by Flyway as the application's role, the hand-over happens only where that role may create roles; elsewhere
-- this migration changes nothing but audit_purge and warns, and a DBA runs this same file as a superuser later
-- (backend/README.md, "Audit owner"). Running it again after the hand-over does nothing.
ALTER FUNCTION audit_purge(timestamptz, timestamptz) SECURITY DEFINER SET search_path = public, pg_temp;

DO $$
DECLARE
    audit_owner constant name := 'zelfhulpwijzer_audit_owner';
    app name := (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_event');
BEGIN
    IF app = audit_owner THEN
        RETURN;
    END IF;
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'audit_event stays owned by %, which may not create roles: a DBA runs V141__audit_owner.sql as a superuser (backend/README.md, "Audit owner")', app;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = audit_owner) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', audit_owner);
    END IF;
    -- Giving objects away needs membership of the new owner: held only for the hand-over. The owner takes the schema
    -- too, since a schema's owner may drop every table in it; the application's role keeps creating its own tables.
    EXECUTE format('GRANT %I TO %I', audit_owner, current_user);
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', audit_owner);
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA public TO %I', app);
    EXECUTE format('ALTER TABLE audit_event OWNER TO %I', audit_owner);
    EXECUTE format('ALTER TABLE audit_checkpoint OWNER TO %I', audit_owner);
    EXECUTE format('ALTER FUNCTION audit_event_append_only() OWNER TO %I', audit_owner);
    EXECUTE format('ALTER FUNCTION audit_purge(timestamptz, timestamptz) OWNER TO %I', audit_owner);
    EXECUTE format('REVOKE ALL ON audit_event, audit_checkpoint FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', app);
    EXECUTE format('GRANT SELECT ON audit_checkpoint TO %I', app);
    EXECUTE format('REVOKE %I FROM %I', audit_owner, current_user);
END
$$;
