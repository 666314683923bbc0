#!/usr/bin/env bash
# Benchmark of the public meeting search (issue: sociale kaart). Not a timed test.
#
#   bash scripts/bench-search.sh                 # 10,000 fictional groups (~50,000 meetings), 30 s per run
#   BENCH_GROUPS=2000 BENCH_DURATION=10s bash scripts/bench-search.sh
#   BENCH_JAR=/elsewhere/quarkus-run.jar BENCH_DB=zelfhulpwijzer_bench_old bash scripts/bench-search.sh   # another build
#
# 1. Makes a separate database (default zelfhulpwijzer_bench; never the real one) and starts the packaged backend on
#    its own port with demo mode on (ZHW_DEMO_DATA_GROUPS), so it generates the fictional 'voorbeeldgegevens'.
# 2. Captures the SQL: with statement logging on for that database only, every path of the mix
#    (scripts/bench/search-mix.txt: text, filters, distance, text + filter + distance) is requested once, and the
#    statements the backend ran for it, with their parameter values, become one pgbench script per request
#    (scripts/bench/capture-sql.py); their plans with EXPLAIN (ANALYZE, BUFFERS) go to .local/bench/explain.txt.
#    Logging is then switched off and the backend restarted.
# Each backend is first loaded until its JIT has settled (see warm_up), then:
# 3. wrk, with the server's answer cache off (ZHW_SERVER_CACHE_BYTES=0), so every request does the search work: the
#    mix flat out (throughput, and the CPU time per request of the backend and of PostgreSQL), then paced at about
#    200 requests/s (latency p50/p99), and at the lower rates of BENCH_RATES (default "50 100 150"; empty: none);
#    then each path alone, one request at a time (BENCH_AT_REST times, default 20; 0: none), median and slowest.
#    Between the flat run and the paced ones, the API and pgbench (step 5) take turns for 10 s each, BENCH_RATIO_PAIRS
#    times (default 3; 0: none): the API's share of the SQL's throughput from runs minutes apart moves with the machine.
#    Scheduled jobs are off in these backends, so the SQL captured is the search's.
# 4. wrk, paced, with the answer cache on (as in production): the same mix, and the mix with every search near a
#    point made from the user's own position (BENCH_NEAR_ME), so those are never answered from memory.
# 5. pgbench: the captured SQL straight on the same database, one transaction = the SQL of one request, same
#    concurrency. So "API / SQL" (cache off) is what the Java side costs on top of the very same database work.
# BENCH_SPLIT_CORES=1 (a machine with 2 cores or more): PostgreSQL on core 0, the backend, wrk and pgbench on core 1,
#    as with the database on a host of its own. Without it, all of them share every core, and the CPU the backend and
#    wrk need on top of the database's lowers the API's throughput against pgbench's by that much.
# Needs: wrk, pgbench (postgresql-contrib / postgresql-client), jstat (the JDK), a running PostgreSQL on $PG_PORT (superuser access
# through its socket, as scripts/postgres.sh sets up). No Keycloak: searches are anonymous, and the backend starts
# without its identity provider (its address points at a closed port).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/bench/common.sh"

BENCH_DB="${BENCH_DB:-zelfhulpwijzer_bench}"
BENCH_PORT="${BENCH_PORT:-8093}"
BENCH_GROUPS="${BENCH_GROUPS:-10000}"
BENCH_DURATION="${BENCH_DURATION:-30s}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-8}"
BENCH_PG_SOCKET="${BENCH_PG_SOCKET:-$PG_SOCKET}"
BENCH_PG_LOG="${BENCH_PG_LOG:-$PG_HOME/postgres.log}"
DB_USER="${ZHW_DB_USER:-zelfhulpwijzer}"
export PGPASSWORD="${ZHW_DB_PASSWORD:-zelfhulpwijzer}"
OUT="$LOCAL/bench"
MIX="$ROOT/scripts/bench/search-mix.txt"
mkdir -p "$OUT"

command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || apt_install postgresql-contrib

psql_app() { psql -h localhost -p "$PG_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_super() { runuser -u postgres -- psql -h "$BENCH_PG_SOCKET" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

log "Database $BENCH_DB"
if ! psql_app -d "$BENCH_DB" -c "select 1" >/dev/null 2>&1; then
  psql_super -d postgres -c "create database $BENCH_DB owner $DB_USER"
fi

# BENCH_JAR: another build to measure (an older commit, say, on its own BENCH_DB), else this checkout's.
JAR="${BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/backend/src/main" -newer "$JAR" -type f | head -n 1)" ]; }; then
  backend_build   # as run.sh builds it, with the AppCDS archive that backend_jvm_flags then uses
fi
# The production JVM settings (backend_launch in scripts/backend.sh), so the resident memory reported is the
# production one; BENCH_JAVA_OPTS replaces the flags to compare others.
JVM_FLAGS="${BENCH_JAVA_OPTS:-$(backend_jvm_flags "$(dirname "$JAR")")}"

require_free_port "$BENCH_PORT"
BACKEND_PID=""
start_backend() {   # [cache bytes]: the server's answer cache; 0 = off
  BACKEND_JAVA_OPTS="$JVM_FLAGS" backend_launch "$(dirname "$JAR")" "$OUT/backend.log" ZHW_SERVER_CACHE_BYTES="${1:-0}" \
    ZHW_WEBHOOK_DISPATCH_EVERY=off ZHW_HTTP_PORT="$BENCH_PORT" ZHW_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$BENCH_DB" \
    ZHW_DEMO_DATA_GROUPS="$BENCH_GROUPS" ZHW_OIDC_URL="http://localhost:$((BENCH_PORT + 9))/realms/zelfhulpwijzer"
  wait_for_url "http://localhost:$BENCH_PORT/q/health/ready" 300 || { tail -n 40 "$OUT/backend.log"; exit 1; }
  pin 2 "$BACKEND_PID"
}
stop_backend() { [ -z "$BACKEND_PID" ] || { kill "$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true; }; }
stop_logging() { psql_super -d postgres -c "alter database $BENCH_DB reset log_min_duration_statement" 2>/dev/null || true; }
# taskset -a -p: every thread of the process; processes and threads started later inherit it (new connections fork
# from the postmaster)
pin() { [ -z "${BENCH_SPLIT_CORES:-}" ] || for p in "${@:2}"; do taskset -a -p "$1" "$p" >/dev/null; done; }
unpin_db() { [ -z "${BENCH_SPLIT_CORES:-}" ] || pin "$(printf '%x' $(( (1 << $(nproc)) - 1 )))" $(bench_db_pids); }
trap 'stop_logging; stop_backend; unpin_db' EXIT
RUN=()
if [ -n "${BENCH_SPLIT_CORES:-}" ]; then
  command -v taskset >/dev/null || apt_install util-linux
  pin 1 $(bench_db_pids)
  RUN=(taskset -c 1)
fi

mapfile -t PATHS < <(grep -v '^#' "$MIX" | grep .)

log "Capturing the SQL of each request (statement logging on for $BENCH_DB only)"
psql_super -d postgres -c "alter database $BENCH_DB set log_min_duration_statement = 0"
: >"$OUT/backend.log"
log "Backend on port $BENCH_PORT with $BENCH_GROUPS fictional groups"
start_backend
# vacuum as autovacuum would in time: index-only scans need the visibility map of freshly written rows
psql_app -d "$BENCH_DB" -c "vacuum analyze meeting, self_help_group, location, organisation"
echo "groups: $(psql_app -d "$BENCH_DB" -c "select count(*) from self_help_group where demo")," \
     "meetings: $(psql_app -d "$BENCH_DB" -c "select count(*) from meeting m join self_help_group g on g.id = m.group_id where g.demo")"
for p in "${PATHS[@]}"; do curl -fsS -o /dev/null "http://localhost:$BENCH_PORT$p"; done   # first use: caches, plans
START=$(stat -c %s "$BENCH_PG_LOG")
for i in "${!PATHS[@]}"; do
  psql_app -d "$BENCH_DB" -c "select 'bench-request-$((i + 1))'" >/dev/null
  curl -fsS -o "$OUT/answer$((i + 1)).json" "http://localhost:$BENCH_PORT${PATHS[$i]}"
done
sleep 1
tail -c +"$((START + 1))" "$BENCH_PG_LOG" >"$OUT/statements.log"
rm -f "$OUT"/q*.sql
python3 "$ROOT/scripts/bench/capture-sql.py" "$OUT/statements.log" "$OUT"
stop_logging
stop_backend
for f in "$OUT"/q*.sql; do psql_app -d "$BENCH_DB" -f "$f" >/dev/null; done   # the captured SQL runs as it is
# Where the database's time goes: the plan of every captured statement, with its timing and buffers.
for f in "$OUT"/q*.sql; do
  echo "== $f"
  sed -E 's/^(select|with) /explain (analyze, buffers) \1 /' "$f" | psql_app -d "$BENCH_DB"
done >"$OUT/explain.txt"

bench_search_mix "$OUT/mix.lua"

log "Backend restarted without statement logging, answer cache off"
start_backend 0

# The JIT compiles for a minute or more under this load (measured: Java's CPU per request fell by two thirds between
# the first and the fourth 20 s of load), so each backend is loaded until the JIT has settled, as a server that has
# been running for a while: 10 s rounds of the mix (near-me positions too, so every path is taken) until compile
# time grows by less than 0.3 s in a round, at most 3 minutes.
# BENCH_WARMUP_ROUNDS caps the rounds (scripts/bench-all.sh --short uses 3).
compile_seconds() { jstat -compiler "$BACKEND_PID" | awk 'NR == 2 { print $4 }'; }
warm_up() {
  local before after round
  for round in $(seq 1 "${BENCH_WARMUP_ROUNDS:-18}"); do
    before=$(compile_seconds)
    BENCH_NEAR_ME=1 "${RUN[@]}" wrk -t2 -c"$BENCH_CONNECTIONS" -d10s -s "$OUT/mix.lua" "http://localhost:$BENCH_PORT" >/dev/null
    after=$(compile_seconds)
    if awk -v a="$after" -v b="$before" 'BEGIN { exit !(a - b < 0.3) }'; then break; fi
  done
  echo "warm after $((round * 10)) s of load (JIT compile time $after s)"
}

log "Warm-up"
warm_up

# The mix flat out through the API for $1 (wrk, $BENCH_CONNECTIONS connections), wrk's output in $OUT/$2: its RESULT line.
api_flat() {
  "${RUN[@]}" wrk -t2 -c"$BENCH_CONNECTIONS" -d"$1" --latency -s "$OUT/mix.lua" "http://localhost:$BENCH_PORT" >"$OUT/$2"
  grep RESULT "$OUT/$2"
}
# The captured SQL straight on the database for $1 seconds, as many clients (pgbench; its options after): its output.
sql_flat() {
  "${RUN[@]}" pgbench -h localhost -p "$PG_PORT" -U "$DB_USER" -n -c "$BENCH_CONNECTIONS" -j 2 -T "$1" "${@:2}" \
    $(for f in "$OUT"/q*.sql; do printf -- "-f %s " "$f"; done) "$BENCH_DB"
}

log "wrk, flat out ($BENCH_DURATION, $BENCH_CONNECTIONS connections)"
APP_TICKS=$(bench_cpu_ticks "$BACKEND_PID"); DB_TICKS=$(bench_cpu_ticks $(bench_db_pids))
API=$(api_flat "$BENCH_DURATION" wrk.txt)
APP_TICKS=$(( $(bench_cpu_ticks "$BACKEND_PID") - APP_TICKS )); DB_TICKS=$(( $(bench_cpu_ticks $(bench_db_pids)) - DB_TICKS ))
cat "$OUT/wrk.txt"
# CPU ms per request of the backend and of PostgreSQL in that run: what each side costs, whatever else the machine runs
read -r APP_CPU_MS DB_CPU_MS < <(awk -v a="$APP_TICKS" -v d="$DB_TICKS" -v n="$(bench_field "$API" requests)" \
  -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f %.2f\n", 1000 * a / hz / n, 1000 * d / hz / n }')
LOAD_FLAT=$(cut -d' ' -f1-3 /proc/loadavg)

# The API's share of the SQL's throughput from runs that take turns, 10 s each (BENCH_RATIO_PAIRS pairs, default 3;
# 0: none): this machine's speed moves by a quarter within minutes, so the flat run above and pgbench's run at the end,
# minutes apart, compare the machine's moments as much as the two. The median of the pairs is the figure to go by.
RATIOS=()
for pair in $(seq 1 "${BENCH_RATIO_PAIRS:-3}"); do
  log "Taking turns, pair $pair: the API, then the SQL (10 s each)"
  PAIR_RPS=$(bench_field "$(api_flat 10s wrk-pair.txt)" rps)
  PAIR_TPS=$(sql_flat 10 | awk '/^tps/ { print $3; exit }')
  RATIOS+=("$(awk -v a="$PAIR_RPS" -v s="$PAIR_TPS" 'BEGIN { printf "%.0f", 100 * a / s }')")
  echo "API $PAIR_RPS req/s, SQL $PAIR_TPS tps: ${RATIOS[-1]} %"
done
RATIO_LIST=$(printf '%s %%\n' "${RATIOS[@]}" | paste -sd, | sed 's/,/, /g')
RATIO_MEDIAN=$(printf '%s\n' "${RATIOS[@]}" | sort -n | awk 'NF { r[++n] = $1 } END { if (n) print r[int((n + 1) / 2)] }')

# Many users with think time: 100 connections, each waiting 500 ms between its requests, give 200 requests/s minus
# what the answers take (the achieved rate is reported).
paced() {   # name, requests/s asked, extra environment
  local delay=$((100 * 1000 / $2))
  log "wrk, paced at about $2 requests/s (100 connections, $delay ms between requests per connection): $1" >&2
  env BENCH_OPENING=50 BENCH_DELAY_MS="$delay" "${@:3}" "${RUN[@]}" wrk -t2 -c100 -d"$BENCH_DURATION" --latency -s "$OUT/mix.lua" \
    "http://localhost:$BENCH_PORT" | tee "$OUT/wrk-$1.txt" >&2
  grep RESULT "$OUT/wrk-$1.txt"
}
PACED=$(paced paced 200)
# The same at lower rates (BENCH_RATES, requests/s asked): up to which rate p99 <= 25 ms holds on this machine, so the
# goal at 200 requests/s can be read as the cores it needs.
RATES=() RATE_RESULTS=() RATE_REPORT=""
for rate in ${BENCH_RATES-50 100 150}; do
  RATES+=("$rate"); RATE_RESULTS+=("$(paced "paced-$rate" "$rate")")
  RATE_REPORT+=$'\n'"  API, answer cache off  (wrk, paced ~$rate/s):   ${RATE_RESULTS[-1]}"
done
# Each path of the mix alone, one request at a time (BENCH_AT_REST requests each, default 20; 0: none): its time without
# any queue, below which no rate brings its p99. The slowest path shows which one makes the p99 of the mix.
at_rest() {   # path → "median slowest path", in ms over $AT_REST requests
  for _ in $(seq "$AT_REST"); do curl -fsS -o /dev/null -w '%{time_total}\n' "http://localhost:$BENCH_PORT$1"; done |
    sort -n | awk -v p="$1" '{ t[NR] = 1000 * $1 } END { printf "%6.1f %6.1f  %s", t[int((NR + 1) / 2)], t[NR], p }'
}
AT_REST=${BENCH_AT_REST:-20} AT_REST_REPORT=""
if [ "$AT_REST" -gt 0 ]; then
  log "Each path alone, one request at a time, $AT_REST times"
  for p in "${PATHS[@]}"; do AT_REST_REPORT+=$'\n'"    $(at_rest "$p")"; done
fi

log "Backend restarted with the answer cache on (as in production)"
stop_backend
start_backend $((32 * 1024 * 1024))
warm_up
PACED_KEPT=$(paced paced-kept 200)
PACED_NEAR_ME=$(paced paced-kept-near-me 200 BENCH_NEAR_ME=1)
RSS_MB=$(( $(awk '/VmRSS/ { print $2 }' "/proc/$BACKEND_PID/status") / 1024 ))

log "pgbench, the captured SQL ($BENCH_DURATION, $BENCH_CONNECTIONS clients)"
SECS="${BENCH_DURATION%s}"
sql_flat "$SECS" -r -l --log-prefix="$OUT/pglog" | tee "$OUT/pgbench.txt"
SQL_TPS=$(grep -E "^tps" "$OUT/pgbench.txt" | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')
# Latency percentiles from the per-transaction log (3rd column: microseconds).
read -r SQL_P50 SQL_P99 < <(cat "$OUT"/pglog.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
  printf "%.2f %.2f\n", a[int(NR*0.50)]/1000, a[int(NR*0.99)]/1000 }')
rm -f "$OUT"/pglog.*

API_RPS=$(echo "$API" | sed -E 's/.*rps=([0-9.]+).*/\1/')
cat <<REPORT | tee "$OUT/report.txt"

Search benchmark ($(date -u +%FT%TZ), $(nproc) cores${BENCH_SPLIT_CORES:+ split: PostgreSQL on core 0, backend, wrk and pgbench on core 1}, $BENCH_GROUPS groups)
  API, answer cache off  (wrk, $BENCH_CONNECTIONS conn):   $API
    CPU per request: backend $APP_CPU_MS ms, PostgreSQL $DB_CPU_MS ms (load average after it: $LOAD_FLAT)
  API, answer cache off  (wrk, paced ~200/s):   $PACED$RATE_REPORT${AT_REST_REPORT:+
  API, answer cache off, each path alone ($AT_REST requests, one at a time; median and slowest in ms):$AT_REST_REPORT}
  API, answer cache on   (wrk, paced ~200/s):   $PACED_KEPT
  API, answer cache on, near me from the user's own position (wrk, paced ~200/s):   $PACED_NEAR_ME
  SQL  (pgbench, $BENCH_CONNECTIONS clients): tps=$SQL_TPS p50=${SQL_P50} p99=${SQL_P99} (ms)
  ratio API (cache off) / SQL throughput: $(awk -v a="$API_RPS" -v s="$SQL_TPS" 'BEGIN { printf "%.0f %%", 100 * a / s }')${RATIO_MEDIAN:+
    taking turns, 10 s each: $RATIO_LIST (median $RATIO_MEDIAN %)}
  backend RSS after the paced runs: $RSS_MB MB ($JVM_FLAGS)
Files in $OUT
REPORT
bench_result search sql "rps=$SQL_TPS p50=$SQL_P50 p99=$SQL_P99" "clients=$BENCH_CONNECTIONS"
bench_result search api-cache-off-flat "$API" baseline=sql "groups=$BENCH_GROUPS" "app_cpu_ms=$APP_CPU_MS" \
  "db_cpu_ms=$DB_CPU_MS" ${RATIO_MEDIAN:+"share_of_sql_taking_turns=$RATIO_MEDIAN%"} "goal=rps>=90%_of_sql"
bench_result search api-cache-off-paced "$PACED" baseline=sql "goal=p99<=25ms_at_200/s"
for i in "${!RATES[@]}"; do
  bench_result search "api-cache-off-paced-${RATES[$i]}" "${RATE_RESULTS[$i]}" baseline=sql
done
bench_result search api-cache-on-paced "$PACED_KEPT" baseline=sql
bench_result search api-cache-on-near-me-paced "$PACED_NEAR_ME" baseline=sql "rss_mb=$RSS_MB" "goal=rss<=300MB"
