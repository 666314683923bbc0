-- Report counts (V176) taken at commit, in one statement per transaction (issue 15 follow-up).
--
-- V176 added a statement's counts to referral_report_day right away, so a transaction held its counter rows from its
-- first write of a referral until its commit, and one that wrote referrals twice locked them in two goes. That could
-- deadlock: the FHIR Task update (status change, then outcome, after an audited read) holds the audit log's append
-- lock (AuditTrail) and waits for a counter of today that a referral being created holds, while that create waits for
-- the append lock. Now each write only adds its deltas to referral_report_pending (insert only: no lock on a shared
-- row), and a deferred constraint trigger adds all deltas of the transaction to the counters at commit, in one upsert
-- in key order. A transaction then takes counter locks only at its very end, all in one statement in one order, and
-- waits for nothing else while it holds them, so two writers can wait for each other's counters but never deadlock.
-- The counts the report reads are the same as with V176 (ReferralIndicatorsTest).

-- Unlogged: its rows live only inside their own transaction (written by it, removed at its commit).
create unlogged table referral_report_pending (
    xid         xid8         not null,
    institution varchar(100) not null,
    day         date         not null,
    dimension   varchar(30)  not null,
    key         varchar(100) not null,
    delta       integer      not null
);
create index referral_report_pending_xid on referral_report_pending (xid);

create or replace function referral_report_count() returns trigger language plpgsql as $$
declare
    keys constant text := 'created_at, status, treatment_phase, route, level, organisation_id, outcome_at, continues,'
        ' first_meeting, first_meeting_on, checkin_answer, not_for_me_reason';
    added constant text := format('select institution, 1 as delta, %s from new_rows', keys);
    taken constant text := format('select institution, -1 as delta, %s from old_rows', keys);
begin
    execute format($sql$
        insert into referral_report_pending (xid, institution, day, dimension, key, delta)
        select pg_current_xact_id(), c.institution, k.day, k.dimension, k.key, sum(c.delta)
        from (%s) c, lateral referral_report_keys(%s) k
        group by 2, 3, 4, 5 having sum(c.delta) <> 0
    $sql$, case TG_OP when 'INSERT' then added when 'DELETE' then taken else added || ' union all ' || taken end, keys);
    return null;
end
$$;

-- At commit: the transaction's deltas into the counters, in key order. It fires once for every row written; the first
-- firing takes all deltas, the others find none.
create function referral_report_flush() returns trigger language plpgsql as $$
begin
    with taken as (
        delete from referral_report_pending where xid = pg_current_xact_id()
        returning institution, day, dimension, key, delta
    )
    insert into referral_report_day (institution, day, dimension, key, count)
    select institution, day, dimension, key, sum(delta)
    from taken
    group by 1, 2, 3, 4 having sum(delta) <> 0 order by 1, 2, 3, 4
    on conflict (institution, day, dimension, key) do update set count = referral_report_day.count + excluded.count;
    return null;
end
$$;

create constraint trigger referral_report_flush after insert or update or delete on referral
    deferrable initially deferred for each row execute function referral_report_flush();

create or replace function referral_report_truncate() returns trigger language plpgsql as $$
begin
    truncate referral_report_day, referral_report_pending;
    return null;
end
$$;
