#!/usr/bin/env bash
# Runs every test: backend (Quarkus, real PostgreSQL), web client unit tests, browser end-to-end tests against a
# freshly started stack (PostgreSQL, Keycloak, backend, web client in headless Chromium), the compose file check,
# two backend instances behind nginx (scripts/two-instances.sh) and, after all browser tests, a backup and restore of
# their database (scripts/backup-restore.sh).
# Installs what it needs. Stops what it started. Exit code 0 only when everything passed.
#     bash scripts/test.sh                          everything (what CI runs)
#     bash scripts/test.sh --e2e [e2e/x.test.mjs]   only the browser tests, all or the files named
set -euo pipefail
E2E_ONLY=false
if [ "${1:-}" = "--e2e" ]; then E2E_ONLY=true; shift; fi
E2E_FILES=("$@")
source "$(dirname "$0")/common.sh"

# The citation tests read the seed documents, ../shared/seeds beside the project. A clone made elsewhere (CI's
# `git clone . /tmp/…`) finds them beside the repository it was cloned from.
if [ -z "${ZHW_SEEDS_DIR:-}" ] && [ ! -d "$ROOT/../shared/seeds" ]; then
  origin=$(git -C "$ROOT" config --get remote.origin.url 2>/dev/null || true)
  if [ -n "$origin" ] && [ -d "$origin/../shared/seeds" ]; then
    export ZHW_SEEDS_DIR; ZHW_SEEDS_DIR=$(cd "$origin/../shared/seeds" && pwd)
  fi
fi

# The end-to-end stack gets its own ports and database, so a running `scripts/run.sh` is left alone.
export BACKEND_PORT="${E2E_BACKEND_PORT:-18080}" FRONTEND_PORT="${E2E_FRONTEND_PORT:-5174}"
source "$ROOT/scripts/postgres.sh"
export ZHW_TEST_DB_URL="${ZHW_TEST_DB_URL:-jdbc:postgresql://localhost:$PG_PORT/zelfhulpwijzer_test}"
source "$ROOT/scripts/keycloak.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/frontend.sh"

stop_started_on_exit

log "Preparing the machine"
apt_install chromium docker-compose fonts-dejavu-core
pg_install
keycloak_install
frontend_install

log "PostgreSQL"
if [ -z "${ZHW_DB_URL:-}" ] && ! runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  pg_start; STARTED+=(pg)
fi
pg_ensure_database zelfhulpwijzer_test

if ! $E2E_ONLY; then
  log "Backend tests"
  (cd "$ROOT/backend" && "$MVNW" -B verify -Dstyle.color=never)

  log "Web client checks and unit tests"
  (cd "$ROOT/frontend" && npm run -s check:api && npm run -s lint && npm run -s typecheck && npm test)

  log "Compose file"
  docker-compose -f "$ROOT/docker-compose.yml" config -q && echo "docker-compose.yml is valid"

  log "Two backend instances behind nginx"
  bash "$ROOT/scripts/two-instances.sh"
fi

log "End-to-end stack"
require_free_port "$BACKEND_PORT"
require_free_port "$FRONTEND_PORT"
pg_psql -d postgres -c "drop database if exists zelfhulpwijzer_e2e with (force)"
pg_ensure_database zelfhulpwijzer_e2e
# Each part is listed before it starts: one that fails half-way (a Keycloak not ready in time) is stopped too,
# and no orphan keeps holding what the caller locked.
if ! keycloak_ready; then STARTED+=(keycloak); keycloak_start; fi
if $E2E_ONLY; then backend_build; fi
# The browser tests also need groups and meetings: fictional ones, labelled "voorbeeldgegevens".
STARTED+=(backend); ZHW_DEMO_DATA_GROUPS=200 backend_start zelfhulpwijzer_e2e
frontend_build
(cd "$ROOT/frontend" && npm run -s check:size)
STARTED+=(frontend); frontend_start

log "Browser end-to-end tests (headless Chromium)"
if [ ${#E2E_FILES[@]} -gt 0 ]; then
  (cd "$ROOT/frontend" && E2E_BASE_URL="http://localhost:$FRONTEND_PORT" node --test --test-concurrency=1 "${E2E_FILES[@]}")
else
  (cd "$ROOT/frontend" && E2E_BASE_URL="http://localhost:$FRONTEND_PORT" npm run -s e2e)
  # The browser tests made referrals, and with them audit events: that database is backed up and restored, with the
  # backend stopped so that nothing writes meanwhile (scripts/backup-restore.sh).
  log "Backup and restore of the end-to-end database"
  backend_stop
  REQUIRE_AUDIT=1 bash "$ROOT/scripts/backup-restore.sh" zelfhulpwijzer_e2e
fi
log "All tests passed"
