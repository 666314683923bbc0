-- Search performance (issue 16): a weekly meeting in the Dutch and Belgian time zones starts next at
-- (week_minute - now) mod one week, so this index, read from now's minute of the week to the end of the week and then
-- from its start, gives the open listed meetings in the order of their next start (ties by id) without working it out
-- and sorting it for every hit. A text search by a common word reads the meetings of its best ranked groups from it
-- only as far as the page goes (MeetingSearchSql.rankedPageQuery); it holds every column that search reads.
create index meeting_next_start_idx on meeting (week_minute, id)
    include (group_id, temporarily_closed, frequency, day_of_week, week_of_month, start_time, time_zone)
    where listed and not temporarily_closed and frequency = 'WEEKLY'
      and time_zone in ('Europe/Amsterdam', 'Europe/Brussels');

-- The other open listed meetings (monthly, or in another zone: about a tenth), whose next start is worked out per row:
-- that search reads them for all its groups from this small index instead of looking them up group by group.
create index meeting_other_open_idx on meeting (group_id)
    include (id, temporarily_closed, frequency, day_of_week, week_of_month, week_minute, start_time, time_zone, location_id)
    where listed and not temporarily_closed
      and not (frequency = 'WEEKLY' and time_zone in ('Europe/Amsterdam', 'Europe/Brussels'));
