# Functions to build and run the Quarkus backend as a plain JVM process. Sourced by run.sh and test.sh.

BACKEND_PORT="${BACKEND_PORT:-8080}"

# The packaged backend with an AppCDS archive (target/quarkus-app/app-cds.jsa): the JVM maps the classes Quarkus
# loads at start from it instead of reading and verifying them again (scripts/bench-startup.sh measures the effect).
BACKEND_PACKAGE_FLAGS="-Dquarkus.package.jar.appcds.enabled=true"
# JVM settings of the backend (scripts/bench-startup.sh compares them with the former -Xms64m -Xmx384m): a heap that
# the search load fits in, the serial collector (no concurrent GC threads and remembered sets on 2 cores), only the
# quick C1 compiler (the optimising C2 compiler took half of the start's CPU time and 40 MB more memory under the
# search load, and saved only 4-5 % CPU per search request once warm), a smaller code cache and thread stacks.
BACKEND_JVM_FLAGS="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"
# Environment of the backend's JVM: at most two malloc arenas (glibc makes up to 8 per core, one for each busy thread,
# and keeps their memory), so the native memory of the worker threads stays shared.
BACKEND_ENV="MALLOC_ARENA_MAX=2"
# The flags plus the AppCDS archive when the build made one. The JVM uses the archive only when it starts
# `-jar quarkus-run.jar` from target/quarkus-app, as the build recorded it, and the jar is unchanged since.
# $1: another quarkus-app directory (a benchmark's earlier build) whose archive counts instead.
backend_jvm_flags() {
  printf '%s' "$BACKEND_JVM_FLAGS"
  [ ! -f "${1:-$ROOT/backend/target/quarkus-app}/app-cds.jsa" ] || printf ' -XX:SharedArchiveFile=app-cds.jsa'
}

backend_build() {
  log "Building the backend"
  (cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests $BACKEND_PACKAGE_FLAGS package)
}

# Starts the packaged backend against database $1 (default: zelfhulpwijzer) and waits until it is ready.
backend_start() {
  local db="${1:-zelfhulpwijzer}"
  if curl -fsS -o /dev/null "http://localhost:$BACKEND_PORT/q/health/ready" 2>/dev/null; then
    echo "Backend already runs on port $BACKEND_PORT"; return 0
  fi
  log "Starting the backend on port $BACKEND_PORT (database $db)"
  local started=$SECONDS
  ZHW_HTTP_PORT="$BACKEND_PORT" \
  ZHW_DB_URL="${ZHW_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/$db}" \
  ZHW_CORS_ORIGINS="${ZHW_CORS_ORIGINS:-http://localhost:$FRONTEND_PORT}" \
    nohup bash -c 'cd "$1" && shift && exec "$@"' - "$ROOT/backend/target/quarkus-app" \
      env $BACKEND_ENV java ${BACKEND_JAVA_OPTS:-$(backend_jvm_flags)} -Dvertx.disableURIValidation=true -jar quarkus-run.jar \
      >"$LOCAL/logs/backend-$BACKEND_PORT.log" 2>&1 &
  echo $! >"$LOCAL/pids/backend-$BACKEND_PORT.pid"
  wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120 || { tail -n 50 "$LOCAL/logs/backend-$BACKEND_PORT.log"; return 1; }
  local rss; rss=$(ps -o rss= -p "$(cat "$LOCAL/pids/backend-$BACKEND_PORT.pid")" | awk '{printf "%d", $1/1024}')
  echo "Backend ready after $((SECONDS - started)) s, resident memory ${rss} MB"
}

backend_stop() {
  stop_pidfile "backend-$BACKEND_PORT"
}
