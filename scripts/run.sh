#!/usr/bin/env bash
# Runs the whole system locally: PostgreSQL, Keycloak, backend and web client, with the real seed data.
# Safe to run again (running parts are reused); data survive restarts (.local/); Ctrl-C stops what this run started.
# With --demo the backend adds fictional groups and meetings, labelled "voorbeeldgegevens", beside the real seed data.
set -euo pipefail
if [ "${1:-}" = "--demo" ]; then export ZHW_DEMO_DATA_GROUPS="${ZHW_DEMO_DATA_GROUPS:-300}"; fi
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/keycloak.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/frontend.sh"

STARTED=()
cleanup() {
  trap - EXIT INT TERM
  [ ${#STARTED[@]} -eq 0 ] && return
  log "Stopping: ${STARTED[*]}"
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do "${STARTED[$i]}_stop" || true; done
}
trap cleanup EXIT INT TERM

# Starts one part unless it already runs; remembers what this run started, to stop it on exit.
start() {
  local part="$1"; shift
  if "${part}_running"; then echo "$part already runs"; return 0; fi
  "${part}_start" "$@"
  STARTED+=("$part")
}
pg_running() { [ -z "${ZHW_DB_URL:-}" ] && runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }
keycloak_running() { curl -fsS -o /dev/null "http://localhost:$KC_PORT/realms/zelfhulpwijzer/.well-known/openid-configuration" 2>/dev/null; }
backend_running() { curl -fsS -o /dev/null "http://localhost:$BACKEND_PORT/q/health/ready" 2>/dev/null; }
frontend_running() { curl -fsS -o /dev/null "http://localhost:$FRONTEND_PORT/" 2>/dev/null; }

pg_install
start pg
pg_ensure_database zelfhulpwijzer
keycloak_install
start keycloak
backend_build
start backend zelfhulpwijzer
frontend_install
frontend_build
start frontend

cat <<MSG

Zelfhulpwijzer runs:
  Web client   http://localhost:$FRONTEND_PORT
  Backend API  http://localhost:$BACKEND_PORT/api/v1   (contract: /q/openapi, docs: /q/swagger-ui)
  Keycloak     http://localhost:$KC_PORT   (realm zelfhulpwijzer; admin/admin, local only)
  PostgreSQL   localhost:$PG_PORT   (database zelfhulpwijzer, user zelfhulpwijzer)
Demo users (local only): medewerker/medewerker, coordinator/coordinator, beheerder/beheerder.
Logs in .local/logs/. Press Ctrl-C to stop.
MSG
# Keep running until Ctrl-C; the trap stops what this run started.
while true; do sleep 3600 & wait $!; done
