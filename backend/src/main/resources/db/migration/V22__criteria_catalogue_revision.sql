-- Optimistic locking for coordinators editing a draft catalogue (ETag / If-Match): the revision goes up with
-- every change to the draft. Published versions keep their last revision.
alter table criteria_catalogue add column revision integer not null default 0;
alter table criteria_catalogue add column updated_at timestamptz not null default now();
alter table criteria_catalogue add column updated_by varchar(120);
