-- wrk script of scripts/bench-search.sh; the list `paths` is put in front of it from search-mix.txt.
local i = 0
-- The first request of every connection is sent at connect time, all at once: in the paced run that burst would
-- only measure the queue it makes. Those first requests (BENCH_OPENING per thread) go to the liveness check.
local opening = tonumber(os.getenv("BENCH_OPENING") or "0")
request = function()
  i = i + 1
  if i <= opening then return wrk.format("GET", "/q/health/live") end
  return wrk.format("GET", paths[(i % #paths) + 1])
end
-- Paced run: every connection waits on average BENCH_DELAY_MS before its next request, drawn from an exponential
-- distribution, so the connections act as independent users (Poisson arrivals) and do not fire in lockstep.
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pace > 0 then
  math.randomseed(os.time())
  delay = function() return math.floor(-math.log(1 - math.random()) * pace) end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
