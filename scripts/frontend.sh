# Functions to install, build and serve the web client. Sourced by run.sh and test.sh.

FRONTEND_PORT="${FRONTEND_PORT:-5173}"

frontend_install() {
  command -v node >/dev/null || apt_install nodejs npm
  local stamp="$ROOT/frontend/node_modules/.lock-hash" hash
  hash=$(sha256sum "$ROOT/frontend/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
    log "Installing web client dependencies (npm ci)"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$hash" >"$stamp"
  fi
}

frontend_build() {
  log "Building the web client"
  (cd "$ROOT/frontend" && npm run -s build >/dev/null)
}

# Serves the built web client; /api is proxied to the backend, so the browser sees one origin.
frontend_start() {
  if curl -fsS -o /dev/null "http://localhost:$FRONTEND_PORT/" 2>/dev/null; then
    echo "Web client already runs on port $FRONTEND_PORT"; return 0
  fi
  log "Starting the web client on port $FRONTEND_PORT"
  # Vite's own entry point, not npx: the pid file must name the process that serves, so stop can end it.
  (cd "$ROOT/frontend" && VITE_BACKEND_URL="http://localhost:$BACKEND_PORT" nohup node node_modules/vite/bin/vite.js \
      preview --port "$FRONTEND_PORT" --strictPort >"$LOCAL/logs/frontend-$FRONTEND_PORT.log" 2>&1 &
   echo $! >"$LOCAL/pids/frontend-$FRONTEND_PORT.pid")
  wait_for_url "http://localhost:$FRONTEND_PORT/" 60 || { tail -n 30 "$LOCAL/logs/frontend-$FRONTEND_PORT.log"; return 1; }
}

frontend_stop() {
  stop_pidfile "frontend-$FRONTEND_PORT"
}
