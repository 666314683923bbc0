#!/usr/bin/env bash
# Benchmark of GET /api/v1/reports/referrals (issue 15): one institution's report over BENCH_ROWS fictional referrals
# (bulk-loaded with SQL, spread over 24 months, as many again for a second institution; the V176 triggers count them
# per day as they go in), beside a baseline measured in the same run (GET /q/health/live). Goal: report p95 <= 200 ms.
# Not a timed test. Besides latencies it reports the CPU time per request of the backend process and of the
# PostgreSQL server (its postmaster and every process under it), and the load average of each run. How the report's
# query reads the period (EXPLAIN ANALYZE, BUFFERS) is written to .local/bench/explain-reports.txt.
#
# Uses its own database (zelfhulpwijzer_bench_reports) and port; the token is signed with the test key (as the tests
# do), no Keycloak. Prints RESULT lines (format: scripts/bench/common.sh, bench_result) for scripts/bench-all.sh.
# Settings: BENCH_PORT (18087), BENCH_ROWS (100000), BENCH_DURATION (20s), BENCH_WARMUP (10s), BENCH_CONNECTIONS (2),
#           BENCH_DELAY_MS (20), BENCH_JAVA_OPTS (JVM flags instead of those of scripts/backend.sh), PG_PORT (5433), BENCH_PG_SOCKET,
#           BENCH_APP (a quarkus-app directory to run instead of backend/target/quarkus-app, e.g. a copy of an earlier
#           build, for a before/after comparison; that build gets its own database, zelfhulpwijzer_bench_reports_app).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/bench/common.sh"

PORT="${BENCH_PORT:-18087}"
ROWS="${BENCH_ROWS:-100000}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
export BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-2}" BENCH_DELAY_MS="${BENCH_DELAY_MS:-20}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_reports${BENCH_APP:+_app}
DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
REPORT="http://localhost:$PORT/api/v1/reports/referrals"
HEALTH="http://localhost:$PORT/q/health/live"

bench_database "$DB"
[ -n "${BENCH_APP:-}" ] || bench_build
bench_start_backend "$PORT" "$DB" backend-reports.log

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
vacuum analyze;
SQL
echo "Referrals in $DB: $(psql "$DB_URL" -Atc "select count(*) from referral")"

export BENCH_GET_TOKEN
BENCH_GET_TOKEN=$(bench_token coordinator bench-instelling)
# The default period (last 12 months) holds about half the rows: the report a coordinator opens first.
curl -fsS -H "Authorization: Bearer $BENCH_GET_TOKEN" "$REPORT" > "$BENCH_OUT/report.json"
echo "Report total: $(grep -o '"total":[0-9]*' "$BENCH_OUT/report.json" | head -n 1)"

# How the report's query reads the period (as ReferralIndicators runs it, for the default period).
psql "$DB_URL" -Atc "explain (analyze, buffers) select dimension,
  case when dimension = 'FOLLOW_UP' and key like 'DUE %' then case when substr(key, 5)::date < current_date
  then 'OVERDUE' else 'NOT_DUE' end else key end, sum(count) from referral_report_day
  where institution = 'bench-instelling' and day >= current_date - interval '1 year' + interval '1 day'
  and day <= current_date group by 1, 2 having sum(count) > 0" > "$BENCH_OUT/explain-reports.txt" 2>&1 || true

log "Warming up ($WARMUP each)"
BENCH_GET_TOKEN="" bench_wrk get.lua "$HEALTH" "$WARMUP" >/dev/null
bench_wrk get.lua "$REPORT" "$WARMUP" >/dev/null

HZ=$(getconf CLK_TCK)
# Runs wrk on $1 (token in BENCH_GET_TOKEN) and prints its RESULT line with backend and database CPU ms per request.
measure() {
  local app0 db0 line requests
  app0=$(bench_cpu_ticks "$BENCH_PID"); db0=$(bench_cpu_ticks $(bench_db_pids))
  line=$(bench_wrk get.lua "$1" "$DURATION")
  requests=$(bench_field "$line" requests)
  awk -v l="$line" -v a="$(( $(bench_cpu_ticks "$BENCH_PID") - app0 ))" -v d="$(( $(bench_cpu_ticks $(bench_db_pids)) - db0 ))" -v n="$requests" \
      -v hz="$HZ" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "%s app_cpu_ms=%.2f db_cpu_ms=%.2f load1=%s\n", l, 1000 * a / hz / n, 1000 * d / hz / n, load }'
}

log "Measuring ($DURATION each, $BENCH_CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause)"
BASE=$(BENCH_GET_TOKEN="" measure "$HEALTH")
echo "baseline  $BASE"
REP=$(measure "$REPORT")
echo "report    $REP"

log "Summary ($(nproc) CPUs, $ROWS referrals per institution, load average $(cut -d' ' -f1-3 /proc/loadavg))"
cpu() { printf '%s' "$1" | grep -o "$2=[0-9.]*"; }
{
  bench_result reports health "$BASE" "$(cpu "$BASE" app_cpu_ms)" "$(cpu "$BASE" db_cpu_ms)" "$(cpu "$BASE" load1)"
  bench_result reports report "$REP" baseline=health "referrals=$ROWS" "$(cpu "$REP" app_cpu_ms)" "$(cpu "$REP" db_cpu_ms)" \
    "$(cpu "$REP" load1)" "goal=p95<=200ms"
} | tee "$BENCH_OUT/summary-reports.txt"
P95=$(bench_field "$REP" p95)
echo "Goal p95 <= 200 ms: $(awk -v p="$P95" -v e="$(bench_field "$REP" errors)" 'BEGIN { print (p <= 200 && e == 0 ? "met" : "NOT met") }')"
