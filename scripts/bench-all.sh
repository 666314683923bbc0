#!/usr/bin/env bash
# Runs every benchmark of the project, one after the other, and writes one Markdown table of their figures, each
# beside the baseline measured in the same run of its script, with the machine they ran on. Not a test.
#
#   bash scripts/bench-all.sh                    # full runs (each script's own defaults; about 25 minutes)
#   bash scripts/bench-all.sh --short            # short runs: 5 s per case, fewer demo rows (a few minutes)
#   bash scripts/bench-all.sh --only search,fhir # some of them (names as below)
#
# Benchmarks, in this order: startup (bench-startup.sh), search (bench-search.sh: the API beside pgbench on the
# same SQL), advice, referrals (create and worklist), fhir, sheets, reports, pg-memory (the search with PostgreSQL on
# glibc's default allocator settings and on the project's; it restarts the local PostgreSQL). Each prints its figures
# as RESULT lines (format in scripts/bench/common.sh, bench_result); a script that prints none is listed as such. The
# load average is taken before and after each script, since other work on the machine changes every figure.
#
# Settings: PG_PORT (5433; the scripts' PostgreSQL, started here when it is the local one), BENCH_ALL_PORT (18101:
# the first of seven ports, one per script), BENCH_ALL_OUT (.local/bench-all). Every script's own BENCH_* settings
# pass through (--short sets BENCH_DURATION, BENCH_GROUPS and BENCH_ROWS unless they are set).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"

ALL=(startup search advice referrals fhir sheets reports pg-memory)
SELECTED=("${ALL[@]}")
SHORT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --short) SHORT=1 ;;
    --only) IFS=, read -r -a SELECTED <<<"$2"; shift ;;
    *) echo "Usage: $0 [--short] [--only name,name]  (names: ${ALL[*]})" >&2; exit 2 ;;
  esac
  shift
done
for name in "${SELECTED[@]}"; do
  [[ " ${ALL[*]} " == *" $name "* ]] || { echo "Unknown benchmark: $name (names: ${ALL[*]})" >&2; exit 2; }
done

if [ -n "$SHORT" ]; then
  export BENCH_DURATION="${BENCH_DURATION:-5s}" BENCH_GROUPS="${BENCH_GROUPS:-1000}" BENCH_ROWS="${BENCH_ROWS:-5000}"
  export BENCH_WARMUP="${BENCH_WARMUP:-3s}" BENCH_WARMUP_ROUNDS="${BENCH_WARMUP_ROUNDS:-3}"
fi
export PG_PORT
OUT="${BENCH_ALL_OUT:-$LOCAL/bench-all}"
mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT/bench-$STAMP.md"
RESULTS="$OUT/results-$STAMP.txt"
: >"$RESULTS"

pg_install
pg_start
backend_build

load() { cut -d' ' -f1-3 /proc/loadavg; }
declare -A STATUS=() LOAD_BEFORE=() LOAD_AFTER=() SECONDS_TAKEN=()
port="${BENCH_ALL_PORT:-18101}"
for name in "${ALL[@]}"; do
  [[ " ${SELECTED[*]} " == *" $name "* ]] || { port=$((port + 1)); continue; }
  log "bench-$name.sh (port $port)"
  LOAD_BEFORE[$name]=$(load)
  start=$SECONDS
  set +e
  BENCH_PORT="$port" BENCH_MODE="${BENCH_MODE:-groups}" bash "$ROOT/scripts/bench-$name.sh" 2>&1 | tee "$OUT/$name-$STAMP.log"
  STATUS[$name]=${PIPESTATUS[0]}
  set -e
  SECONDS_TAKEN[$name]=$((SECONDS - start))
  LOAD_AFTER[$name]=$(load)
  grep -a "^RESULT bench=" "$OUT/$name-$STAMP.log" >>"$RESULTS" || true
  port=$((port + 1))
done

# Field $2 of RESULT line $1, or "" when it has none.
result_field() { grep -o " $2=[^ ]*" <<<"$1" | head -n 1 | cut -d= -f2- || true; }
# The figures of one line as "rps / p50 / p95 / p99".
figures() {
  local line="$1" key value text=""
  for key in rps p50 p95 p99; do
    value=$(result_field "$line" "$key")
    text+="${value:--} / "
  done
  printf '%s' "${text% / }"
}

mem_mb=$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)
commit=$(git -C "$ROOT" rev-parse --short HEAD)
[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ] || commit="$commit (with uncommitted changes)"
{
  echo "# Benchmarks $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, ${mem_mb} MB RAM, $(uname -sr)"
  echo "- Commit: $commit; Java: $(java -version 2>&1 | head -n 1); PostgreSQL: $(psql --version | awk '{print $3}')"
  mode="full (each script's defaults)"
  [ -z "$SHORT" ] || mode="short (BENCH_DURATION=$BENCH_DURATION, BENCH_GROUPS=$BENCH_GROUPS, BENCH_ROWS=$BENCH_ROWS)"
  echo "- Mode: $mode; benchmarks: ${SELECTED[*]}"
  echo
  echo "Latencies in ms. The baseline is the case named in the same run of the same script (for search: pgbench on"
  echo "the SQL the API ran; elsewhere GET /q/health/live). Other figures: key=value as the script printed them."
  echo
  echo "| benchmark | case | req/s / p50 / p95 / p99 | errors | same-run baseline: req/s / p50 / p95 / p99 | other figures | goal |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  while read -r line; do
    bench=$(result_field "$line" bench)
    base=$(result_field "$line" baseline)
    base_text="(is the baseline)"
    if [ -n "$base" ]; then
      base_line=$(grep -m 1 "^RESULT bench=$bench case=$base " "$RESULTS" || true)
      base_text="$base: $(figures "$base_line")"
    fi
    other=$(tr ' ' '\n' <<<"$line" | grep = | grep -Ev '^(bench|case|rps|p50|p95|p99|errors|baseline|goal)=' | paste -sd' ' - || true)
    echo "| $bench | $(result_field "$line" case) | $(figures "$line") | $(result_field "$line" errors) | $base_text | $other | $(result_field "$line" goal) |"
  done <"$RESULTS"
  echo
  echo "| script | exit | RESULT lines | seconds | load average before | after | log |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  for name in "${SELECTED[@]}"; do
    count=$(grep -c "^RESULT bench=$name " "$RESULTS" || true)
    echo "| bench-$name.sh | ${STATUS[$name]} | ${count}$([ "$count" = 0 ] && echo " (none printed)") | ${SECONDS_TAKEN[$name]} | ${LOAD_BEFORE[$name]} | ${LOAD_AFTER[$name]} | \`${OUT#"$ROOT/"}/$name-$STAMP.log\` |"
  done
} >"$REPORT"

log "Report: $REPORT"
cat "$REPORT"
failed=0
for name in "${SELECTED[@]}"; do [ "${STATUS[$name]}" = 0 ] || failed=1; done
exit $failed
