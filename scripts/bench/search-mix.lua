-- wrk script of scripts/bench-search.sh; the list `paths` is put in front of it from search-mix.txt.
local i = 0
-- The first request of every connection is sent at connect time, all at once: in the paced run that burst would
-- only measure the queue it makes. Those first requests (BENCH_OPENING per thread) go to the liveness check.
local opening = tonumber(os.getenv("BENCH_OPENING") or "0")
-- BENCH_NEAR_ME=1: a search near a point is made from the user's own position (within about 5 km of the point in the
-- mix), so no two are alike and no kept answer can serve them, as with real "near me" searches.
local near_me = os.getenv("BENCH_NEAR_ME") == "1"
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
local function own_position(path)
  local shift = function(value) return string.format("%.4f", tonumber(value) + (math.random() - 0.5) * 0.1) end
  return (path:gsub("(lat=)([%d%.%-]+)", function(k, v) return k .. shift(v) end)
              :gsub("(lon=)([%d%.%-]+)", function(k, v) return k .. shift(v) end))
end
request = function()
  i = i + 1
  if i <= opening then return wrk.format("GET", "/q/health/live") end
  local path = paths[(i % #paths) + 1]
  if near_me then path = own_position(path) end
  return wrk.format("GET", path)
end
-- Paced run: every connection waits on average BENCH_DELAY_MS before its next request, drawn from an exponential
-- distribution, so the connections act as independent users (Poisson arrivals) and do not fire in lockstep.
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pace > 0 then
  delay = function() return math.floor(-math.log(1 - math.random()) * pace) end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.2f p99=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
