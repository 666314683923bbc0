-- Search performance (issue 16): the text hits of a search (text_hits in MeetingSearchSql) read each active group's
-- id, words and count of listed meetings. A common word matches half of all groups, so PostgreSQL read the whole
-- table: every page of rows of about 1 KB, each walked to its words behind twenty other columns. This index holds only
-- what the text hits read, so PostgreSQL answers them from the index alone: an index-only scan of 673 pages (when
-- built) instead of the table's 2,953 for the benchmark's 10,000 demo groups. The typo search `alkoholisten` went
-- from 14 to 10.6 ms of execution (backend/README.md, "The text hits from an index"). A selective word still takes
-- the words' GIN index. The price: a change of the count of listed meetings (V201) now also writes this index (no
-- longer a HOT update); the directory changes rarely.
create index self_help_group_search_cover_idx on self_help_group (status) include (id, listed_meetings, search_vector);
