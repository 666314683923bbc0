-- Search performance (issue 16): a weekly meeting in the Dutch and Belgian time zones starts next at
-- (week_minute - now) mod one week, so this index, read from now's minute of the week to the end of the week and then
-- from its start, gives the open listed meetings in the order of their next start (ties by id) without working it out
-- and sorting it for every hit. A text search by a common word reads the meetings of its best ranked groups from it
-- only as far as the page goes (MeetingSearchSql.rankedPageQuery); the group is included for that test.
create index meeting_next_start_idx on meeting (week_minute, id) include (group_id)
    where listed and not temporarily_closed and frequency = 'WEEKLY'
      and time_zone in ('Europe/Amsterdam', 'Europe/Brussels');
