# Shared steps of the scripts/bench-*.sh benchmarks. Sourced after scripts/common.sh, never run.
# Each benchmark uses its own database and port, signs its own test token and measures against a baseline
# (GET /q/health/live) in the same run; these helpers keep those steps the same everywhere.

source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"
command -v wrk >/dev/null || apt_install wrk
command -v psql >/dev/null || apt_install postgresql-client
BENCH_OUT="$LOCAL/bench"
mkdir -p "$BENCH_OUT"

# Creates database $1 (owner zelfhulpwijzer) on the PostgreSQL at $PG_PORT when it does not exist.
bench_database() {
  local db="$1"
  if [ -z "$(psql "postgresql://zelfhulpwijzer:zelfhulpwijzer@localhost:$PG_PORT/postgres" -Atc "select 1 from pg_database where datname = '$db'")" ]; then
    local socket="${BENCH_PG_SOCKET:-$(ps -eo args | grep -v grep | grep -o -- "-p $PG_PORT -k [^ ]*" | head -n 1 | awk '{print $4}')}"
    [ -n "$socket" ] || { echo "Cannot create $db: set BENCH_PG_SOCKET or create it as superuser (owner zelfhulpwijzer)" >&2; return 1; }
    runuser -u postgres -- psql -h "$socket" -p "$PG_PORT" -d postgres -qc "create database $db owner zelfhulpwijzer"
  fi
}

# Mean latency in ms of pgbench script $1 run alone on database $2 with one client for $3 seconds, in pgbench's query
# mode $4 (prepared: each statement planned once; extended: parsed and planned for its values at every execution).
bench_pgbench_mean_ms() {
  pgbench -h localhost -p "$PG_PORT" -U "${ZHW_DB_USER:-zelfhulpwijzer}" -n -M "$4" -c1 -T "$3" -f "$1" "$2" 2>&1 |
    awk '/latency average/ { print $4 }'
}

# Builds the backend as run.sh does (backend_build: with the trained class-data archive) when the jar is missing or
# older than a source file.
bench_build() {
  local backend="$ROOT/backend" jar="$BACKEND_APP/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$backend/src" "$backend/pom.xml" -newer "$jar" -type f | head -n 1)" ]; then
    backend_build
  fi
}

# Starts the packaged backend (BENCH_APP: another quarkus-app directory) on port $1 with database $2 and the test
# profile's token settings (so a token signed with backend/src/test/resources/test-jwt-private.pem is accepted),
# logging to $BENCH_OUT/$3; stops it on exit. The production JVM settings (backend_launch); BENCH_JAVA_OPTS replaces
# them to compare others.
bench_start_backend() {
  local port="$1" db="$2" logfile="$3"
  log "Starting the backend on port $port (database $db)"
  : >"$BENCH_OUT/$logfile"
  BACKEND_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" backend_launch "${BENCH_APP:-$BACKEND_APP}" "$BENCH_OUT/$logfile" \
    ZHW_HTTP_PORT="$port" ZHW_TEST_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$db" \
    -Dquarkus.profile=test -Dquarkus.log.level=WARN
  BENCH_PID=$BACKEND_PID
  trap 'kill $BENCH_PID 2>/dev/null || true; wait $BENCH_PID 2>/dev/null || true' EXIT
  wait_for_url "http://localhost:$port/q/health/ready" 600
}

# Prints a test token (one hour) for role $1 in institution $2, signed like the tests' TestTokens.
bench_token() {
  local b64url='openssl base64 -A | tr "+/" "-_" | tr -d "="' now header payload sig
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"test"}' | eval "$b64url")
  payload=$(printf '{"iss":"https://test.zelfhulpwijzer.local/realms/zelfhulpwijzer","aud":"zelfhulpwijzer-api","sub":"bench","preferred_username":"bench","instelling":"%s","instelling_land":"NL","realm_access":{"roles":["%s"]},"iat":%d,"exp":%d}' \
    "$2" "$1" "$now" "$((now + 3600))" | eval "$b64url")
  sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$ROOT/backend/src/test/resources/test-jwt-private.pem" | eval "$b64url")
  printf '%s.%s.%s' "$header" "$payload" "$sig"
}

# Runs wrk with script $1 (in scripts/bench) against URL $2 for duration $3 and prints its RESULT line.
bench_wrk() {
  wrk -t"${BENCH_THREADS:-1}" -c"${BENCH_CONNECTIONS:-4}" -d"$3" -s "$ROOT/scripts/bench/$1" "$2" | grep '^RESULT'
}

# Writes the wrk script of the public search mix (scripts/bench/search-mix.txt + search-mix.lua) to file $1.
bench_search_mix() {
  {
    echo 'local paths = {'
    grep -v '^#' "$ROOT/scripts/bench/search-mix.txt" | grep . | sed 's/.*/  "&",/'
    echo '}'
    cat "$ROOT/scripts/bench/search-mix.lua"
  } >"$1"
}

# CPU time so far in clock ticks (user + system, fields 14 and 15 of /proc/PID/stat) of the processes $@.
bench_cpu_ticks() { for p in "$@"; do cat "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $14 + $15 } END { print s + 0 }'; }

# The PostgreSQL server on $PG_PORT and its current backends (the pooled connections of a running backend).
bench_db_pids() {
  local postmaster
  postmaster=$(ps -eo pid=,args= | awk -v port="-p $PG_PORT " '/bin\/postgres / && index($0 " ", port) { print $1; exit }')
  echo "$postmaster" $(ps --ppid "$postmaster" -o pid=)
}

# Prints field $2 (p50, p95, rps, errors ...) of RESULT line $1; nothing (and status 0) when the line has no such field.
bench_field() {
  printf '%s' "$1" | { grep -o "$2=[0-9.]*" || true; } | cut -d= -f2
}

# The RESULT line: the one format in which every bench-*.sh reports its figures, so that scripts/bench-all.sh can put
# them in one table. One line per measured case, on stdout, after the run:
#
#   RESULT bench=<script name without bench-> case=<case> [rps=<req/s>] [p50=<ms>] [p95=<ms>] [p99=<ms>]
#          [errors=<n>] [baseline=<case of the same bench and run it is compared with>] [<key>=<value> ...]
#
# Latencies in milliseconds, rates per second; a case that is itself the baseline has no baseline= field. Further
# figures are key=value with the unit in the key (bytes=, rss_mb=, ready_s=, tps=), and goal=<text> states the
# issue's goal. Values never contain spaces. bench_result prints such a line from a wrk RESULT line:
#   bench_result advice health "$BASE"
#   bench_result advice advice "$ADV" baseline=health bytes=29533 goal=p95<=15ms
bench_result() {
  local bench="$1" case="$2" wrk_line="$3" out key value
  shift 3
  out="RESULT bench=$bench case=$case"
  for key in rps p50 p95 p99 errors; do
    value=$(bench_field "$wrk_line" "$key")
    [ -z "$value" ] || out+=" $key=$value"
  done
  for value in "$@"; do out+=" ${value// /_}"; done
  printf '%s\n' "$out"
}
