-- Scheduled jobs that run once per period across all backend instances (common/jobs/JobLeases): a job may start
-- when its row's next_run_at has passed; the one statement that moves next_run_at on is the claim, so of N
-- instances asking at the same moment exactly one gets it.
create table job_lease (
    name        text        primary key,
    next_run_at timestamptz not null,
    holder      text        not null,
    claimed_at  timestamptz not null
);

-- Request counters per bucket and time window, shared by all instances (common/ratelimit/RateLimiter). Buckets hold
-- hashes (of a token, of a client address), never the address itself; old windows are removed by a job.
create table rate_window (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);
create index rate_window_start on rate_window (window_start);
