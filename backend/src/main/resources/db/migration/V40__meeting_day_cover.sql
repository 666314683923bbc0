-- Search performance (issue 4): "vandaag" (a day, often with a time of day) is the finder's default search. The
-- day index now carries every column the search reads for a meeting, so that search is answered from the index
-- alone instead of visiting thousands of meeting rows.
drop index meeting_day_start_idx;
create index meeting_day_start_idx on meeting (day_of_week, start_time)
    include (id, group_id, location_id, listed, temporarily_closed, frequency, week_of_month, week_minute, time_zone);
