-- V177's flush is a deferred trigger per row, so a transaction that writes n referrals queues n calls at commit. All
-- pending rows of the transaction carry one xid, so after the first call has moved them, every later call walked the
-- index entries of all the rows it had deleted (dead, but not yet removable): quadratic in n, minutes for a bulk load
-- or a large retention purge. The first call at commit moves everything (no referral write can follow it), so later
-- calls of the same transaction return at once; the mark is local to the transaction.
create or replace function referral_report_flush() returns trigger language plpgsql as $$
begin
    if current_setting('zhw.referral_report_flushed', true) = pg_current_xact_id()::text then
        return null;
    end if;
    perform set_config('zhw.referral_report_flushed', pg_current_xact_id()::text, true);
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
