#!/usr/bin/env bash
# Benchmark of the public meeting search (issue: sociale kaart). Not a timed test.
#
#   bash scripts/bench-search.sh                 # 10,000 fictional groups (~50,000 meetings), 30 s per run
#   BENCH_GROUPS=2000 BENCH_DURATION=10s bash scripts/bench-search.sh
#
# 1. Makes a separate database (default zelfhulpwijzer_bench; never the real one) and starts the packaged backend on
#    its own port with demo mode on (ZHW_DEMO_DATA_GROUPS), so it generates the fictional 'voorbeeldgegevens'.
# 2. wrk: a realistic mix of searches (text, filters, distance, text + filter + distance), first flat out
#    (throughput), then paced at about 200 requests/s (latency p50/p99 at that load).
# 3. pgbench: the same search SQL straight on the same database, same mix, same concurrency.
# 4. Prints throughput, p50/p99 for both and the ratio API / raw SQL.
# Needs: wrk, pgbench (postgresql-contrib / postgresql-client), a running PostgreSQL on $PG_PORT and Keycloak as
# for scripts/run.sh (the backend only reads its keys; searches are anonymous).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"

BENCH_DB="${BENCH_DB:-zelfhulpwijzer_bench}"
BENCH_PORT="${BENCH_PORT:-8093}"
BENCH_GROUPS="${BENCH_GROUPS:-10000}"
BENCH_DURATION="${BENCH_DURATION:-30s}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-8}"
BENCH_PG_SOCKET="${BENCH_PG_SOCKET:-$PG_SOCKET}"
DB_USER="${ZHW_DB_USER:-zelfhulpwijzer}"
export PGPASSWORD="${ZHW_DB_PASSWORD:-zelfhulpwijzer}"
OUT="$LOCAL/bench"
mkdir -p "$OUT"

command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || apt_install postgresql-contrib

psql_app() { psql -h localhost -p "$PG_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

log "Database $BENCH_DB"
if ! psql_app -d "$BENCH_DB" -c "select 1" >/dev/null 2>&1; then
  runuser -u postgres -- psql -h "$BENCH_PG_SOCKET" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt -d postgres \
    -c "create database $BENCH_DB owner $DB_USER"
fi

log "Backend on port $BENCH_PORT with $BENCH_GROUPS fictional groups"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests package)
ZHW_HTTP_PORT="$BENCH_PORT" ZHW_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$BENCH_DB" \
ZHW_DEMO_DATA_GROUPS="$BENCH_GROUPS" \
  java ${BENCH_JAVA_OPTS:--Xms256m -Xmx512m} -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" >"$OUT/backend.log" 2>&1 &
BACKEND_PID=$!
trap 'kill $BACKEND_PID 2>/dev/null || true; wait $BACKEND_PID 2>/dev/null || true' EXIT
wait_for_url "http://localhost:$BENCH_PORT/q/health/ready" 300 || { tail -n 40 "$OUT/backend.log"; exit 1; }
psql_app -d "$BENCH_DB" -c "analyze"
echo "groups: $(psql_app -d "$BENCH_DB" -c "select count(*) from self_help_group where demo")," \
     "meetings: $(psql_app -d "$BENCH_DB" -c "select count(*) from meeting m join self_help_group g on g.id = m.group_id where g.demo")"

# The mix: the same four searches for wrk and pgbench.
URLS=(
  "/api/v1/meetings?q=anonieme%20alcoholisten%20utrecht"
  "/api/v1/meetings?day=3&time_of_day=EVENING&country=NL&attendance=IN_PERSON"
  "/api/v1/meetings?lat=52.09&lon=5.12&radius_km=10"
  "/api/v1/meetings?q=gokken&audience=PERSON&lat=51.44&lon=5.47&radius_km=25"
)
{
  echo 'local paths = {'
  for u in "${URLS[@]}"; do echo "  \"$u\","; done
  echo '}'
  cat <<'LUA'
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
LUA
} >"$OUT/mix.lua"

# The same SQL the repository runs (MeetingSearchRepository), with the parameters of the four searches.
NEXT="case when m.frequency = 'WEEKLY' then
  mod((m.day_of_week - cast(extract(isodow from (now() at time zone m.time_zone)) as int)) * 1440
      + cast(extract(hour from m.start_time) * 60 + extract(minute from m.start_time) as int)
      - cast(extract(hour from (now() at time zone m.time_zone)) * 60 + extract(minute from (now() at time zone m.time_zone)) as int)
      + 20160, 10080)
else cast(extract(epoch from meeting_next_start(m.frequency, m.day_of_week, m.week_of_month, m.start_time, m.time_zone, now()) - now()) / 60 as int) end"
FROM="from meeting m join self_help_group g on g.id = m.group_id join organisation o on o.id = g.organisation_id
  left join location l on l.id = m.location_id left join location gl on gl.id = g.location_id
  where g.status = 'ACTIVE' and o.status <> 'INACTIVE'"
dist() { echo "(6371.0 * 2 * asin(sqrt(power(sin(radians(l.latitude - $1) / 2), 2) + cos(radians($1)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $2) / 2), 2))))"; }
term() { echo "(g.search_vector @@ to_tsquery('dutch', '$1:*') or '$1' <% g.search_text)"; }
rank() { echo "ts_rank(g.search_vector, to_tsquery('dutch', '$1:*')) + word_similarity('$1', g.search_text)"; }
# With a text query (MeetingSearchRepository): filter first, then rank each matching group once.
# $1 distance, $2 rank, $3 conditions; followed by the order by.
ranked() { echo "with hits as materialized (select m.id, m.group_id, $1 as distance_km, m.temporarily_closed, $NEXT as minutes_until
$FROM and $3),
ranks as (select g.id, $2 as rank from self_help_group g where g.id in (select group_id from hits))
select m.id, m.distance_km, m.temporarily_closed, m.minutes_until, r.rank, count(*) over () from hits m join ranks r on r.id = m.group_id"; }
box() { # lat lon km
  awk -v la="$1" -v lo="$2" -v km="$3" 'BEGIN { d = km / 111.32; c = cos((la + d) * 3.14159265 / 180); e = km / (111.32 * c);
    printf "l.latitude between %f and %f and l.longitude between %f and %f", la - d, la + d, lo - e, lo + e }'; }
cat >"$OUT/q1.sql" <<SQL
$(ranked "cast(null as double precision)" "($(rank anonieme) + $(rank alcoholisten) + $(rank utrecht))" \
  "$(term anonieme) and $(term alcoholisten) and $(term utrecht)")
order by m.temporarily_closed, rank desc, minutes_until, m.id limit 20 offset 0;
SQL
cat >"$OUT/q2.sql" <<SQL
select m.id, null, m.temporarily_closed, $NEXT as minutes_until, 0 as rank, count(*) over ()
$FROM and m.day_of_week = 3 and (m.start_time >= time '17:00' and m.start_time < time '21:00')
  and not m.temporarily_closed and (l.id is not null and not l.approximate and l.address is not null)
  and g.search_country = 'NL'
order by m.temporarily_closed, minutes_until, m.id limit 20 offset 0;
SQL
cat >"$OUT/q3.sql" <<SQL
select m.id, $(dist 52.09 5.12) as distance_km, m.temporarily_closed, $NEXT as minutes_until, 0 as rank, count(*) over ()
$FROM and $(box 52.09 5.12 10) and $(dist 52.09 5.12) <= 10
order by m.temporarily_closed, distance_km, minutes_until, m.id limit 20 offset 0;
SQL
cat >"$OUT/q4.sql" <<SQL
$(ranked "$(dist 51.44 5.47)" "($(rank gokken))" \
  "$(term gokken) and g.audiences @> array['PERSON']::varchar[] and $(box 51.44 5.47 25) and $(dist 51.44 5.47) <= 25")
order by m.temporarily_closed, distance_km, minutes_until, m.id limit 20 offset 0;
SQL
for q in 1 2 3 4; do psql_app -d "$BENCH_DB" -f "$OUT/q$q.sql" >/dev/null; done   # the SQL is valid

log "Warm-up"
wrk -t2 -c"$BENCH_CONNECTIONS" -d10s -s "$OUT/mix.lua" "http://localhost:$BENCH_PORT" >/dev/null

log "wrk, flat out ($BENCH_DURATION, $BENCH_CONNECTIONS connections)"
wrk -t2 -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" --latency -s "$OUT/mix.lua" "http://localhost:$BENCH_PORT" | tee "$OUT/wrk.txt"
API=$(grep RESULT "$OUT/wrk.txt")

log "wrk, paced at about 200 requests/s (20 connections, 100 ms between requests per connection)"
BENCH_DELAY_MS=100 wrk -t2 -c20 -d"$BENCH_DURATION" --latency -s "$OUT/mix.lua" "http://localhost:$BENCH_PORT" | tee "$OUT/wrk-paced.txt"
PACED=$(grep RESULT "$OUT/wrk-paced.txt")

log "pgbench, the same SQL ($BENCH_DURATION, $BENCH_CONNECTIONS clients)"
SECS="${BENCH_DURATION%s}"
pgbench -h localhost -p "$PG_PORT" -U "$DB_USER" -n -c "$BENCH_CONNECTIONS" -j 2 -T "$SECS" -r -l --log-prefix="$OUT/pglog" \
  -f "$OUT/q1.sql" -f "$OUT/q2.sql" -f "$OUT/q3.sql" -f "$OUT/q4.sql" "$BENCH_DB" | tee "$OUT/pgbench.txt"
SQL_TPS=$(grep -E "^tps" "$OUT/pgbench.txt" | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')
# Latency percentiles from the per-transaction log (3rd column: microseconds).
read -r SQL_P50 SQL_P99 < <(cat "$OUT"/pglog.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
  printf "%.2f %.2f\n", a[int(NR*0.50)]/1000, a[int(NR*0.99)]/1000 }')
rm -f "$OUT"/pglog.*

API_RPS=$(echo "$API" | sed -E 's/.*rps=([0-9.]+).*/\1/')
cat <<REPORT | tee "$OUT/report.txt"

Search benchmark ($(date -u +%FT%TZ), $(nproc) cores, $BENCH_GROUPS groups)
  API  (wrk, $BENCH_CONNECTIONS conn):   $API
  API  (wrk, paced ~200/s):   $PACED
  SQL  (pgbench, $BENCH_CONNECTIONS clients): tps=$SQL_TPS p50=${SQL_P50} p99=${SQL_P99} (ms)
  ratio API / SQL throughput: $(awk -v a="$API_RPS" -v s="$SQL_TPS" 'BEGIN { printf "%.0f %%", 100 * a / s }')
Files in $OUT
REPORT
