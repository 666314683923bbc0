-- The FHIR door's name search (issue 14): HealthcareService?name=<prefix> matches lower(name) like '<prefix>%'.
-- Without an index every search read all groups (a sequential scan, twice: the page and its total). With
-- text_pattern_ops a btree serves a LIKE prefix whatever the database's collation.
create index self_help_group_lower_name_idx on self_help_group (lower(name) text_pattern_ops);
