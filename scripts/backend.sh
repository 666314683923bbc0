# Functions to build and run the Quarkus backend as a plain JVM process. Sourced by run.sh, test.sh and the
# benchmarks (every script that starts the packaged backend does so through backend_launch).

BACKEND_PORT="${BACKEND_PORT:-8080}"
BACKEND_APP="$ROOT/backend/target/quarkus-app"

# The packaged backend with Quarkus' AppCDS archive (target/quarkus-app/app-cds.jsa, the classes loaded until static
# initialisation); backend_build then replaces it with a trained one (backend_train_archive).
BACKEND_PACKAGE_FLAGS="-Dquarkus.package.jar.appcds.enabled=true"
# JVM settings of the backend (scripts/bench-startup.sh compares them with the former -Xms64m -Xmx384m): a heap that
# the search load fits in, the serial collector (no concurrent GC threads and remembered sets on 2 cores), only the
# quick C1 compiler (the optimising C2 compiler took half of the start's CPU time and 40 MB more memory under the
# search load, and saved only 4-5 % CPU per request answered from the answer cache once warm; on uncached searches it
# halves the backend's CPU, see "The JIT compiler and the uncached search" in backend/README.md), a smaller code cache
# and thread stacks.
BACKEND_JVM_FLAGS="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"
# Environment of the backend's JVM: at most two malloc arenas (glibc makes up to 8 per core, one for each busy thread,
# and keeps their memory), so the native memory of the worker threads stays shared.
BACKEND_ENV="MALLOC_ARENA_MAX=2"
# The database the build trains the class-data archive against (made and migrated by the training start).
BACKEND_TRAINING_DB="zelfhulpwijzer_cds_training"
# Requests of the training besides the search mix: other public reads, the contract, and answers that need a login
# (401 as problem+json), so that their classes are in the archive too.
BACKEND_TRAINING_PATHS="/api/v1/organisations /api/v1/pathways /api/v1/places?q=utrecht /api/v1/meeting-groups
  /api/v1/meeting-map /api/v1/criteria /hsds/organizations /feeds/meeting-guide.json /api/v1/referrals /q/openapi"

# The flags plus the class-data archive when the build made one. The JVM uses the archive only when it starts
# `-jar quarkus-run.jar` from target/quarkus-app, as the build recorded it, and the jar is unchanged since.
# $1: another quarkus-app directory (a benchmark's earlier build) whose archive counts instead.
backend_jvm_flags() {
  printf '%s' "$BACKEND_JVM_FLAGS"
  [ ! -f "${1:-$BACKEND_APP}/app-cds.jsa" ] || printf ' -XX:SharedArchiveFile=app-cds.jsa'
}

# Launches the packaged backend in the background, output appended to file $2, and sets BACKEND_PID: from quarkus-app
# directory $1 (so the archive applies), with BACKEND_ENV and backend_jvm_flags. Then, in this order, optional
# NAME=value words (environment of the backend, e.g. ZHW_HTTP_PORT) and java options (e.g. -Dquarkus.profile=test).
# BACKEND_JAVA_OPTS replaces the JVM flags and BACKEND_JAVA the java command, to compare others.
backend_launch() {
  local app="$1" logfile="$2"; shift 2
  (
    trap '' HUP   # outlives the terminal of the script that started it, as nohup would
    while [[ "${1:-}" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do export "${1?}"; shift; done
    cd "$app" && exec env $BACKEND_ENV "${BACKEND_JAVA:-java}" ${BACKEND_JAVA_OPTS:-$(backend_jvm_flags "$app")} \
      -Dvertx.disableURIValidation=true "$@" -jar quarkus-run.jar
  ) >>"$logfile" 2>&1 &
  BACKEND_PID=$!
}

# Trains a class-data archive (or, on another JDK, a cache) of the build: starts it with java options $1 (the flag that
# writes the archive when the JVM exits, e.g. -XX:ArchiveClassesAtExit=file) against BACKEND_TRAINING_DB, on a free
# port, with the identity provider at a closed port (anonymous requests), sends the public search mix of
# scripts/bench/search-mix.txt and BACKEND_TRAINING_PATHS, and stops it. Fails when the backend does not start.
backend_train() {
  local logfile="$LOCAL/logs/backend-training.log" port="" path
  pg_ensure_database "$BACKEND_TRAINING_DB" >/dev/null || return 1
  : >"$logfile"
  BACKEND_JAVA_OPTS="$BACKEND_JVM_FLAGS $1" backend_launch "$BACKEND_APP" "$logfile" ZHW_HTTP_PORT=0 \
    ZHW_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$BACKEND_TRAINING_DB" ZHW_OIDC_URL="http://127.0.0.1:9/realms/zelfhulpwijzer"
  local pid=$BACKEND_PID started=$SECONDS
  until [ -n "$port" ]; do
    kill -0 "$pid" 2>/dev/null && (( SECONDS - started < 300 )) || { tail -n 30 "$logfile"; return 1; }
    sleep 0.2
    port=$(grep -a -o -m 1 'Listening on: http://[^ ]*' "$logfile" | grep -o '[0-9]*$' || true)
  done
  wait_for_url "http://localhost:$port/q/health/ready" 120 || { kill "$pid"; tail -n 30 "$logfile"; return 1; }
  while read -r path; do
    curl -s -o /dev/null "http://localhost:$port$path" || true
  done < <(grep -v '^#' "$ROOT/scripts/bench/search-mix.txt" | grep .; printf '%s\n' $BACKEND_TRAINING_PATHS)
  kill "$pid"; wait "$pid" || true
}

# Replaces Quarkus' archive with one trained on a full start and the common requests (backend_train): it also holds
# the classes Hibernate, Flyway, the JDBC driver and the REST layer load after static initialisation, so a start reads
# and verifies far fewer classes (scripts/bench-startup.sh). Written to a temporary file and moved into place, so
# that a running backend or a second build never sees half an archive. Without a local PostgreSQL (ZHW_DB_URL set),
# Quarkus' archive stays.
backend_train_archive() {
  if [ -n "${ZHW_DB_URL:-}" ] || ! declare -F pg_ensure_database >/dev/null; then
    echo "No local PostgreSQL: the build keeps Quarkus' class-data archive"; return 0
  fi
  log "Training the class-data archive (a start against $BACKEND_TRAINING_DB and a few requests)"
  local tmp="app-cds.jsa.$$.tmp"
  if backend_train "-XX:ArchiveClassesAtExit=$tmp" && [ -s "$BACKEND_APP/$tmp" ]; then
    # Quarkus' archive stays beside it for scripts/bench-startup.sh to compare
    cp -f "$BACKEND_APP/app-cds.jsa" "$BACKEND_APP/app-cds-quarkus.jsa"
    mv -f "$BACKEND_APP/$tmp" "$BACKEND_APP/app-cds.jsa"
  else
    rm -f "$BACKEND_APP/$tmp"; echo "Training failed: the build keeps Quarkus' class-data archive" >&2
  fi
}

backend_build() {
  log "Building the backend"
  (cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests $BACKEND_PACKAGE_FLAGS package)
  backend_train_archive
}

# Starts the packaged backend against database $1 (default: zelfhulpwijzer) and waits until it is ready.
backend_start() {
  local db="${1:-zelfhulpwijzer}"
  if curl -fsS -o /dev/null "http://localhost:$BACKEND_PORT/q/health/ready" 2>/dev/null; then
    echo "Backend already runs on port $BACKEND_PORT"; return 0
  fi
  log "Starting the backend on port $BACKEND_PORT (database $db)"
  local started=$SECONDS
  : >"$LOCAL/logs/backend-$BACKEND_PORT.log"
  backend_launch "$BACKEND_APP" "$LOCAL/logs/backend-$BACKEND_PORT.log" ZHW_HTTP_PORT="$BACKEND_PORT" \
    ZHW_DB_URL="${ZHW_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/$db}" \
    ZHW_CORS_ORIGINS="${ZHW_CORS_ORIGINS:-http://localhost:$FRONTEND_PORT}"
  echo "$BACKEND_PID" >"$LOCAL/pids/backend-$BACKEND_PORT.pid"
  wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120 || { tail -n 50 "$LOCAL/logs/backend-$BACKEND_PORT.log"; return 1; }
  local rss; rss=$(ps -o rss= -p "$BACKEND_PID" | awk '{printf "%d", $1/1024}')
  echo "Backend ready after $((SECONDS - started)) s, resident memory ${rss} MB"
}

backend_stop() {
  stop_pidfile "backend-$BACKEND_PORT"
}
