-- Search performance (issue 4): the country filter of the public meeting search was
-- coalesce(gl.country, o.country) across two joined tables, which the planner cannot estimate (47 rows expected,
-- 7,500 found), so it drove the search from all groups instead of from the (day_of_week, start_time) index of
-- meetings. The effective country is now kept on the group itself (location's country, else the organisation's),
-- with plain column statistics. Kept by triggers; not mapped by Hibernate.
alter table self_help_group add column search_country varchar(2);

update self_help_group g
   set search_country = coalesce((select l.country from location l where l.id = g.location_id),
                                 (select o.country from organisation o where o.id = g.organisation_id));

create function self_help_group_country() returns trigger language plpgsql as $$
begin
    new.search_country := coalesce((select l.country from location l where l.id = new.location_id),
                                   (select o.country from organisation o where o.id = new.organisation_id));
    return new;
end $$;
create trigger self_help_group_country_trg before insert or update of location_id, organisation_id
    on self_help_group for each row execute function self_help_group_country();

-- A place or organisation that changes country carries its groups along.
create function self_help_group_refresh_country() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'location' then
        update self_help_group set search_country = new.country
         where location_id = new.id and search_country is distinct from new.country;
    else
        update self_help_group set search_country = new.country
         where organisation_id = new.id and location_id is null and search_country is distinct from new.country;
    end if;
    return null;
end $$;
create trigger location_refresh_group_country_trg after update of country on location
    for each row execute function self_help_group_refresh_country();
create trigger organisation_refresh_group_country_trg after update of country on organisation
    for each row execute function self_help_group_refresh_country();

create index self_help_group_search_country_idx on self_help_group (search_country) where status = 'ACTIVE';
