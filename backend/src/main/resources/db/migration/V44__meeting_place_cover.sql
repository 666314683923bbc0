-- Search performance (issue 4): a search near a point read the places in the box, then each place's meetings from
-- the table (a nested loop with a heap visit per meeting). The coordinates of the meeting's place are now kept on
-- the meeting by triggers, with a covering index of the listed meetings, so the box is one index range scan.
-- Not mapped by Hibernate.
alter table meeting add column latitude double precision, add column longitude double precision;

update meeting m set latitude = l.latitude, longitude = l.longitude from location l where l.id = m.location_id;

create function meeting_place() returns trigger language plpgsql as $$
begin
    -- no place (or none found): both become null
    select l.latitude, l.longitude into new.latitude, new.longitude from location l where l.id = new.location_id;
    return new;
end $$;
create trigger meeting_place_trg before insert or update of location_id on meeting
    for each row execute function meeting_place();

create function location_refresh_meetings() returns trigger language plpgsql as $$
begin
    update meeting set latitude = new.latitude, longitude = new.longitude
     where location_id = new.id
       and (latitude is distinct from new.latitude or longitude is distinct from new.longitude);
    return null;
end $$;
create trigger location_refresh_meetings_trg after update of latitude, longitude on location
    for each row execute function location_refresh_meetings();

create index meeting_place_idx on meeting (latitude, longitude)
    include (id, group_id, location_id, temporarily_closed, frequency, day_of_week, week_of_month, week_minute, start_time,
             time_zone)
    where listed;
