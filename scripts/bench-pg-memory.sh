#!/usr/bin/env bash
# The search benchmark with PostgreSQL's server processes on glibc's default allocator settings and on PG_MALLOC
# (scripts/postgres.sh), one right after the other on the same database. Not a timed test.
#
#   PG_PORT=5460 bash scripts/bench-pg-memory.sh                     # 20 s per run of bench-search.sh
#   PG_PORT=5460 BENCH_DURATION=30s BENCH_ROUNDS=2 bash scripts/bench-pg-memory.sh
#
# Restarts this checkout's PostgreSQL (scripts/postgres.sh, on PG_PORT) in turns: first with glibc's defaults
# (PG_MALLOC empty), then with PG_MALLOC; each time runs scripts/bench-search.sh (its BENCH_* settings pass through)
# and then, per path of the mix, that run's captured SQL with pgbench in extended mode: every statement parsed and
# planned for its values at each execution, as the API's custom plans are, with one client for BENCH_SECONDS.
# Ends with the server on PG_MALLOC. Prints bench-search.sh's RESULT lines with the setting before each case name
# (default-…, tuned-…), each path's mean latency in that pgbench run, and the most memory of the
# server's processes together (PSS, shared pages counted once; sampled every second during bench-search.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/bench/common.sh"
[ -z "${ZHW_DB_URL:-}" ] || { echo "Needs this checkout's own PostgreSQL (ZHW_DB_URL is set)" >&2; exit 2; }

TUNED="$PG_MALLOC"
BENCH_SECONDS="${BENCH_SECONDS:-4}"
BENCH_DB="${BENCH_DB:-zelfhulpwijzer_bench}"
export PGPASSWORD="${ZHW_DB_PASSWORD:-zelfhulpwijzer}"
OUT="$LOCAL/bench-pg-memory"
mkdir -p "$OUT"

restart() {   # $1: GLIBC_TUNABLES for the server ("" = glibc's defaults)
  pg_stop
  PG_MALLOC="$1" pg_start >/dev/null
}

server_pss_mb() {   # proportional memory of every process of the server on PG_PORT (shared pages split among them)
  local postmaster; postmaster=$(head -n 1 "$PG_DATA/postmaster.pid")
  # a process may end while it is read: that read gives nothing, the sum goes on
  for pid in $postmaster $(pgrep -P "$postmaster"); do cat "/proc/$pid/smaps_rollup" 2>/dev/null || true; done |
    awk '/^Pss:/ { kb += $2 } END { printf "%d", kb / 1024 }'
}

sample_memory() {   # the most of server_pss_mb, once a second, into file $1 until killed
  local most=0 now
  while true; do
    now=$(server_pss_mb 2>/dev/null) || now=0
    [ "$now" -le "$most" ] || { most=$now; echo "$most" >"$1"; }
    sleep 1
  done
}

trap 'restart "$TUNED"' EXIT
for round in $(seq 1 "${BENCH_ROUNDS:-1}"); do
  for setting in default tuned; do
    log "Round $round: PostgreSQL with glibc's $setting allocator settings"
    tunables=""; [ "$setting" = default ] || tunables="$TUNED"
    restart "$tunables"
    echo 0 >"$OUT/memory-$setting"
    sample_memory "$OUT/memory-$setting" & sampler=$!
    # the allocator's effect needs no latency curve (BENCH_RATES empty unless set)
    BENCH_DB="$BENCH_DB" BENCH_RATES="${BENCH_RATES-}" bash "$ROOT/scripts/bench-search.sh" >"$OUT/search-$setting-$round.log" 2>&1
    kill "$sampler"
    grep '^RESULT bench=' "$OUT/search-$setting-$round.log" \
      | sed -E "s/^RESULT bench=search case=/RESULT bench=pg-memory case=$setting-/; s/ baseline=/ baseline=$setting-/"
    for f in $(ls "$LOCAL"/bench/q*.sql | sort -V); do
      printf 'RESULT bench=pg-memory case=%s-%s-extended mean_ms=%s\n' "$setting" "$(basename "$f" .sql)" \
        "$(bench_pgbench_mean_ms "$f" "$BENCH_DB" "$BENCH_SECONDS" extended)"
    done
    echo "RESULT bench=pg-memory case=$setting-server-memory most_pss_mb=$(cat "$OUT/memory-$setting")"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
