-- wrk script of scripts/bench-search.sh; the list `paths` is put in front of it from search-mix.txt.
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
-- Paced run: every connection waits (BENCH_DELAY_MS) before its next request.
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pace > 0 then delay = function() return pace end end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
