#!/usr/bin/env bash
# Quiet latency of each path of the search mix, database side only. Not a timed test.
#
#   PG_PORT=5448 bash scripts/bench-search-paths.sh                          # the capture of the last bench-search run
#   BENCH_BEFORE=/elsewhere/q-dir PG_PORT=5448 bash scripts/bench-search-paths.sh   # beside another build's capture
#   BENCH_BEFORE_DB=zhw_without BENCH_DB=zhw_with PG_PORT=5448 bash scripts/bench-search-paths.sh   # beside another database
#
# scripts/bench-search.sh leaves the SQL of each request of the mix (scripts/bench/search-mix.txt) as one pgbench
# script, $LOCAL/bench/q<n>.sql (n: the mix line, 1-based). Each is run alone with one client (pgbench -M prepared -c1)
# on the benchmark database; with BENCH_BEFORE (a copy of another build's q*.sql) the two builds' scripts of a path
# alternate, BENCH_ROUNDS times, so both are measured in the same minutes. With BENCH_BEFORE_DB (a copy of the database
# without a schema change, an index say) the same script alternates between that database and BENCH_DB instead.
# Prints the mean latency (ms) of every run.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/bench/common.sh"

BENCH_DB="${BENCH_DB:-zelfhulpwijzer_bench}"
BENCH_SECONDS="${BENCH_SECONDS:-5}"
BENCH_ROUNDS="${BENCH_ROUNDS:-2}"
AFTER="${BENCH_AFTER:-$LOCAL/bench}"
export PGPASSWORD="${ZHW_DB_PASSWORD:-zelfhulpwijzer}"
# one baseline per column: another build's SQL or another database, not both
[ -z "${BENCH_BEFORE:-}" ] || [ -z "${BENCH_BEFORE_DB:-}" ] || { echo "Set BENCH_BEFORE or BENCH_BEFORE_DB, not both" >&2; exit 2; }

latency() {   # pgbench script [database] → mean latency in ms
  bench_pgbench_mean_ms "$1" "${2:-$BENCH_DB}" "$BENCH_SECONDS" prepared
}

log "Per path, pgbench -M prepared -c1, ${BENCH_SECONDS} s a run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %-24s %-24s\n' path "before (ms)" "after (ms)"
for f in $(ls "$AFTER"/q*.sql | sort -V); do
  q=$(basename "$f" .sql)
  before=() after=()
  for _ in $(seq 1 "$BENCH_ROUNDS"); do
    [ -z "${BENCH_BEFORE:-}" ] || before+=("$(latency "$BENCH_BEFORE/$q.sql")")
    [ -z "${BENCH_BEFORE_DB:-}" ] || before+=("$(latency "$f" "$BENCH_BEFORE_DB")")
    after+=("$(latency "$f")")
  done
  printf '%-5s %-24s %-24s\n' "$q" "${before[*]:--}" "${after[*]}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
