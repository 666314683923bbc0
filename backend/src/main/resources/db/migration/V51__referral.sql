-- Referrals (verwijzingen) of one institution; the client only as an opaque reference (clientRef).
CREATE SEQUENCE referral_change_seq;

CREATE TABLE referral (
    id                  uuid PRIMARY KEY,
    institution         varchar(100) NOT NULL,
    client_ref          varchar(64)  NOT NULL,
    organisation_id     varchar(100) NOT NULL,
    group_slug          varchar(200),
    meeting_slug        varchar(200),
    level               varchar(20)  NOT NULL,
    treatment_phase     varchar(30)  NOT NULL,
    route               varchar(30)  NOT NULL,
    advice_snapshot     jsonb,
    in_care_plan        boolean      NOT NULL,
    trial_agreed        boolean      NOT NULL,
    consent_topics      varchar(500),
    consent_from        varchar(20),
    consent_until       date,
    note                varchar(1000),
    status              varchar(20)  NOT NULL,
    status_reason       varchar(500),
    first_meeting_on    date,
    follow_up_due       date,
    evaluation_dates    date[]       NOT NULL DEFAULT '{}',
    first_meeting       varchar(10),
    meetings_attended   integer,
    not_for_me_reason   varchar(30),
    continues           boolean,
    outcome_at          timestamptz,
    checkin_answer      varchar(20),
    checkin_at          timestamptz,
    created_by          varchar(200) NOT NULL,
    created_at          timestamptz  NOT NULL,
    modified_at         timestamptz  NOT NULL,
    closed_at           timestamptz,
    version             bigint       NOT NULL,
    -- Set by the trigger below on every write: the polling cursor (ReferralFeed) orders by change_seq and only
    -- hands out rows whose writing transaction is older than every running one, so none is skipped.
    change_seq          bigint       NOT NULL,
    writer_xid          xid8         NOT NULL
);

CREATE INDEX referral_client ON referral (institution, client_ref);
CREATE INDEX referral_feed ON referral (institution, change_seq);
CREATE INDEX referral_due ON referral (institution, follow_up_due) WHERE closed_at IS NULL;
CREATE INDEX referral_recent ON referral (institution, modified_at);
CREATE INDEX referral_checkin ON referral (institution, checkin_at) WHERE checkin_at IS NOT NULL AND closed_at IS NULL;

CREATE FUNCTION referral_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('referral_change_seq');
    NEW.writer_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER referral_stamp_change BEFORE INSERT OR UPDATE ON referral
    FOR EACH ROW EXECUTE FUNCTION referral_stamp_change();

-- Every status change with who, when and why.
CREATE TABLE referral_transition (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   uuid         NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    from_status   varchar(20),
    to_status     varchar(20)  NOT NULL,
    reason        varchar(500),
    actor         varchar(200) NOT NULL,
    actor_role    varchar(40)  NOT NULL,
    at            timestamptz  NOT NULL
);

CREATE INDEX referral_transition_referral ON referral_transition (referral_id, at);

-- Idempotency-Key of POST /referrals: the first request per institution and key claims the row (unique key), its
-- answer is kept, and a retry gets that answer; a retry with another body is refused.
CREATE TABLE referral_idempotency (
    institution    varchar(100) NOT NULL,
    key            varchar(200) NOT NULL,
    request_hash   char(64)     NOT NULL,
    referral_id    uuid,
    response_body  text,
    created_at     timestamptz  NOT NULL,
    PRIMARY KEY (institution, key)
);
