-- Organisation changes go into the same field-level history as groups and meetings.
alter table directory_change alter column group_id drop not null;
alter table directory_change add column organisation_id varchar(80) references organisation (id) on delete cascade;
alter table directory_change drop constraint directory_change_entity_type_check;
alter table directory_change add constraint directory_change_entity_type_check
    check (entity_type in ('GROUP', 'MEETING', 'ORGANISATION'));
alter table directory_change add constraint directory_change_owner_check
    check ((group_id is not null) or (organisation_id is not null));
create index directory_change_organisation_idx on directory_change (organisation_id, changed_at desc);
