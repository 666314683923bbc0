#!/usr/bin/env bash
# Benchmark of a group sheet as PDF (GET /api/v1/sheets/groups/{slug}?formaat=pdf) under a steady load with wrk,
# beside a baseline measured in the same run (GET /q/health/live). Goal (issue 15): p95 <= 300 ms.
#
# Uses its own database (zelfhulpwijzer_bench_sheets, migrated at start) with fictional demo groups
# (voorbeeldgegevens, made by the directory's own demo generator); the sheets are public, so no token is needed.
#
# Settings: BENCH_PORT (18087), BENCH_GROUPS (200), BENCH_DURATION (20s), BENCH_CONNECTIONS (2), BENCH_DELAY_MS (50),
#           BENCH_JAVA_OPTS (-Xmx1g), PG_PORT (5433), BENCH_PG_SOCKET (socket dir of the running PostgreSQL).
set -euo pipefail
source "$(dirname "$0")/common.sh"

PORT="${BENCH_PORT:-18087}"
GROUPS_N="${BENCH_GROUPS:-200}"
DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-2}"
export BENCH_DELAY_MS="${BENCH_DELAY_MS:-50}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_sheets
DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
BACKEND="$ROOT/backend"
OUT="$LOCAL/bench"
mkdir -p "$OUT"

command -v wrk >/dev/null || apt_install wrk
command -v psql >/dev/null || apt_install postgresql-client

log "Bench database $DB"
if [ -z "$(psql "postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/postgres" -Atc "select 1 from pg_database where datname = '$DB'")" ]; then
  SOCKET="${BENCH_PG_SOCKET:-$(ps -eo args | grep -o -- "-p $PG_PORT -k [^ ]*" | head -n 1 | awk '{print $4}')}"
  [ -n "$SOCKET" ] || { echo "Cannot create $DB: set BENCH_PG_SOCKET or create it as superuser (owner zelfhulpwijzer)" >&2; exit 1; }
  runuser -u postgres -- psql -h "$SOCKET" -p "$PG_PORT" -d postgres -qc "create database $DB owner zelfhulpwijzer"
fi

if [ ! -f "$BACKEND/target/quarkus-app/quarkus-run.jar" ] || [ -n "$(find "$BACKEND/src" "$BACKEND/pom.xml" -newer "$BACKEND/target/quarkus-app/quarkus-run.jar" -type f | head -n 1)" ]; then
  log "Building the backend"
  (cd "$BACKEND" && "$MVNW" -B -q -DskipTests package)
fi

log "Starting the backend on port $PORT (database $DB, $GROUPS_N demo groups)"
ZHW_DEMO_DATA_GROUPS="$GROUPS_N" ZHW_HTTP_PORT="$PORT" ZHW_TEST_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -Dquarkus.profile=test -Dquarkus.log.level=WARN -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" \
  > "$OUT/backend-sheets.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
wait_for_url "http://localhost:$PORT/q/health/ready" 600

SLUG=$(psql "$DB_URL" -Atc "select g.slug from self_help_group g join meeting m on m.group_id = g.id where g.status = 'ACTIVE' order by g.slug limit 1")
SHEET="http://localhost:$PORT/api/v1/sheets/groups/$SLUG?formaat=pdf"
BYTES=$(curl -fsS "$SHEET" | wc -c)
echo "Group sheet of $SLUG: $BYTES bytes of PDF"

log "Warming up (10s each)"
wrk -t1 -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/bench/get.lua" "http://localhost:$PORT/q/health/live" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/bench/get.lua" "$SHEET" >/dev/null

log "Baseline: GET /q/health/live ($DURATION, $CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause)"
BASE=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/scripts/bench/get.lua" "http://localhost:$PORT/q/health/live" | grep '^RESULT')
log "Group sheet PDF ($DURATION, same settings)"
PDF=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/scripts/bench/get.lua" "$SHEET" | grep '^RESULT')

field() { printf '%s' "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
awk -v bp50="$(field "$BASE" p50)" -v bp95="$(field "$BASE" p95)" -v brps="$(field "$BASE" rps)" \
    -v sp50="$(field "$PDF" p50)" -v sp95="$(field "$PDF" p95)" -v srps="$(field "$PDF" rps)" -v serr="$(field "$PDF" errors)" 'BEGIN {
  printf "baseline   p50 %.2f ms  p95 %.2f ms  %.0f req/s\n", bp50, bp95, brps;
  printf "sheet pdf  p50 %.2f ms  p95 %.2f ms  %.0f req/s  (errors %d)\n", sp50, sp95, srps, serr;
  printf "ratio      p50 x%.1f  p95 x%.1f of baseline\n", sp50 / bp50, sp95 / bp95;
  printf "goal       p95 <= 300 ms: %s\n", (sp95 <= 300 ? "met" : "NOT met");
}'
