#!/usr/bin/env bash
# Database fault (issue 16): PostgreSQL stops for a while under steady load; the backend must answer 503
# problem+json quickly (no hanging request, no 500), say "not ready", recover by itself when PostgreSQL is back,
# and every write it confirmed (201) must be in the database afterwards. Exit 0 only when all of that holds.
#
#   PG_PORT=5448 bash scripts/fault-db.sh            # FAULT_DOWN_SECONDS=10, FAULT_PORT=8094
#
# Uses its own database (zelfhulpwijzer_fault, emptied and migrated at start) with fictional demo groups, the packaged
# backend on its own port with the test profile's token settings like the benchmarks (no Keycloak needed: the load is
# the public "meld onjuiste informatie" write and public group reads), and stops and starts the PostgreSQL of
# scripts/postgres.sh (PG_PORT) — so run it on a PostgreSQL of your own.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"

FAULT_DB="${FAULT_DB:-zelfhulpwijzer_fault}"
FAULT_PORT="${FAULT_PORT:-8094}"
DOWN_SECONDS="${FAULT_DOWN_SECONDS:-10}"
# A request while PostgreSQL is down may take the connection wait (3 s) plus the connect wait (3 s), not more.
MAX_MILLIS_WHILE_DOWN="${FAULT_MAX_MILLIS:-8000}"
BASE="http://localhost:$FAULT_PORT"
OUT="$LOCAL/fault-db"
EVENTS="$OUT/events.log"
STOP="$OUT/stop"
mkdir -p "$OUT"; rm -f "$STOP"; : >"$EVENTS"

pg_start >/dev/null
[ -f "$BACKEND_APP/quarkus-run.jar" ] || backend_build
pg_ensure_database "$FAULT_DB"
require_free_port "$FAULT_PORT"

now() { date +%s%3N; }
note() { echo "$(now) $*" >>"$EVENTS"; }

log "Backend on port $FAULT_PORT (database $FAULT_DB)"
: >"$OUT/backend.log"
backend_launch "$BACKEND_APP" "$OUT/backend.log" ZHW_HTTP_PORT="$FAULT_PORT" \
  ZHW_TEST_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$FAULT_DB" ZHW_DEMO_DATA_GROUPS=200 \
  DIRECTORY_REPORTS_PER_ADDRESS_PER_TEN_MINUTES=1000000 -Dquarkus.profile=test
LOADS=()
cleanup() {
  touch "$STOP"; for pid in "${LOADS[@]}"; do wait "$pid" 2>/dev/null || true; done
  kill "$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true
  pg_start >/dev/null   # never leave PostgreSQL stopped
}
trap cleanup EXIT
wait_for_url "$BASE/q/health/ready" 300 || { tail -n 40 "$OUT/backend.log"; exit 1; }
mapfile -t SLUGS < <(psql -h localhost -p "$PG_PORT" -U zelfhulpwijzer -d "$FAULT_DB" -qAt \
  -c "select slug from self_help_group where status = 'ACTIVE' order by slug limit 200")
[ ${#SLUGS[@]} -gt 0 ] || { echo "no groups in $FAULT_DB" >&2; exit 1; }

# One line per request: start-ms duration-ms kind status content-type [id of a stored report]
request() {
  local kind="$1"; shift
  local start body result status type id=""
  start=$(now); body="$OUT/$kind.body"; : >"$body"
  result=$(curl -s -m 30 -o "$body" -w '%{http_code} %{content_type}' "$@") || true
  status="${result%% *}"; type="${result#* }"; type="${type%%;*}"
  [ "$status" = 201 ] && id=$(jq -r .id "$body" 2>/dev/null || echo "?")
  echo "$start $(( $(now) - start )) $kind ${status:-000} ${type:-none} $id" >>"$EVENTS"
}
write_load() {
  local i=0
  while [ ! -f "$STOP" ]; do
    # 50 open reports per group at most (a rule of the directory): spread over the groups
    request write -H 'Content-Type: application/json' -d '{"reason":"OTHER","message":"Storingstest"}' \
      "$BASE/api/v1/groups/${SLUGS[$((i % ${#SLUGS[@]}))]}/reports"
    i=$((i + 1)); sleep 0.1
  done
}
read_load() {
  local i=0
  while [ ! -f "$STOP" ]; do
    request read "$BASE/api/v1/groups/${SLUGS[$((i % ${#SLUGS[@]}))]}"
    i=$((i + 1)); sleep 0.1
  done
}
ready_probe() {
  while [ ! -f "$STOP" ]; do request ready "$BASE/q/health/ready"; sleep 0.5; done
}

log "Steady load: writes, reads, readiness probe"
write_load & LOADS+=($!)
read_load & LOADS+=($!)
ready_probe & LOADS+=($!)
sleep 5
log "PostgreSQL stops for $DOWN_SECONDS s"
note MARK down; pg_stop
sleep "$DOWN_SECONDS"
pg_start >/dev/null; note MARK up
log "PostgreSQL is back; waiting for the backend to recover by itself"
sleep 15
touch "$STOP"; for pid in "${LOADS[@]}"; do wait "$pid" 2>/dev/null || true; done; LOADS=()

IDS=$(awk '$3 == "write" && $4 == 201 { printf "%s%s", sep, $6; sep = "," }' "$EVENTS")
PRESENT=0
[ -n "$IDS" ] && PRESENT=$(psql -h localhost -p "$PG_PORT" -U zelfhulpwijzer -d "$FAULT_DB" -qAt \
  -c "select count(*) from directory_report where id in ($IDS)")

log "Report"
awk -v present="$PRESENT" -v bound="$MAX_MILLIS_WHILE_DOWN" '
  NR == FNR { if ($2 == "MARK") { if ($3 == "down") down = $1; else up = $1 }; next }   # first pass: the marks
  $2 == "MARK" { next }
  { start = $1; ms = $2; kind = $3; status = $4; type = $5
    phase = start < down ? "before" : (start < up ? "down" : "after")
    count[phase " " kind " " status]++
    if (status + 0 == 0 || (status >= 500 && status != 503)) bad = bad "\n  " kind " " status " at " start
    if (status == 503 && kind != "ready" && type != "application/problem+json") bad = bad "\n  503 without problem+json: " type
    if (phase == "down") { if (ms > maxdown) maxdown = ms; if (kind != "ready" && status == 503 && !first503) first503 = start }
    if (phase == "down" && kind == "ready" && status != 200) notready++
    if (phase == "after" && kind == "ready" && status == 200 && !readyagain) readyagain = start
    if (phase == "after" && kind == "write" && status == 201 && !writeagain) writeagain = start
    if (kind == "write" && status == 201) written++
  }
  END {
    for (k in count) printf "  %-22s %d\n", k, count[k] | "sort"
    close("sort")
    printf "PostgreSQL down %.1f s\n", (up - down) / 1000
    printf "first 503 problem+json %.1f s after the stop; slowest request while down %d ms (bound %d)\n", (first503 - down) / 1000, maxdown, bound
    printf "readiness not ready while down: %d probes; ready again %.1f s after the start\n", notready, (readyagain - up) / 1000
    printf "first confirmed write again %.1f s after the start\n", (writeagain - up) / 1000
    printf "confirmed writes (201): %d, present in the database afterwards: %d\n", written, present
    ok = first503 && maxdown <= bound && notready > 0 && readyagain && writeagain && written == present && bad == ""
    if (bad != "") print "unexpected answers:" bad
    print ok ? "RESULT: holds" : "RESULT: FAILED"
    exit ok ? 0 : 1
  }' "$EVENTS" "$EVENTS"
