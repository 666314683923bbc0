-- One database rule for every kind of versioned content (Java: common/versioning), replacing the pathway and
-- criteria triggers of V10 and V20: a version is edited only as DRAFT; a PUBLISHED one may only become SUPERSEDED;
-- nothing else of a published or superseded version changes, and it is never deleted. Parts of a version (rows in
-- another table, such as the criteria of a catalogue) change only while their version is a DRAFT.

-- On the version table. Arguments: the bookkeeping columns a published version may still change (the lock version).
create function versioned_content_frozen() returns trigger language plpgsql as $$
declare
    may_change text[] := array['status'] || tg_argv;
begin
    if old.status = 'DRAFT' then
        return coalesce(new, old);
    end if;
    if tg_op = 'DELETE' then
        raise exception 'a % row that is % cannot be deleted', tg_table_name, old.status;
    end if;
    if not (new.status = old.status or (old.status = 'PUBLISHED' and new.status = 'SUPERSEDED'))
            or (to_jsonb(new) - may_change) is distinct from (to_jsonb(old) - may_change) then
        raise exception 'a % row that is % cannot be changed', tg_table_name, old.status;
    end if;
    return new;
end $$;

-- On a table of parts. Arguments: the version table, its key column, and this table's column that refers to it.
create function versioned_content_part_frozen() returns trigger language plpgsql as $$
declare
    version_key text := to_jsonb(coalesce(new, old)) ->> tg_argv[2];
    version_status text;
begin
    if tg_op = 'UPDATE' and (to_jsonb(old) ->> tg_argv[2]) is distinct from version_key then
        raise exception '% row cannot move to another version', tg_table_name;
    end if;
    execute format('select status from %I where %I::text = $1', tg_argv[0], tg_argv[1]) into version_status using version_key;
    if version_status <> 'DRAFT' then
        raise exception '% version % is % and cannot be changed', tg_argv[0], version_key, version_status;
    end if;
    return coalesce(new, old);
end $$;

drop trigger pathway_version_immutable_trg on pathway_version;
drop trigger pathway_version_no_delete_trg on pathway_version;
drop function pathway_version_immutable();
drop function pathway_version_no_delete();
create trigger pathway_version_frozen_trg before update or delete on pathway_version
    for each row execute function versioned_content_frozen('lock_version');

drop trigger criteria_catalogue_immutable_trg on criteria_catalogue;
drop function criteria_catalogue_immutable();
create trigger criteria_catalogue_frozen_trg before update or delete on criteria_catalogue
    for each row execute function versioned_content_frozen();

drop trigger criterion_only_in_draft_trg on criterion;
drop function criterion_only_in_draft();
create trigger criterion_frozen_trg before insert or update or delete on criterion
    for each row execute function versioned_content_part_frozen('criteria_catalogue', 'version', 'catalogue_version');
