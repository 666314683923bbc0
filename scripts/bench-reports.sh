#!/usr/bin/env bash
# Benchmark of GET /api/v1/reports/referrals (issue 15): one institution's report over BENCH_ROWS fictional referrals
# (bulk-loaded with SQL, spread over 24 months), beside a baseline measured in the same run (GET /q/health/live).
# Goal: report p95 <= 200 ms. Figures are also given as ratios to the baseline. Not a timed test.
#
# Uses its own database (zelfhulpwijzer_bench_reports) and port; the backend runs with the test profile's token
# settings so a token signed with the test key is accepted (as scripts/bench-advice.sh does); no Keycloak needed.
# Settings: BENCH_PORT (18087), BENCH_ROWS (100000), BENCH_DURATION (20s), BENCH_CONNECTIONS (2), BENCH_DELAY_MS (20),
#           BENCH_JAVA_OPTS (-Xmx512m), PG_PORT (5433), BENCH_PG_SOCKET.
set -euo pipefail
source "$(dirname "$0")/common.sh"

PORT="${BENCH_PORT:-18087}"
ROWS="${BENCH_ROWS:-100000}"
DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-2}"
export BENCH_DELAY_MS="${BENCH_DELAY_MS:-20}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_reports
DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
BACKEND="$ROOT/backend"
OUT="$LOCAL/bench-reports"
mkdir -p "$OUT"
command -v wrk >/dev/null || apt_install wrk
command -v psql >/dev/null || apt_install postgresql-client

if [ -z "$(psql "postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/postgres" -Atc "select 1 from pg_database where datname = '$DB'")" ]; then
  SOCKET="${BENCH_PG_SOCKET:-$(ps -eo args | grep -o -- "-p $PG_PORT -k [^ ]*" | head -n 1 | awk '{print $4}')}"
  [ -n "$SOCKET" ] || { echo "Cannot create $DB: set BENCH_PG_SOCKET or create it as superuser (owner zelfhulpwijzer)" >&2; exit 1; }
  runuser -u postgres -- psql -h "$SOCKET" -p "$PG_PORT" -d postgres -qc "create database $DB owner zelfhulpwijzer"
fi
if [ ! -f "$BACKEND/target/quarkus-app/quarkus-run.jar" ] || [ -n "$(find "$BACKEND/src/main" -newer "$BACKEND/target/quarkus-app/quarkus-run.jar" -type f | head -n 1)" ]; then
  log "Building the backend"
  (cd "$BACKEND" && "$MVNW" -B -q -DskipTests package)
fi

log "Starting the backend on port $PORT (test token settings, database $DB)"
ZHW_HTTP_PORT="$PORT" ZHW_TEST_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" \
  java ${BENCH_JAVA_OPTS:--Xmx512m} -Dquarkus.profile=test -Dquarkus.log.level=WARN -jar "$BACKEND/target/quarkus-app/quarkus-run.jar" \
  > "$OUT/backend.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
wait_for_url "http://localhost:$PORT/q/health/ready" 600

log "Loading $ROWS fictional referrals of bench-instelling (and as many of another institution)"
psql "$DB_URL" -v ON_ERROR_STOP=1 -q <<SQL
delete from referral where institution in ('bench-instelling', 'bench-andere');
insert into referral (id, institution, client_ref, organisation_id, level, treatment_phase, route, in_care_plan,
    trial_agreed, status, first_meeting, first_meeting_on, meetings_attended, not_for_me_reason, continues, outcome_at,
    checkin_answer, checkin_at, created_by, created_at, modified_at, version)
select gen_random_uuid(), inst, 'bench-' || n, (array['aa-nederland','na-nederland','al-anon','smart-recovery','lsovd'])[1 + n % 5],
       (array['VOORLICHTING','VERWIJZING','INTEGRATIE'])[1 + n % 3],
       (array['INTAKE','TREATMENT','AFTERCARE'])[1 + (n / 3) % 3],
       (array['DIRECT','VIA_CONTACT_PERSON'])[1 + (n / 9) % 2], true, n % 2 = 0,
       (array['REQUESTED','ACCEPTED','IN_PROGRESS','COMPLETED','FAILED'])[1 + (n / 7) % 5],
       case when n % 4 = 0 then null else (array['YES','NOT_YET','NO'])[1 + n % 3] end,
       c::date + (n % 21), null,
       case when n % 11 = 0 then (array['TIME_OR_PLACE','APPROACH','NOT_READY','PREFERS_OTHER_HELP','OTHER'])[1 + n % 5] end,
       case when n % 4 = 0 then null else n % 2 = 0 end,
       case when n % 4 = 0 then null else c + make_interval(days => n % 30) end,
       case when n % 6 = 0 then (array['BEEN','NOT_YET','NOT_FOR_ME'])[1 + n % 3] end,
       case when n % 6 = 0 then c + interval '10 days' end,
       'bench', c, c, 0
from generate_series(1, $ROWS) as n,
     lateral (select now() - make_interval(hours => (n * 7) % (24 * 730)) as c) t,
     unnest(array['bench-instelling', 'bench-andere']) as inst;
analyze referral;
SQL
echo "Referrals in $DB: $(psql "$DB_URL" -Atc "select count(*) from referral")"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"test"}' | b64url)
PAYLOAD=$(printf '{"iss":"https://test.zelfhulpwijzer.local/realms/zelfhulpwijzer","aud":"zelfhulpwijzer-api","sub":"bench","preferred_username":"bench","instelling":"bench-instelling","realm_access":{"roles":["coordinator"]},"iat":%d,"exp":%d}' "$NOW" "$((NOW + 3600))" | b64url)
SIG=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$BACKEND/src/test/resources/test-jwt-private.pem" | b64url)
AUTH="Authorization: Bearer $HEADER.$PAYLOAD.$SIG"
# The default period (last 12 months) holds about half the rows: the report a coordinator opens first.
REPORT="http://localhost:$PORT/api/v1/reports/referrals"
curl -fsS -H "$AUTH" "$REPORT" > "$OUT/report.json"
echo "Report total: $(grep -o '"total":[0-9]*' "$OUT/report.json" | head -n 1)"
psql "$DB_URL" -Atc "explain (analyze, buffers) select count(*) from referral where institution = 'bench-instelling' and created_at >= now() - interval '1 year'" > "$OUT/explain.txt"

log "Warming up (10s each)"
wrk -t1 -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/bench/get.lua" "http://localhost:$PORT/q/health/live" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/bench/get.lua" -H "$AUTH" "$REPORT" >/dev/null

BASE=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/scripts/bench/get.lua" "http://localhost:$PORT/q/health/live" | grep '^RESULT')
echo "baseline $BASE"
REP=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/scripts/bench/get.lua" -H "$AUTH" "$REPORT" | grep '^RESULT')
echo "report   $REP"

field() { printf '%s' "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
log "Summary ($(nproc) CPUs, $ROWS referrals per institution, $CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause, $DURATION)"
awk -v bp50="$(field "$BASE" p50)" -v bp95="$(field "$BASE" p95)" -v brps="$(field "$BASE" rps)" \
    -v ap50="$(field "$REP" p50)" -v ap95="$(field "$REP" p95)" -v arps="$(field "$REP" rps)" -v aerr="$(field "$REP" errors)" 'BEGIN {
  printf "baseline  p50 %.2f ms  p95 %.2f ms  %.0f req/s\n", bp50, bp95, brps;
  printf "report    p50 %.2f ms  p95 %.2f ms  %.0f req/s  (errors %d)\n", ap50, ap95, arps, aerr;
  printf "ratio     p50 x%.1f  p95 x%.1f  throughput x%.3f of baseline\n", ap50 / bp50, ap95 / bp95, arps / brps;
  printf "goal      p95 <= 200 ms: %s\n", (ap95 <= 200 ? "met" : "NOT met");
}' | tee "$OUT/summary.txt"
