#!/usr/bin/env bash
# Benchmark of the FHIR door (issue 14). Not a timed test.
#
#   bash scripts/bench-fhir.sh                               # 10,000 fictional groups, 10 s per run
#   BENCH_GROUPS=2000 BENCH_DURATION=5s bash scripts/bench-fhir.sh
#   BENCH_JAR=/path/quarkus-run.jar bash scripts/bench-fhir.sh   # another build (a before/after pair), not rebuilt
#   BENCH_RESTFUL=1 bash scripts/bench-fhir.sh               # also HAPI's RestfulServer (Maven profile bench-restful)
#
# Starts the packaged backend on its own database (default zelfhulpwijzer_bench_fhir) in demo mode, so it makes the
# fictional 'voorbeeldgegevens' (as scripts/bench-search.sh does), warms it up, then measures with wrk in one run:
#   FHIR  HealthcareService?name=<prefix>&_count=20      JSON  /api/v1/meetings?q=<prefix> (the same groups' search)
#   FHIR  Location?near=<Utrecht>|10|km                   JSON  /api/v1/meetings?lat=..&lon=..&radius_km=10
# each flat out, beside the baseline GET /q/health/live in the same run (each figure also as a ratio to it), with the
# backend's RSS after the runs, and per case the CPU time per request of the backend and of PostgreSQL (from /proc,
# so it holds on a busy machine) and the load average. Goals: >= 1,000 requests/s, p99 <= 50 ms, RSS <= 300 MB.
# Two modes (BENCH_MODES, default both), each a fresh backend with the production JVM settings (scripts/backend.sh):
#   uncached  the server's answer cache off (ZHW_SERVER_CACHE_BYTES=0): every request is searched and encoded
#   cached    the cache on (default size): the goal's scenario, the same queries after the warm-up, answered from the
#             answers the server keeps per query, minute and directory version (JSON search and FHIR alike)
# Case names in the RESULT lines carry the mode (fhir-name-cached ...).
# BENCH_RESTFUL=1 builds and runs the bench-restful jar instead (target/bench-restful; never the production build):
# HAPI's RestfulServer at /hapi-fhir serves the same two FHIR searches through the same FhirDirectory, measured as
# hapi-name and hapi-near beside fhir-name and fhir-near in the same process and run (issue 14's serving choice).
# Needs wrk and a running PostgreSQL on $PG_PORT as scripts/postgres.sh sets up.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/bench/common.sh"

BENCH_DB="${BENCH_DB:-zelfhulpwijzer_bench_fhir}"
BENCH_PORT="${BENCH_PORT:-8094}"
BENCH_RESTFUL="${BENCH_RESTFUL:-0}"
BENCH_MODES="${BENCH_MODES:-uncached cached}"
BENCH_GROUPS="${BENCH_GROUPS:-10000}"
BENCH_DURATION="${BENCH_DURATION:-10s}"
BENCH_WARMUP="${BENCH_WARMUP:-10s}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-8}"
DB_USER="${ZHW_DB_USER:-zelfhulpwijzer}"
OUT="$LOCAL/bench-fhir"
GET="$ROOT/scripts/bench/get.lua"
mkdir -p "$OUT"
command -v wrk >/dev/null || apt_install wrk

pg_ensure_database "$BENCH_DB"
BUILD_DIR="$ROOT/backend/target"
PROFILE=()
if [ "$BENCH_RESTFUL" = 1 ]; then
  BUILD_DIR="$ROOT/backend/target/bench-restful"
  PROFILE=(-Pbench-restful)
fi
JAR="${BENCH_JAR:-$BUILD_DIR/quarkus-app/quarkus-run.jar}"
if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/backend/src/main" "$ROOT/backend/src/bench" \
    "$ROOT/backend/pom.xml" -newer "$JAR" -type f | head -n 1)" ]; }; then
  if [ ${#PROFILE[@]} -eq 0 ]; then
    backend_build   # as run.sh builds it, with the class-data archive that backend_jvm_flags then uses
  else
    log "Building the backend ${PROFILE[*]}"
    (cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests "${PROFILE[@]}" package)
  fi
fi

BASE="http://localhost:$BENCH_PORT"
# a prefix that the demo names share with many groups, and a point with demo places around it (Utrecht)
declare -A PATHS=(
  [baseline]="/q/health/live"
  [fhir-name]="/fhir/HealthcareService?name=Voorbeeld:%20AA&_count=20"
  [json-name]="/api/v1/meetings?q=AA&size=20"
  [fhir-near]="/fhir/Location?near=52.09%7C5.12%7C10%7Ckm&_count=20"
  [json-near]="/api/v1/meetings?lat=52.09&lon=5.12&radius_km=10&size=20"
  [hapi-name]="/hapi-fhir/HealthcareService?name=Voorbeeld:%20AA&_count=20"
  [hapi-near]="/hapi-fhir/Location?near=52.09%7C5.12%7C10%7Ckm&_count=20"
)
CASES=(fhir-name json-name fhir-near json-near)
[ "$BENCH_RESTFUL" = 1 ] && CASES=(fhir-name hapi-name json-name fhir-near hapi-near json-near)
# the production JVM settings (backend_launch in scripts/backend.sh, as run.sh; the Dockerfile has the same), so the
# RSS figure is the one production would have
JAVA_OPTS="${BENCH_JAVA_OPTS:-$(backend_jvm_flags "$(dirname "$JAR")")}"
HZ=$(getconf CLK_TCK)
field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$2"; }
# PostgreSQL's CPU: its live processes (the backend's pooled connections among them) and, through the postmaster's
# own count of its ended children, those that ended, so the figure only grows. Read through cat: a process that
# ends between the listing and the read must not stop awk (which would end the script)
PG_PID=$(head -n 1 "$PG_DATA/postmaster.pid")
pg_ticks() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pg="$PG_PID" '$1 == pg { t += $14 + $15 + $16 + $17 } $4 == pg { t += $14 + $15 }
    END { print t + 0 }'
}
BACKEND_PID=""
stop_backend() {
  [ -z "$BACKEND_PID" ] || { kill "$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true; }
  BACKEND_PID=""
}
trap stop_backend EXIT
: >"$OUT/report.txt"
declare -A RESULTS=() CPU_MS=() PG_MS=() LOADS=() RSS=()

for mode in $BENCH_MODES; do
  case "$mode" in
    uncached) cache_bytes=0 ;;
    cached) cache_bytes="${BENCH_CACHE_BYTES:-33554432}" ;;
    *) echo "Unknown mode $mode (uncached, cached)" >&2; exit 1 ;;
  esac
  require_free_port "$BENCH_PORT"
  log "Backend ($mode, ZHW_SERVER_CACHE_BYTES=$cache_bytes) on port $BENCH_PORT with $BENCH_GROUPS fictional groups"
  : >"$OUT/backend-$mode.log"
  BACKEND_JAVA_OPTS="$JAVA_OPTS" backend_launch "$(dirname "$JAR")" "$OUT/backend-$mode.log" \
    ZHW_SERVER_CACHE_BYTES="$cache_bytes" ZHW_HTTP_PORT="$BENCH_PORT" \
    ZHW_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$BENCH_DB" ZHW_DEMO_DATA_GROUPS="$BENCH_GROUPS"
  wait_for_url "$BASE/q/health/ready" 600 || { tail -n 40 "$OUT/backend-$mode.log"; exit 1; }
  for name in "${CASES[@]}"; do
    curl -fsS -o "$OUT/$name.json" "$BASE${PATHS[$name]}"
  done
  log "Warm-up ($BENCH_WARMUP each)"
  for name in baseline "${CASES[@]}"; do
    wrk -t2 -c"$BENCH_CONNECTIONS" -d"$BENCH_WARMUP" -s "$GET" "$BASE${PATHS[$name]}" >/dev/null
  done
  for name in baseline "${CASES[@]}"; do
    key="$name-$mode"
    log "wrk $key ($BENCH_DURATION, $BENCH_CONNECTIONS connections)"
    ticks=$(awk '{ print $14 + $15 }' "/proc/$BACKEND_PID/stat"); pticks=$(pg_ticks)
    result=$(wrk -t2 -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" -s "$GET" "$BASE${PATHS[$name]}" | grep '^RESULT')
    n=$(field requests "$result")
    CPU_MS[$key]=$(awk -v t=$(( $(awk '{ print $14 + $15 }' "/proc/$BACKEND_PID/stat") - ticks )) -v hz="$HZ" -v n="$n" \
      'BEGIN { printf "%.3f", (n > 0 ? 1000 * t / hz / n : 0) }')
    PG_MS[$key]=$(awk -v t=$(( $(pg_ticks) - pticks )) -v hz="$HZ" -v n="$n" \
      'BEGIN { printf "%.3f", (n > 0 ? 1000 * t / hz / n : 0) }')
    LOADS[$key]=$(cut -d" " -f1 /proc/loadavg)
    [ "$name" = baseline ] && BASELINE="$result"
    ratio=$(awk -v r="$(field rps "$result")" -v br="$(field rps "$BASELINE")" -v p="$(field p99 "$result")" \
      -v bp="$(field p99 "$BASELINE")" 'BEGIN { printf "throughput x%.3g, p99 x%.3g of baseline", r / br, (bp > 0 ? p / bp : 0) }')
    echo "  $key  ${PATHS[$name]}  $result  cpu_ms/request=${CPU_MS[$key]} pg_cpu_ms/request=${PG_MS[$key]} load=${LOADS[$key]}  ($ratio)" \
      | tee -a "$OUT/report.txt"
    RESULTS[$key]="$result"
  done
  RSS[$mode]=$(( $(awk '/VmRSS/ { print $2 }' "/proc/$BACKEND_PID/status") / 1024 ))
  echo "  backend RSS after the $mode runs: ${RSS[$mode]} MB ($BACKEND_ENV java $JAVA_OPTS)" | tee -a "$OUT/report.txt"
  stop_backend
done
echo "FHIR benchmark $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg), $BENCH_GROUPS groups" | tee -a "$OUT/report.txt"
for mode in $BENCH_MODES; do
  bench_result fhir "health-$mode" "${RESULTS[baseline-$mode]}" "cpu_ms=${CPU_MS[baseline-$mode]}" \
    "pg_cpu_ms=${PG_MS[baseline-$mode]}" "load=${LOADS[baseline-$mode]}"
  for name in "${CASES[@]}"; do
    key="$name-$mode"
    bench_result fhir "$key" "${RESULTS[$key]}" "baseline=health-$mode" "groups=$BENCH_GROUPS" "cpu_ms=${CPU_MS[$key]}" \
      "pg_cpu_ms=${PG_MS[$key]}" "load=${LOADS[$key]}" "goal=rps>=1000,p99<=50ms"
  done
  bench_result fhir "backend-rss-$mode" "" "rss_mb=${RSS[$mode]}" "goal=rss<=300MB"
done
