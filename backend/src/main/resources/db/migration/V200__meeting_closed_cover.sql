-- Search performance (issue 16): a text search reads the open meetings of its groups in rank order only as far as
-- the page goes, and the temporarily closed ones (they come last) separately. This index holds exactly the listed
-- closed meetings (about 2 % of them) with every column the search reads, so that part is answered from this small
-- index instead of looking up the meetings of every matching group.
create index meeting_closed_idx on meeting (group_id)
    include (id, temporarily_closed, frequency, day_of_week, week_of_month, week_minute, start_time, time_zone, location_id)
    where listed and temporarily_closed;
