-- Search performance (issue 4): a text search finds its groups first, then their meetings through the group index
-- (thousands for a common word). That index now carries every column the search reads, so those meetings come
-- from the index alone.
drop index meeting_group_idx;
create index meeting_group_idx on meeting (group_id)
    include (id, listed, temporarily_closed, frequency, day_of_week, week_of_month, week_minute, start_time, time_zone,
             location_id);
