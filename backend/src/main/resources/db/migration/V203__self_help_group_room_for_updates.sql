-- Search performance (issue 16): V201's triggers update a group's row (about 1 KB) whenever its meetings change. With
-- every page full, such an update wrote the new row to another page: after the 50,000 meetings of the benchmark's
-- 10,000 demo groups, the table had 7,952 pages instead of 1,363, a page and a half per live group, and a text search
-- read three times the pages for its hits (scripts/bench-search.sh). A quarter of each page is now kept free, so the
-- new row stays on its page (a HOT update: no index entry, and the old row is reclaimed on that page).
alter table self_help_group set (fillfactor = 75);

-- Rewrites the table once, compact and with that free space (the setting applies to pages written from now on).
cluster self_help_group using self_help_group_pkey;
analyze self_help_group;
