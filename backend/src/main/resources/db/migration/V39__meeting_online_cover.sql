-- Search performance (issue 4): "online" (a link or a phone number) is the one meeting filter without an index; the
-- search read all 50,000 meetings for it (11 ms). This partial index holds exactly the online meetings with every
-- column the search reads, so it is answered from the index alone.
create index meeting_online_idx on meeting (group_id)
    include (id, listed, temporarily_closed, frequency, day_of_week, week_of_month, week_minute, start_time, time_zone,
             location_id)
    where conference_url is not null or conference_phone is not null;
