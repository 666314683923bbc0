-- A counter that goes up with every change of the directory's organisations, so the advice can keep its list of
-- candidates in memory and still see every change at once (one primary-key read per advice instead of a scan).
-- Statement-level trigger: one bump per statement, whatever the number of rows.
create table advice_directory_revision (
    id        smallint primary key check (id = 1),
    revision  bigint   not null
);
insert into advice_directory_revision (id, revision) values (1, 0);

create function advice_bump_directory_revision() returns trigger language plpgsql as $$
begin
    update advice_directory_revision set revision = revision + 1 where id = 1;
    return null;
end $$;

create trigger organisation_advice_revision_trg
    after insert or update or delete or truncate on organisation
    for each statement execute function advice_bump_directory_revision();
