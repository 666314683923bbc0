#!/usr/bin/env bash
# Benchmark of what the group finder asks the backend (issue 13), not a timed test. Measures, beside the baseline
# GET /q/health/live of the same run, with the server's answer cache off so that every request does its search:
#   meetings-page     GET /api/v1/meetings        one page of 20 meetings (what the list asked before)
#   groups-page       GET /api/v1/meeting-groups  one page of 20 groups with all their matching meetings (the list now)
#   map               GET /api/v1/meeting-map     every hit as one point per group and address (the map now)
# each for today's day (the finder's first view) and for all days. Per case: req/s, p50/p95/p99, the backend's CPU
# time per request (from /proc), the answer's size, and the load average (the machine is shared).
#
#   bash scripts/bench-finder.sh                      # 10,000 fictional groups (~50,000 meetings), 15 s per case
#   BENCH_GROUPS=2000 BENCH_DURATION=5s bash scripts/bench-finder.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/bench/common.sh"

PORT="${BENCH_PORT:-18087}"
NGROUPS="${BENCH_GROUPS:-10000}"
DURATION="${BENCH_DURATION:-15s}"
export BENCH_DELAY_MS="${BENCH_DELAY_MS:-20}"
PG_PORT="${PG_PORT:-5433}"
DB="zelfhulpwijzer_bench_finder_$NGROUPS"

bench_database "$DB"
bench_build
ZHW_DEMO_DATA_GROUPS="$NGROUPS" ZHW_SERVER_CACHE_BYTES=0 bench_start_backend "$PORT" "$DB" "finder-backend.log"
BASE="http://localhost:$PORT"
echo "Groups with meetings: $(psql "postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB" -Atc \
  "select count(distinct group_id) || ' groups, ' || count(*) || ' meetings' from meeting where listed")"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$BENCH_PID/stat"; }
TICK_MS=$((1000 / $(getconf CLK_TCK)))

# case name, path: warms up, then measures; prints the RESULT line.
measure() {
  local name="$1" path="$2" before after line requests bytes
  wrk -t1 -c"${BENCH_CONNECTIONS:-4}" -d5s -s "$ROOT/scripts/bench/get.lua" "$BASE$path" >/dev/null
  bytes=$(curl -fsS "$BASE$path" | wc -c)
  before=$(cpu_ticks)
  line=$(bench_wrk get.lua "$BASE$path" "$DURATION")
  after=$(cpu_ticks)
  requests=$(bench_field "$line" requests)
  local cpu_ms
  cpu_ms=$(awk -v t=$(( (after - before) * TICK_MS )) -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? t / n : 0) }')
  if [ "$name" = health ]; then
    bench_result finder "$name" "$line" "cpu_ms_per_request=$cpu_ms" "bytes=$bytes" "load=$(uptime | sed 's/.*load average: //; s/ //g')"
  else
    bench_result finder "$name" "$line" baseline=health "cpu_ms_per_request=$cpu_ms" "bytes=$bytes" \
      "load=$(uptime | sed 's/.*load average: //; s/ //g')"
  fi
}

DAY=$(date +%u)
log "Measuring ($DURATION per case, pause ${BENCH_DELAY_MS} ms between requests per connection)"
measure health "/q/health/live"
measure "meetings-page-today" "/api/v1/meetings?day=$DAY&size=20"
measure "groups-page-today" "/api/v1/meeting-groups?day=$DAY&size=20"
measure "map-today" "/api/v1/meeting-map?day=$DAY"
measure "meetings-page-all" "/api/v1/meetings?size=20"
measure "groups-page-all" "/api/v1/meeting-groups?size=20"
measure "map-all" "/api/v1/meeting-map"
measure "groups-page-utrecht" "/api/v1/meeting-groups?near=Utrecht&radius_km=25&size=20"
measure "map-utrecht" "/api/v1/meeting-map?near=Utrecht&radius_km=25"
