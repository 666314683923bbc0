-- Search performance (issue 16): a search whose every condition is on the group (text, country, audience, ...) lists
-- all listed meetings of the matching groups, so its total is the sum of a per-group count read with the groups
-- themselves, instead of counting 25,000 meetings for a common word. Kept by statement triggers on meeting (one update
-- per group and statement, also when V36's triggers relist every meeting of a group); not mapped by Hibernate.
alter table self_help_group add column listed_meetings integer not null default 0;

-- The group's search text and vector (V30, V91) do not depend on the count: an update that only keeps the count
-- skips their recomputation (the count is only ever set on its own, by the triggers below).
drop trigger self_help_group_search_trg on self_help_group;
create trigger self_help_group_search_trg before insert on self_help_group
    for each row execute function self_help_group_search();
create trigger self_help_group_search_update_trg before update on self_help_group
    for each row when (new.listed_meetings = old.listed_meetings) execute function self_help_group_search();

update self_help_group g
   set listed_meetings = c.meetings
  from (select group_id, count(*) as meetings from meeting where listed group by group_id) c
 where c.group_id = g.id;

create function self_help_group_count_listed() returns trigger language plpgsql as $$
begin
    -- a transition table exists only for the events that have it, so each event reads its own
    if tg_op = 'INSERT' then
        update self_help_group g set listed_meetings = g.listed_meetings + d.delta
          from (select group_id, count(*) as delta from new_meetings where listed group by group_id) d
         where g.id = d.group_id;
    elsif tg_op = 'DELETE' then
        update self_help_group g set listed_meetings = g.listed_meetings - d.delta
          from (select group_id, count(*) as delta from old_meetings where listed group by group_id) d
         where g.id = d.group_id;
    else
        update self_help_group g set listed_meetings = g.listed_meetings + d.delta
          from (select group_id, sum(delta) as delta
                  from (select group_id, 1 as delta from new_meetings where listed
                        union all
                        select group_id, -1 from old_meetings where listed) c
                 group by group_id having sum(delta) <> 0) d
         where g.id = d.group_id;
    end if;
    return null;
end $$;
create trigger meeting_count_listed_insert_trg after insert on meeting referencing new table as new_meetings
    for each statement execute function self_help_group_count_listed();
create trigger meeting_count_listed_update_trg after update on meeting
    referencing old table as old_meetings new table as new_meetings
    for each statement execute function self_help_group_count_listed();
create trigger meeting_count_listed_delete_trg after delete on meeting referencing old table as old_meetings
    for each statement execute function self_help_group_count_listed();
