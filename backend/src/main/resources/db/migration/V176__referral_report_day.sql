-- Report performance (issue 15): the counts behind the referral report, kept per institution, day of the referral
-- (Dutch time), indicator and key by triggers on referral. A report over a period then adds up at most
-- days x keys rows (about 60 a day) instead of counting every referral of the period (50,000 in bench-reports.sh).
-- Read only by referrals.ReferralIndicators. Referrals entered in error are not counted.
--
-- OUTCOME is CONTINUES or STOPPED only when the outcome says whether the client goes on (not for "not yet been").
-- Keys that depend on the day the report is made are stored so that the reader can finish them:
--   FOLLOW_UP  'ON_TIME' / 'LATE' once the outcome is recorded, else 'DUE <date of the nabespreking>' (the reader
--              makes that OVERDUE or NOT_DUE); the nabespreking is 7 days after the first meeting, or 14 days after
--              the referral when that is not known (ReferralRules.NABESPREKING_AFTER_DAYS / _DEFAULT_DAYS).
--   DAYS       days from the referral to an attended first meeting, one key per number of days (the reader takes
--              the median and 90th percentile from these counts).
create table referral_report_day (
    institution varchar(100) not null,
    day         date         not null,
    dimension   varchar(30)  not null,
    key         varchar(100) not null,
    count       integer      not null,
    primary key (institution, day, dimension, key)
);

-- The day and the (dimension, key) pairs a referral is counted under; no rows for one entered in error.
create function referral_report_keys(r_created_at timestamptz, r_status varchar, r_treatment_phase varchar,
        r_route varchar, r_level varchar, r_organisation_id varchar, r_outcome_at timestamptz, r_continues boolean,
        r_first_meeting varchar, r_first_meeting_on date, r_checkin_answer varchar, r_not_for_me_reason varchar)
    returns table (day date, dimension varchar, key varchar) language sql stable as $$
    with d as (
        select (r_created_at at time zone 'Europe/Amsterdam')::date as day,
               coalesce(r_first_meeting_on + 7, (r_created_at at time zone 'Europe/Amsterdam')::date + 14) as due
    )
    select d.day, v.dimension, v.key
    from d, lateral (values
        ('MONTH', to_char(d.day, 'YYYY-MM')),
        ('TREATMENT_PHASE', r_treatment_phase),
        ('ROUTE', r_route),
        ('LEVEL', r_level),
        ('ORGANISATION', r_organisation_id),
        ('STATUS', r_status),
        ('OUTCOME', case when r_outcome_at is null or r_continues is null then 'NOT_RECORDED'
                         when r_continues then 'CONTINUES' else 'STOPPED' end),
        ('FIRST_MEETING_STAFF', coalesce(r_first_meeting, 'NOT_RECORDED')),
        ('FIRST_MEETING_CHECKIN', coalesce(r_checkin_answer, 'NOT_RECORDED')),
        ('FOLLOW_UP', case when r_outcome_at is null then 'DUE ' || to_char(d.due, 'YYYY-MM-DD')
                           when (r_outcome_at at time zone 'Europe/Amsterdam')::date <= d.due then 'ON_TIME' else 'LATE' end),
        ('NOT_FOR_ME_REASON', r_not_for_me_reason),
        ('DAYS', case when r_first_meeting = 'YES' and r_first_meeting_on is not null then (r_first_meeting_on - d.day)::text end)
    ) as v (dimension, key)
    where v.key is not null and r_status <> 'ENTERED_IN_ERROR'
$$;

-- Adds the keys of the statement's new rows and takes off those of its old rows, in one upsert in key order (so two
-- transactions lock the counters they share in the same order). An update that changes nothing counted writes nothing.
create function referral_report_count() returns trigger language plpgsql as $$
declare
    keys constant text := 'created_at, status, treatment_phase, route, level, organisation_id, outcome_at, continues,'
        ' first_meeting, first_meeting_on, checkin_answer, not_for_me_reason';
    added constant text := format('select institution, 1 as delta, %s from new_rows', keys);
    taken constant text := format('select institution, -1 as delta, %s from old_rows', keys);
begin
    execute format($sql$
        insert into referral_report_day (institution, day, dimension, key, count)
        select c.institution, k.day, k.dimension, k.key, sum(c.delta)
        from (%s) c, lateral referral_report_keys(%s) k
        group by 1, 2, 3, 4 having sum(c.delta) <> 0 order by 1, 2, 3, 4
        on conflict (institution, day, dimension, key) do update set count = referral_report_day.count + excluded.count
    $sql$, case TG_OP when 'INSERT' then added when 'DELETE' then taken else added || ' union all ' || taken end, keys);
    return null;
end
$$;

create trigger referral_report_insert after insert on referral referencing new table as new_rows
    for each statement execute function referral_report_count();
create trigger referral_report_update after update on referral referencing old table as old_rows new table as new_rows
    for each statement execute function referral_report_count();
create trigger referral_report_delete after delete on referral referencing old table as old_rows
    for each statement execute function referral_report_count();

create function referral_report_truncate() returns trigger language plpgsql as $$
begin
    truncate referral_report_day;
    return null;
end
$$;

create trigger referral_report_truncate after truncate on referral
    for each statement execute function referral_report_truncate();

insert into referral_report_day (institution, day, dimension, key, count)
select r.institution, k.day, k.dimension, k.key, count(*)
from referral r, lateral referral_report_keys(r.created_at, r.status, r.treatment_phase, r.route, r.level, r.organisation_id,
    r.outcome_at, r.continues, r.first_meeting, r.first_meeting_on, r.checkin_answer, r.not_for_me_reason) k
group by 1, 2, 3, 4;

-- V175's covering index served the count over the referrals themselves, which the report no longer reads.
drop index referral_report;
