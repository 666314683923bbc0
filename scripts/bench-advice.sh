#!/usr/bin/env bash
# Benchmark of POST /api/v1/advice: one profile over 10,000 demo organisations (voorbeeldgegevens) plus the seeds,
# under a steady load with wrk, against a baseline measured in the same run (GET /q/health/live).
# Goal (issue 12): p95 <= 15 ms at the baseline's offered load, the default answer (page 1, default size, with a
# place so that distances and local groups are computed) <= 30 KB. Figures are also given as ratios to the baseline.
#
# Uses its own database (zelfhulpwijzer_bench_advice, emptied and migrated at start) and its own port; the demo
# rows exist only there, never in the seed migrations. The backend runs with the test profile's token settings so
# that a token signed with the test key (backend/src/test/resources) is accepted; no Keycloak is needed.
#
# Settings: BENCH_MODE (organisations | groups), BENCH_PORT (18086), BENCH_ROWS (10000), BENCH_DURATION (20s), BENCH_CONNECTIONS (4), BENCH_THREADS (1),
#           BENCH_DELAY_MS (20: pause per connection between requests, for a steady load; 0 = saturate),
#           BENCH_JAVA_OPTS (JVM flags instead of those of scripts/backend.sh), PG_PORT (5433), BENCH_PG_SOCKET (socket dir of the running PostgreSQL, found from its process if unset),
#           BENCH_APP (a quarkus-app directory to run instead of backend/target/quarkus-app, e.g. a copy of an earlier build
#           to compare before and after; it is then not rebuilt).
# Besides latencies it reports the backend's CPU time per request (process user+system time over the run divided by
# the requests), which depends less on the other load of a shared machine, and the load average (uptime) per run.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/bench/common.sh"

PORT="${BENCH_PORT:-18086}"
ROWS="${BENCH_ROWS:-10000}"
# organisations: ROWS fictional organisations inserted by this script; groups: ROWS fictional groups with meetings
# made by the directory's own demo generator (zhw.demo-data.groups).
MODE="${BENCH_MODE:-organisations}"
DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
THREADS="${BENCH_THREADS:-1}"
# Steady load: every connection waits this long between requests (0 = closed loop, as fast as possible).
export BENCH_DELAY_MS="${BENCH_DELAY_MS:-20}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_advice
DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
BACKEND="$ROOT/backend"
OUT="$LOCAL/bench"
mkdir -p "$OUT"

command -v wrk >/dev/null || apt_install wrk
command -v psql >/dev/null || apt_install postgresql-client

log "Bench database $DB"
bench_database "$DB"
[ -n "${BENCH_APP:-}" ] || bench_build

DEMO_GROUPS=""
[ "$MODE" = groups ] && DEMO_GROUPS="$ROWS"
ZHW_DEMO_DATA_GROUPS="$DEMO_GROUPS" bench_start_backend "$PORT" "$DB" backend.log
PID=$BENCH_PID

if [ "$MODE" = organisations ]; then
log "Adding $ROWS demo organisations (voorbeeldgegevens)"
psql "$DB_URL" -v ON_ERROR_STOP=1 -q <<SQL
delete from organisation where source_document = 'voorbeeldgegevens';
insert into organisation (id, name, short_name, kind, approach, country, status, description, audiences, behaviours,
                          source_document, source_section, verified_at)
select 'voorbeeld-' || lpad(n::text, 5, '0'),
       'Voorbeeldgroep ' || n || ' (voorbeeldgegevens)', null,
       (array['SELF_HELP_FELLOWSHIP','FAMILY_GROUP','SUPPORT_POINT','ONLINE_HELP'])[1 + n % 4],
       (array['TWELVE_STEP','SECULAR','THEME_BASED','NOT_APPLICABLE'])[1 + (n / 4) % 4],
       (array['NL','BE'])[1 + n % 2], 'ACTIVE',
       'Voorbeeldgegevens voor de benchmark; dit is geen echte organisatie.',
       case (n / 16) % 4 when 0 then array['PERSON'] when 1 then array['PARTNER','RELATIVE']
                          when 2 then array['PARENT','RELATIVE'] else array['CHILD'] end::varchar[],
       case (n / 64) % 4 when 0 then array['ALCOHOL'] when 1 then array['DRUGS','MEDICATION']
                          when 2 then array['GAMBLING'] else array['ALCOHOL','DRUGS'] end::varchar[],
       'voorbeeldgegevens', 'scripts/bench-advice.sh', date '2026-01-01'
from generate_series(1, $ROWS) as n;
analyze organisation;
SQL
fi
TOTAL=$(psql "$DB_URL" -Atc "select (select count(*) from organisation) + (select count(*) from self_help_group)")
echo "Organisations and groups in $DB: $TOTAL (groups with meetings: $(psql "$DB_URL" -Atc "select count(distinct group_id) from meeting"))"

log "Signing a test token (role medewerker)"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"test"}' | b64url)
PAYLOAD=$(printf '{"iss":"https://test.zelfhulpwijzer.local/realms/zelfhulpwijzer","aud":"zelfhulpwijzer-api","sub":"bench","preferred_username":"bench","instelling":"demo-instelling","instelling_land":"NL","realm_access":{"roles":["medewerker"]},"iat":%d,"exp":%d}' "$NOW" "$((NOW + 3600))" | b64url)
SIG=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$BACKEND/src/test/resources/test-jwt-private.pem" | b64url)
export BENCH_TOKEN="$HEADER.$PAYLOAD.$SIG"
export BENCH_BODY='{"relation":"PERSON","behaviours":["ALCOHOL","DRUGS"],"treatmentGoal":"ABSTINENCE","abstinenceWish":true,"stageOfChange":"PREPARATION","treatmentPhase":"TREATMENT","treatmentSetting":"OUTPATIENT","medication":["METHADONE"],"psychiatricSymptoms":["MAJOR_DEPRESSION"],"network":"POOR","characteristics":["SEVERE_ADDICTION","RECIDIVIST"],"riskSignals":["CHILDREN_PRESENT"],"place":"Utrecht"}'

CHECK=$(curl -fsS -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' -d "$BENCH_BODY" "http://localhost:$PORT/api/v1/advice")
EVALUATED=$(printf '%s' "$CHECK" | grep -o '"evaluated":[0-9]*' | cut -d: -f2)
BYTES=$(printf '%s' "$CHECK" | wc -c)
echo "One advice (page 1, default size) evaluated $EVALUATED candidates (response $BYTES bytes)"

log "Warming up (10s each)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/bench/get.lua" "http://localhost:$PORT/q/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/bench/post.lua" "http://localhost:$PORT/api/v1/advice" >/dev/null

# CPU time of the backend process so far, in clock ticks (user + system, fields 14 and 15 of /proc/PID/stat).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
load() { uptime | sed 's/.*load average: //'; }
field() { printf '%s' "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }

log "Baseline: GET /q/health/live ($DURATION, $CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause)"
BCPU0=$(cpu_ticks)
BASE=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/scripts/bench/get.lua" "http://localhost:$PORT/q/health/live" | grep '^RESULT')
BCPU=$(( $(cpu_ticks) - BCPU0 )); BLOAD=$(load)
echo "$BASE (load average $BLOAD)"
log "Advice: POST /api/v1/advice ($DURATION, $CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause)"
ACPU0=$(cpu_ticks)
ADV=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/scripts/bench/post.lua" "http://localhost:$PORT/api/v1/advice" | grep '^RESULT')
ACPU=$(( $(cpu_ticks) - ACPU0 )); ALOAD=$(load)
echo "$ADV (load average $ALOAD)"

P95=$(field "$ADV" p95)
log "Summary ($(nproc) CPUs, $TOTAL candidates ($MODE), $CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause, $DURATION)"
awk -v bp50="$(field "$BASE" p50)" -v bp95="$(field "$BASE" p95)" -v brps="$(field "$BASE" rps)" \
    -v ap50="$(field "$ADV" p50)" -v ap95="$(field "$ADV" p95)" -v arps="$(field "$ADV" rps)" -v aerr="$(field "$ADV" errors)" \
    -v breq="$(field "$BASE" requests)" -v areq="$(field "$ADV" requests)" -v bcpu="$BCPU" -v acpu="$ACPU" \
    -v hz="$(getconf CLK_TCK)" -v bload="$BLOAD" -v aload="$ALOAD" -v bytes="$BYTES" 'BEGIN {
  printf "baseline  p50 %.2f ms  p95 %.2f ms  %.0f req/s  CPU %.2f ms/request  (load average %s)\n", bp50, bp95, brps,
         1000 * bcpu / hz / breq, bload;
  printf "advice    p50 %.2f ms  p95 %.2f ms  %.0f req/s  CPU %.2f ms/request  (load average %s, errors %d)\n", ap50, ap95,
         arps, 1000 * acpu / hz / areq, aload, aerr;
  printf "ratio     p50 x%.1f  p95 x%.1f  throughput x%.3f of baseline\n", ap50 / bp50, ap95 / bp95, arps / brps;
  printf "goal      p95 <= 15 ms: %s; default answer %d bytes <= 30 KB: %s\n", (ap95 <= 15 ? "met" : "NOT met"),
         bytes, (bytes <= 30720 ? "met" : "NOT met");
}' | tee "$OUT/summary.txt"
bench_result advice health "$BASE"
bench_result advice advice "$ADV" baseline=health "bytes=$BYTES" "candidates=$TOTAL" "goal=p95<=15ms,bytes<=30KB"
