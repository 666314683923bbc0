-- The FHIR door's name search (issue 14): HealthcareService?name=<prefix>&_count=20 is now a range on
-- lower(name) in code point order (collation "C"): lower(name) >= '<prefix>' and < '<prefix, last character + 1>',
-- ordered by the same expression and id (DirectoryHarvest). This index serves both the range and the order, so a
-- page reads its 20 entries and stops (0.2 ms instead of 27 ms for "Voorbeeld: AA" among 10,000 groups), and the
-- total reads the index instead of every group (organisation_id included for its join). V145's text_pattern_ops
-- index served a LIKE prefix but not the order, so every search read and sorted all matching groups, twice.
create index self_help_group_name_c_idx on self_help_group ((lower(name) collate "C"), id) include (organisation_id);
drop index self_help_group_lower_name_idx;
