-- Search performance (issue 4): whether a meeting is public (its group active, its organisation not inactive) is
-- kept on the meeting itself, so a search that filters on meeting fields only (day, time, place, distance) needs no
-- join with groups and organisations. Kept by triggers; not mapped by Hibernate.
alter table meeting add column listed boolean not null default true;

update meeting m
   set listed = (g.status = 'ACTIVE' and o.status <> 'INACTIVE')
  from self_help_group g join organisation o on o.id = g.organisation_id
 where g.id = m.group_id;

create function meeting_listed() returns trigger language plpgsql as $$
begin
    new.listed := coalesce((select g.status = 'ACTIVE' and o.status <> 'INACTIVE'
                              from self_help_group g join organisation o on o.id = g.organisation_id
                             where g.id = new.group_id), false);
    return new;
end $$;
create trigger meeting_listed_trg before insert or update of group_id on meeting
    for each row execute function meeting_listed();

-- A group or organisation that changes status (or a group that moves) carries its meetings along.
create function meeting_refresh_listed() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'self_help_group' then
        update meeting m
           set listed = (new.status = 'ACTIVE' and o.status <> 'INACTIVE')
          from organisation o
         where m.group_id = new.id and o.id = new.organisation_id
           and m.listed is distinct from (new.status = 'ACTIVE' and o.status <> 'INACTIVE');
    else
        update meeting m
           set listed = (g.status = 'ACTIVE' and new.status <> 'INACTIVE')
          from self_help_group g
         where g.organisation_id = new.id and m.group_id = g.id
           and m.listed is distinct from (g.status = 'ACTIVE' and new.status <> 'INACTIVE');
    end if;
    return null;
end $$;
create trigger self_help_group_refresh_listed_trg after update of status, organisation_id on self_help_group
    for each row execute function meeting_refresh_listed();
create trigger organisation_refresh_listed_trg after update of status on organisation
    for each row execute function meeting_refresh_listed();
