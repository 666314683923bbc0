#!/usr/bin/env bash
# Benchmark of referrals (issue 17): POST /api/v1/referrals (a new referral with its status history and its audit
# event, all in one transaction) and GET /api/v1/referrals/worklist, over one institution with 100,000 referrals,
# under a steady load with wrk, each beside a baseline measured in the same run (GET /q/health/live).
# Goals: create p95 <= 30 ms, worklist p95 <= 50 ms. Figures are also given as ratios to the baseline.
#
# Uses its own database (zelfhulpwijzer_bench_referrals, emptied and migrated at start) and its own port. The
# referrals are fictional (institution 'voorbeeld-instelling', clientRef and note say 'voorbeeldgegevens') and exist
# only there, never in the seed migrations. The token is signed with the test key, as the tests do; no Keycloak.
#
# Settings: BENCH_PORT (18088), BENCH_ROWS (100000), BENCH_DURATION (20s), BENCH_CONNECTIONS (4), BENCH_THREADS (1),
#           BENCH_DELAY_MS (20: pause per connection between requests, for a steady load; 0 = saturate),
#           BENCH_JAVA_OPTS (JVM flags instead of those of scripts/backend.sh), PG_PORT (5433), BENCH_PG_SOCKET (socket dir of the running PostgreSQL).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/bench/common.sh"

PORT="${BENCH_PORT:-18088}"
ROWS="${BENCH_ROWS:-100000}"
DURATION="${BENCH_DURATION:-20s}"
export BENCH_DELAY_MS="${BENCH_DELAY_MS:-20}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_referrals
DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
INSTITUTION=voorbeeld-instelling
API="http://localhost:$PORT/api/v1/referrals"

bench_database "$DB"
bench_build
bench_start_backend "$PORT" "$DB" backend-referrals.log

log "Adding $ROWS demo referrals (voorbeeldgegevens) for $INSTITUTION"
# Three years of referrals: those of the last month and one in twenty older ones still open (follow-up due four
# weeks after creation, so the older ones are overdue), the others closed a month after creation; one in fifty with
# a client check-in; closed ones older than a year anonymised, as the retention job would have done.
psql "$DB_URL" -v ON_ERROR_STOP=1 -q <<SQL
delete from referral where institution = '$INSTITUTION';
insert into referral (id, institution, client_ref, organisation_id, level, treatment_phase, route, in_care_plan,
                      trial_agreed, note, status, follow_up_due, created_by, created_at, modified_at, closed_at,
                      checkin_answer, checkin_at, anonymised_at, version, change_seq, writer_xid)
select gen_random_uuid(), '$INSTITUTION',
       case when open or closed_at > now() - interval '365 days' then 'voorbeeldgegevens-' || n else 'geanonimiseerd' end,
       'aa-nederland', 'VERWIJZING', 'TREATMENT', 'VIA_CONTACT_PERSON', true, true,
       case when open or closed_at > now() - interval '365 days' then 'Voorbeeldgegevens voor de benchmark.' end,
       case when open then (array['REQUESTED','ACCEPTED','IN_PROGRESS','ON_HOLD'])[1 + n % 4]
            else (array['COMPLETED','FAILED','CANCELLED'])[1 + n % 3] end,
       case when open then (created_at + interval '28 days')::date end,
       'voorbeeldgegevens', created_at, coalesce(closed_at, created_at + interval '1 day'), closed_at,
       case when n % 50 = 0 then 'BEEN' end, case when n % 50 = 0 then created_at + interval '10 days' end,
       case when closed_at <= now() - interval '365 days' then closed_at + interval '365 days' end,
       1, 0, pg_current_xact_id()
from (select n, created_at, n % 20 = 0 or created_at > now() - interval '30 days' as open
      from (select n, now() - (n % 1095) * interval '1 day' - (n % 600) * interval '1 minute' as created_at
            from generate_series(1, $ROWS) as n) as numbered) as base,
     lateral (select case when not open then created_at + interval '30 days' end as closed_at) as closing;
analyze referral;
SQL
echo "Referrals of $INSTITUTION: $(psql "$DB_URL" -Atc "select count(*) || ' (open ' || count(*) filter (where closed_at is null) || ')' from referral where institution = '$INSTITUTION'")"

export BENCH_TOKEN BENCH_GET_TOKEN
BENCH_TOKEN=$(bench_token medewerker "$INSTITUTION")
BENCH_GET_TOKEN="$BENCH_TOKEN"
export BENCH_BODY='{"clientRef":"voorbeeldgegevens-bench","organisationId":"aa-nederland","level":"VERWIJZING","treatmentPhase":"TREATMENT","route":"VIA_CONTACT_PERSON","inCarePlan":true,"trialAgreed":true,"note":"Voorbeeldgegevens voor de benchmark."}'
curl -fsS -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' -d "$BENCH_BODY" "$API"
WORKLIST_ROWS=$(curl -fsS -H "Authorization: Bearer $BENCH_TOKEN" "$API/worklist" | grep -o '"reasons"' | wc -l)
echo "One create answered 201; the worklist has $WORKLIST_ROWS rows"

log "Warming up (10s each)"
BENCH_GET_TOKEN="" bench_wrk get.lua "http://localhost:$PORT/q/health/live" 10s >/dev/null
bench_wrk post.lua "$API" 10s >/dev/null
bench_wrk get.lua "$API/worklist" 10s >/dev/null

log "Measuring ($DURATION each, ${BENCH_CONNECTIONS:-4} connections, ${BENCH_DELAY_MS} ms pause)"
BASE=$(BENCH_GET_TOKEN="" bench_wrk get.lua "http://localhost:$PORT/q/health/live" "$DURATION")
echo "baseline  $BASE"
CREATE=$(bench_wrk post.lua "$API" "$DURATION")
echo "create    $CREATE"
WORKLIST=$(bench_wrk get.lua "$API/worklist" "$DURATION")
echo "worklist  $WORKLIST"

log "Summary ($(nproc) CPUs, $ROWS referrals in one institution)"
line() {
  awk -v name="$1" -v p50="$(bench_field "$2" p50)" -v p95="$(bench_field "$2" p95)" -v rps="$(bench_field "$2" rps)" \
      -v err="$(bench_field "$2" errors)" -v bp50="$(bench_field "$BASE" p50)" -v bp95="$(bench_field "$BASE" p95)" \
      -v goal="$3" 'BEGIN {
    printf "%-9s p50 %6.2f ms  p95 %6.2f ms  %5.0f req/s  errors %d", name, p50, p95, rps, err;
    if (goal != "") printf "  ratio p50 x%.1f p95 x%.1f  goal p95 <= %d ms: %s", p50 / bp50, p95 / bp95, goal, (p95 <= goal && err == 0 ? "met" : "NOT met");
    printf "\n";
  }'
}
{
  line baseline "$BASE" ""
  line create "$CREATE" 30
  line worklist "$WORKLIST" 50
} | tee "$BENCH_OUT/summary-referrals.txt"
bench_result referrals health "$BASE"
bench_result referrals create "$CREATE" baseline=health "referrals=$ROWS" "goal=p95<=30ms"
bench_result referrals worklist "$WORKLIST" baseline=health "referrals=$ROWS" "goal=p95<=50ms"
