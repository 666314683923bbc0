-- One search quality (issue 12): the organisation search gets the meeting search's Dutch full text, typo tolerance
-- (the V37 word list) and the same behaviour words, so "gokken" finds the gambling organisations and their groups.

-- Dutch words people type for a behaviour code (a search choice, listed in docs/advice-seed-choices.md).
create function behaviour_search_words(p_codes varchar[]) returns text language sql immutable as $$
    select coalesce(string_agg(case b
        when 'ALCOHOL' then 'alcohol drank drinken alcoholisme alcoholist'
        when 'DRUGS' then 'drugs cannabis cocaine heroine verdovende middelen'
        when 'GAMBLING' then 'gokken gokker gokverslaving kansspelen'
        when 'MEDICATION' then 'medicijnen medicatie pillen slaapmiddelen kalmeringsmiddelen'
        when 'EATING' then 'eten eetverslaving eetbuien overeten'
        else '' end, ' '), '')
      from unnest(p_codes) as b
$$;

alter table organisation add column search_vector tsvector;
create index organisation_search_vector_idx on organisation using gin (search_vector);

create or replace function organisation_search_text() returns trigger language plpgsql as $$
begin
    new.search_vector :=
        setweight(to_tsvector('dutch', unaccent(concat_ws(' ', new.name, new.short_name))), 'A') ||
        setweight(to_tsvector('dutch', unaccent(behaviour_search_words(new.behaviours))), 'B') ||
        setweight(to_tsvector('dutch', unaccent(coalesce(new.description, ''))), 'C');
    new.search_text := lower(unaccent(concat_ws(' ', new.name, new.short_name, new.description,
                                                 behaviour_search_words(new.behaviours))));
    return new;
end $$;

drop trigger organisation_search_text_trg on organisation;
create trigger organisation_search_text_trg
    before insert or update of name, short_name, description, behaviours, search_text on organisation
    for each row execute function organisation_search_text();

-- The organisations' words join the word list that typo tolerance compares a mistyped term with.
create trigger organisation_search_word_insert_trg after insert on organisation
    for each row execute function search_word_collect();
create trigger organisation_search_word_update_trg after update on organisation
    for each row when (new.search_text is distinct from old.search_text) execute function search_word_collect();

-- A group is found by the behaviour words too: its own behaviours, else its organisation's.
create or replace function self_help_group_search() returns trigger language plpgsql as $$
declare
    org_text text;
    org_behaviours varchar[];
    place_text text;
begin
    select concat_ws(' ', o.name, o.short_name), o.behaviours into org_text, org_behaviours
      from organisation o where o.id = new.organisation_id;
    select concat_ws(' ', l.name, l.address, l.postcode, l.city, l.region) into place_text
      from location l where l.id = new.location_id;
    new.search_vector :=
        setweight(to_tsvector('dutch', unaccent(coalesce(new.name, ''))), 'A') ||
        setweight(to_tsvector('dutch', unaccent(coalesce(org_text, ''))), 'A') ||
        setweight(to_tsvector('simple', unaccent(coalesce(place_text, ''))), 'B') ||
        setweight(to_tsvector('dutch', unaccent(behaviour_search_words(
            case when cardinality(new.behaviours) > 0 then new.behaviours else org_behaviours end))), 'C') ||
        setweight(to_tsvector('dutch', unaccent(concat_ws(' ', new.notes, new.medication_note))), 'C');
    new.search_text := lower(unaccent(concat_ws(' ', new.name, org_text, place_text)));
    return new;
end $$;

update organisation set search_text = search_text;
update self_help_group set search_text = search_text;
