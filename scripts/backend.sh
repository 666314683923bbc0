# Functions to build and run the Quarkus backend as a plain JVM process. Sourced by run.sh and test.sh.

BACKEND_PORT="${BACKEND_PORT:-8080}"

backend_build() {
  log "Building the backend"
  (cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests package)
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
    nohup java ${BACKEND_JAVA_OPTS:--Xms64m -Xmx384m} -Dvertx.disableURIValidation=true -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" \
      >"$LOCAL/logs/backend-$BACKEND_PORT.log" 2>&1 &
  echo $! >"$LOCAL/pids/backend-$BACKEND_PORT.pid"
  wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120 || { tail -n 50 "$LOCAL/logs/backend-$BACKEND_PORT.log"; return 1; }
  local rss; rss=$(ps -o rss= -p "$(cat "$LOCAL/pids/backend-$BACKEND_PORT.pid")" | awk '{printf "%d", $1/1024}')
  echo "Backend ready after $((SECONDS - started)) s, resident memory ${rss} MB"
}

backend_stop() {
  stop_pidfile "backend-$BACKEND_PORT"
}
