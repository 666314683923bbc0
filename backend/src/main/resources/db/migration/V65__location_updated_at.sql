-- A place's own time of change, so directory harvesters (FHIR Location _lastUpdated, _history) see changed places.
alter table location add column updated_at timestamptz not null default now();

create function location_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;

create trigger location_touch_trg before update on location
    for each row when (old.* is distinct from new.*) execute function location_touch();

create index location_updated_idx on location (updated_at);
