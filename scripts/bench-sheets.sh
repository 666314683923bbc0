#!/usr/bin/env bash
# Benchmark of a group sheet as PDF (GET /api/v1/sheets/groups/{slug}?formaat=pdf) under a steady load with wrk,
# beside a baseline measured in the same run (GET /q/health/live). Goal (issue 15): p95 <= 300 ms. The PDF is kept by
# the SHA-256 of its page (PublicSheetPdfs), so the steady figure is a kept PDF behind a freshly built sheet. Rendered
# ("cold") PDFs are measured apart: one request after the other for the sheets of groups never asked for before,
# after as many other groups' sheets have warmed the rendering code (case group-pdf-cold).
#
# Uses its own database (zelfhulpwijzer_bench_sheets, migrated at start) with fictional demo groups
# (voorbeeldgegevens, made by the directory's own demo generator); the sheets are public, so no token is needed.
# Prints RESULT lines (format: scripts/bench/common.sh, bench_result) for scripts/bench-all.sh.
# Settings: BENCH_PORT (18087), BENCH_GROUPS (200), BENCH_DURATION (20s), BENCH_WARMUP (10s), BENCH_CONNECTIONS (2),
#           BENCH_DELAY_MS (50), BENCH_JAVA_OPTS (JVM flags instead of those of scripts/backend.sh), PG_PORT (5433), BENCH_PG_SOCKET.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/bench/common.sh"

PORT="${BENCH_PORT:-18087}"
GROUPS_N="${BENCH_GROUPS:-200}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
export BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-2}" BENCH_DELAY_MS="${BENCH_DELAY_MS:-50}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_sheets
DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
HEALTH="http://localhost:$PORT/q/health/live"

bench_database "$DB"
bench_build
ZHW_DEMO_DATA_GROUPS="$GROUPS_N" bench_start_backend "$PORT" "$DB" backend-sheets.log

mapfile -t SLUGS < <(psql "$DB_URL" -Atc "select distinct g.slug from self_help_group g join meeting m on m.group_id = g.id
  where g.status = 'ACTIVE' order by g.slug")
SLUG="${SLUGS[0]}"
sheet_url() { echo "http://localhost:$PORT/api/v1/sheets/groups/$1?formaat=pdf"; }
SHEET=$(sheet_url "$SLUG")
FIRST=$(curl -fsS -o "$BENCH_OUT/sheet.pdf" -w '%{time_total}' "$SHEET")
BYTES=$(wc -c < "$BENCH_OUT/sheet.pdf")
FIRST_MS=$(awk -v s="$FIRST" 'BEGIN { printf "%.1f", s * 1000 }')
echo "Group sheet of $SLUG: $BYTES bytes of PDF, first request (rendered) $FIRST_MS ms"

log "Warming up ($WARMUP each)"
bench_wrk get.lua "$HEALTH" "$WARMUP" >/dev/null
bench_wrk get.lua "$SHEET" "$WARMUP" >/dev/null

# Rendered PDFs: the other groups' sheets one by one, the first half to warm up, the second half measured.
HALF=$(( (${#SLUGS[@]} - 1) / 2 ))
log "Rendering ${HALF} group sheets to warm up, then ${HALF} others measured one by one"
for slug in "${SLUGS[@]:1:$HALF}"; do curl -fsS -o /dev/null "$(sheet_url "$slug")"; done
COLD_TIMES=$(for slug in "${SLUGS[@]:$((1 + HALF)):$HALF}"; do
  curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' "$(sheet_url "$slug")"; done | sort -k2 -n)
COLD_LOAD=$(cut -d' ' -f1 /proc/loadavg)
# The same fields as wrk's RESULT line (nearest-rank percentiles over every answer), so bench_result can print it.
COLD=$(printf '%s\n' "$COLD_TIMES" | awk 'function rank(p) { r = p * NR; return r == int(r) ? r : int(r) + 1 }
  { v[NR] = $2 * 1000; total += $2; errors += ($1 != 200) }
  END { printf "RESULT requests=%d errors=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f\n",
  NR, errors, NR / total, v[rank(0.5)], v[rank(0.95)], v[rank(0.99)] }')
echo "cold pdf   $COLD"

log "Measuring ($DURATION each, $BENCH_CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause)"
BASE=$(bench_wrk get.lua "$HEALTH" "$DURATION")
echo "baseline   $BASE"
PDF=$(bench_wrk get.lua "$SHEET" "$DURATION")
echo "sheet pdf  $PDF"

log "Summary ($(nproc) CPUs, $GROUPS_N demo groups, load average $(cut -d' ' -f1-3 /proc/loadavg))"
{
  bench_result sheets health "$BASE"
  bench_result sheets group-pdf-cold "$COLD" baseline=health "groups=$HALF" "load1=$COLD_LOAD" "goal=p95<=300ms"
  bench_result sheets group-pdf "$PDF" baseline=health "bytes=$BYTES" "first_ms=$FIRST_MS" "load1=$(cut -d' ' -f1 /proc/loadavg)" "goal=p95<=300ms"
} | tee "$BENCH_OUT/summary-sheets.txt"
for result in "$COLD" "$PDF"; do
  echo "Goal p95 <= 300 ms ($([ "$result" = "$COLD" ] && echo rendered || echo kept)):" \
    "$(awk -v p="$(bench_field "$result" p95)" -v e="$(bench_field "$result" errors)" 'BEGIN { print (p <= 300 && e == 0 ? "met" : "NOT met") }')"
done
