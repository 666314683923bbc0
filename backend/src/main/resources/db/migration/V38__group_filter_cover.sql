-- Search performance (issue 4): group filters (country, audience, behaviour, accessibility, language, place) are
-- read from a narrow index of the active groups instead of the wide group rows (search vector and text): an
-- index-only scan of 10,000 groups instead of a sequential scan, 8 ms to about 1 ms.
drop index self_help_group_search_country_idx;
create index self_help_group_search_filter_idx on self_help_group (search_country)
    include (id, organisation_id, location_id, audiences, behaviours, accessibility, languages) where status = 'ACTIVE';
