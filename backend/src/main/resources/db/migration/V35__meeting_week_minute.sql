-- Search performance (issue 4): "next meeting first" computed the local time of now per matching row (two time zone
-- conversions each). A weekly meeting's minute of the week (Monday 00:00 = 0) is now stored, so the search only
-- subtracts the minute of the week of now, which the application computes once per time zone.
alter table meeting add column week_minute smallint generated always as (
    cast((day_of_week - 1) * 1440 + extract(hour from start_time) * 60 + extract(minute from start_time) as smallint)
) stored;
