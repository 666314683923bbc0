#!/usr/bin/env bash
# Start time and memory of the packaged backend (issue 16: ready <= 3 s after start, resident memory <= 300 MB under
# the search load). Not a test.
#
#   bash scripts/bench-startup.sh
#   BENCH_STARTS=5 BENCH_DURATION=30s bash scripts/bench-startup.sh
#
# Compares JVM settings in one run, so that the machine's load hits each alike: "before" is how scripts/backend.sh
# started the backend before issue 16 (-Xms64m -Xmx384m, no class-data archive, Hibernate's schema check, Flyway's
# full check and the banner at every start, up to 200 request workers), "quarkus-cds" the current flags with Quarkus' own AppCDS archive
# (classes up to static initialisation), "after" what backend_launch of scripts/backend.sh starts (the flags of
# run.sh, test.sh and the benchmarks, with the class-data archive the build trained on a full start), "aot" (with
# BENCH_AOT_JAVA) the same on a newer JDK with its AOT cache. BENCH_STARTUP_CONFIGS="name=flags;name=flags" sets
# others (system properties such as -Dquarkus.banner.enabled=true go in the flags). The starts take turns (before,
# after, before, ...), BENCH_STARTS (3) of each; the median counts.
# Every start is against a migrated database (zelfhulpwijzer_bench_startup, with BENCH_GROUPS fictional demo groups
# made once beforehand), in the production profile, without demo mode, as a restarted server starts:
#   ready   ms from launching java until GET /q/health/ready answers 200 (polled every 20 ms)
#   cpu     CPU time (user + system, all threads) the JVM used until then: on a shared machine this moves much less
#           with the load than the wall-clock figures
#   phases  from the log: until the first log line (JVM, class loading, static init), Flyway (connect, validate,
#           migrate), after Flyway until Quarkus says "started" (Hibernate, REST, scheduler, start-up observers),
#           then until ready answers
#   steps   the slowest start-up steps of the last start of each setting (-Dquarkus.debug.print-startup-times=true:
#           Quarkus' own time per recorded step), in $LOCAL/bench-startup/steps-<setting>.txt
# After the last start of each setting, the search mix of scripts/bench-search.sh runs paced (about 200 requests/s,
# answer cache on as in production; then the same with "near me" positions; then the first mix again, with the JIT
# warm) for BENCH_DURATION each, and the resident memory (VmRSS) and the JVM's CPU time per answered request are
# read; BENCH_DURATION=0 skips the load.
# The identity provider address points at a closed port: searches are anonymous.
#
# Settings: BENCH_PORT (18100), BENCH_STARTS (3), BENCH_GROUPS (10000), BENCH_DURATION (seconds, 20), PG_PORT (5433),
# BENCH_AOT_JAVA (unset; e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/bench/common.sh"

PORT="${BENCH_PORT:-18100}"
STARTS="${BENCH_STARTS:-3}"
GROUPS_N="${BENCH_GROUPS:-10000}"
SECS="${BENCH_DURATION:-20}"; SECS="${SECS%s}"
DB=zelfhulpwijzer_bench_startup
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
OUT="$LOCAL/bench-startup"
mkdir -p "$OUT"
pg_ensure_database "$DB"
# The build with its class-data archive (backend_build), unless the archive is newer than every source and the jar
# (a jar written after the archive, by a build without it, makes the archive unusable).
ARCHIVE="$ROOT/backend/target/quarkus-app/app-cds.jsa"
if [ ! -f "$ARCHIVE" ] || [ -n "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" "$JAR" -newer "$ARCHIVE" -type f | head -n 1)" ]; then
  backend_build
fi
# "before" with what the configuration changed since: Hibernate's schema check, Flyway's check of every migration
# and the banner were on at every start, and up to 200 request workers (Quarkus' default).
BEFORE="-Xms64m -Xmx384m -Dquarkus.hibernate-orm.schema-management.strategy=validate -Dquarkus.banner.enabled=true"
BEFORE+=" -Dquarkus.thread-pool.max-threads=200 -Dquarkus.flyway.migrate-at-start=true"
CONFIGS="before=$BEFORE"
# Quarkus' own archive, which the trained one replaced (kept beside it by backend_train_archive)
[ ! -f "$(dirname "$JAR")/app-cds-quarkus.jsa" ] || CONFIGS+=";quarkus-cds=$BACKEND_ENV $BACKEND_JVM_FLAGS -XX:SharedArchiveFile=app-cds-quarkus.jsa"
CONFIGS="${BENCH_STARTUP_CONFIGS:-$CONFIGS;after=$BACKEND_ENV $(backend_jvm_flags)}"
# BENCH_AOT_JAVA: the java of a JDK 25 or later, compared as setting "aot": the production flags with an AOT cache
# (JEP 483, 514, 515) trained like the class-data archive (backend_train), made again when the jar is newer.
if [ -n "${BENCH_AOT_JAVA:-}" ]; then
  if [ ! -f "$(dirname "$JAR")/app.aot" ] || [ "$JAR" -nt "$(dirname "$JAR")/app.aot" ]; then
    log "Training the AOT cache of $BENCH_AOT_JAVA (not measured)"
    BACKEND_JAVA="$BENCH_AOT_JAVA" backend_train "-XX:AOTCacheOutput=app.aot"
  fi
  CONFIGS+=";aot=BACKEND_JAVA=$BENCH_AOT_JAVA $BACKEND_ENV $BACKEND_JVM_FLAGS -XX:AOTCache=app.aot"
fi
require_free_port "$PORT"

PID=""
stop_backend() { [ -z "$PID" ] || { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; }; }
trap stop_backend EXIT
# Launches the backend (backend_launch) with setting $1 instead of the production one (JVM flags; words like
# NAME=value are environment variables, BACKEND_JAVA=path another java) and extra environment $2..., logging to
# $OUT/backend.log.
launch() {
  local word envs=() flags=()
  for word in $1; do
    if [[ "$word" =~ ^[A-Z_]+= ]]; then envs+=("$word"); else flags+=("$word"); fi
  done
  : >"$OUT/backend.log"
  BACKEND_ENV="" BACKEND_JAVA_OPTS="${flags[*]}" backend_launch "$(dirname "$JAR")" "$OUT/backend.log" \
    ZHW_HTTP_PORT="$PORT" ZHW_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" \
    ZHW_OIDC_URL="http://localhost:$((PORT + 9))/realms/zelfhulpwijzer" "${envs[@]}" "${@:2}" \
    -Dquarkus.debug.print-startup-times=true
  PID=$BACKEND_PID
}

DB_URL="postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/$DB"
if [ "$(psql "$DB_URL" -Atc "select count(*) from self_help_group where demo" 2>/dev/null || echo 0)" != "$GROUPS_N" ]; then
  log "Preparing $DB: migrations and $GROUPS_N demo groups (not measured)"
  launch "-Xmx1g" ZHW_DEMO_DATA_GROUPS="$GROUPS_N"
  wait_for_url "http://localhost:$PORT/q/health/ready" 900 || { tail -n 40 "$OUT/backend.log"; exit 1; }
  stop_backend
fi
psql "$DB_URL" -qc "vacuum analyze meeting, self_help_group, location, organisation"

# Epoch ms of the first log line matching $1 in the backend log ("" when none).
log_ms() {
  local stamp
  stamp=$(grep -a -m 1 -E "$1" "$OUT/backend.log" | grep -o -E '^[0-9-]+ [0-9:]+,[0-9]+' || true)
  [ -z "$stamp" ] || date -d "${stamp/,/.}" +%s%3N
}

# CPU time (user + system) of the backend process in ms.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$PID/stat"; }

# One start with flags $1 (in this shell, so PID stays set): FIGURES = "ready first_log flyway_start flyway_end
# started cpu" in ms (the first five since launch).
measure_start() {
  local t0 ready cpu
  t0=$(date +%s%3N)
  launch "$1"
  until curl -fs -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { tail -n 40 "$OUT/backend.log" >&2; return 1; }
    sleep 0.02
  done
  ready=$(( $(date +%s%3N) - t0 ))
  cpu=$(cpu_ms)
  local first fly_start fly_end started
  first=$(log_ms '^[0-9]{4}-')
  # Flyway in the start itself (thread main); at a restart of a current database it runs only after the start
  # (common/persistence/SchemaAtStart), in thread schema-check
  fly_start=$(log_ms 'FlywayExecutor\] \(main\)')
  fly_end=$(log_ms '\(main\) .*(No migration necessary|Successfully applied)')
  started=$(log_ms '\(main\) .* started in')
  # Without Flyway in the start (a current database) its phase counts as 0 ms.
  fly_start="${fly_start:-$started}"; fly_end="${fly_end:-$fly_start}"
  FIGURES="$ready $((first - t0)) $((fly_start - t0)) $((fly_end - t0)) $((started - t0)) $cpu"
}

# The search mix, paced (about 200 requests/s), for $SECS s with extra environment $1: prints its RESULT line (spaces
# as _) and the backend's CPU ms per answered request.
search_load() {
  local before line rps
  before=$(cpu_ms)
  line=$(env BENCH_OPENING=50 BENCH_DELAY_MS=500 "$@" wrk -t2 -c100 -d"${SECS}s" -s "$OUT/mix.lua" "http://localhost:$PORT" | grep '^RESULT')
  rps=$(bench_field "$line" rps)
  echo "${line// /_} $(awk -v c="$(( $(cpu_ms) - before ))" -v r="$rps" -v s="$SECS" 'BEGIN { printf "%.2f", c / (r * s) }')"
}

IFS=';' read -r -a SETTINGS <<<"$CONFIGS"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A TIMES=() LOADS=()
for round in $(seq 1 "$STARTS"); do
  for setting in "${SETTINGS[@]}"; do
    name="${setting%%=*}"
    log "Start $round of $name (${setting#*=})"
    measure_start "${setting#*=}"
    echo "ready, first log line, Flyway start, Flyway end, started (ms since launch), CPU ms until ready: $FIGURES"
    TIMES[$name]+="$FIGURES"$'\n'
    rss_ready=$(( $(awk '/VmRSS/ { print $2 }' "/proc/$PID/status") / 1024 ))
    if [ "$round" = "$STARTS" ]; then
      awk 'match($0, /Build step [^ ]+ completed in: [0-9]+ms/) {
             n = split(substr($0, RSTART, RLENGTH), w, " "); print w[n], w[3] }' "$OUT/backend.log" \
        | sort -rn | awk 'NR <= 10' >"$OUT/steps-$name.txt"
      echo "slowest start-up steps (ms, wall clock): $(paste -sd ',' "$OUT/steps-$name.txt" | sed 's/,/, /g')"
      paced="" near="" warm="" cpu_paced="" cpu_near="" cpu_warm=""
      if [ "$SECS" -gt 0 ]; then
        log "Search load on $name (${SECS}s paced, ${SECS}s paced near me, ${SECS}s paced again)"
        bench_search_mix "$OUT/mix.lua"
        read -r paced cpu_paced < <(search_load)
        read -r near cpu_near < <(search_load BENCH_NEAR_ME=1)
        read -r warm cpu_warm < <(search_load)
      fi
      rss_load=$(( $(awk '/VmRSS/ { print $2 }' "/proc/$PID/status") / 1024 ))
      echo "search paced: $paced (CPU $cpu_paced ms per request); near me: $near (CPU $cpu_near ms per request); paced again: $warm (CPU $cpu_warm ms per request); RSS at ready $rss_ready MB, after the load $rss_load MB"
      LOADS[$name]="$paced|$near|$warm|$cpu_paced|$cpu_near|$cpu_warm|$rss_ready|$rss_load"
    fi
    stop_backend
  done
done

# Median of column $2 of the lines in $1.
median() { awk -v c="$2" 'NF { print $c }' <<<"$1" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
log "Summary ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (at the start $LOAD_START), $STARTS starts each, $GROUPS_N demo groups)"
baseline=""
for setting in "${SETTINGS[@]}"; do
  name="${setting%%=*}"
  ready=$(median "${TIMES[$name]}" 1); first=$(median "${TIMES[$name]}" 2); fly_start=$(median "${TIMES[$name]}" 3)
  fly_end=$(median "${TIMES[$name]}" 4); started=$(median "${TIMES[$name]}" 5)
  IFS='|' read -r paced near warm cpu_paced cpu_near cpu_warm rss_ready rss_load <<<"${LOADS[$name]}"
  cpu=$(median "${TIMES[$name]}" 6)
  printf '%-8s ready %5d ms, CPU %d ms (JVM to first log %d, to Flyway %d, Flyway %d, Flyway to started %d, started to ready %d); RSS %d MB at ready, %d MB after the search load; CPU per search %s ms, near me %s ms, again %s ms; flags: %s\n' \
    "$name" "$ready" "$cpu" "$first" "$fly_start" "$((fly_end - fly_start))" "$((started - fly_end))" "$((ready - started))" \
    "$rss_ready" "$rss_load" "${cpu_paced:--}" "${cpu_near:--}" "${cpu_warm:--}" "${setting#*=}" | tee -a "$OUT/summary.txt"
  bench_result startup "$name" "" "ready_ms=$ready" "cpu_ms=$cpu" "first_log_ms=$first" "flyway_ms=$((fly_end - fly_start))" \
    "flyway_to_started_ms=$((started - fly_end))" "rss_ready_mb=$rss_ready" "rss_load_mb=$rss_load" \
    ${baseline:+baseline=$baseline} "goal=ready<=3000ms,rss<=300MB"
  if [ -n "$paced" ]; then
    bench_result startup "$name-search-paced" "${paced//_/ }" "cpu_ms_per_req=$cpu_paced" ${baseline:+baseline=$baseline-search-paced}
    bench_result startup "$name-search-near-me" "${near//_/ }" "cpu_ms_per_req=$cpu_near" ${baseline:+baseline=$baseline-search-near-me}
    bench_result startup "$name-search-again" "${warm//_/ }" "cpu_ms_per_req=$cpu_warm" ${baseline:+baseline=$baseline-search-again}
  fi
  baseline="${baseline:-$name}"
done
