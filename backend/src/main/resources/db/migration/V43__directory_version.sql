-- Search performance (issue 4): the public search keeps its answers on the server (SearchAnswerCache) under the
-- directory's version. Every transaction that changes what a search can show (organisations, groups, meetings,
-- places) raises the version once, so each backend instance sees the change with its next request; no answer is
-- served from before it. Raised by triggers, so every write path counts, including imports and SQL by hand.
create table directory_version (
    id         boolean primary key default true check (id),
    version    bigint not null,
    -- the transaction that raised it last: later statements of that transaction need not raise it again
    raised_in  xid8
);
insert into directory_version (version) values (1);

create function directory_version_raise() returns trigger language plpgsql as $$
begin
    update directory_version set version = version + 1, raised_in = pg_current_xact_id()
     where raised_in is distinct from pg_current_xact_id();
    return null;
end $$;

create trigger organisation_version_trg after insert or update or delete or truncate on organisation
    for each statement execute function directory_version_raise();
create trigger self_help_group_version_trg after insert or update or delete or truncate on self_help_group
    for each statement execute function directory_version_raise();
create trigger meeting_version_trg after insert or update or delete or truncate on meeting
    for each statement execute function directory_version_raise();
create trigger location_version_trg after insert or update or delete or truncate on location
    for each statement execute function directory_version_raise();
