#!/usr/bin/env bash
# Lighthouse on the production build of the web client (group finder, advice wizard, worklist after a real
# login), with Debian's Chromium. Starts what it needs (PostgreSQL, Keycloak, backend with demo groups, the built
# web client), stops what it started, writes HTML reports to .local/lighthouse/ and prints a table.
# Goals (quality issue): performance ≥ 90, accessibility = 100. Not in the test command: it takes minutes.
set -euo pipefail
source "$(dirname "$0")/common.sh"

# The same ports as the browser tests: Keycloak's client allows this web client address.
export BACKEND_PORT="${E2E_BACKEND_PORT:-18080}" FRONTEND_PORT="${E2E_FRONTEND_PORT:-5174}"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/keycloak.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/frontend.sh"

stop_started_on_exit

apt_install chromium
pg_install
keycloak_install
frontend_install
(cd "$ROOT/scripts/lighthouse" && npm ci --no-audit --no-fund --silent)

require_free_port "$BACKEND_PORT"
require_free_port "$FRONTEND_PORT"
if ! runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then pg_start; STARTED+=(pg); fi
pg_psql -d postgres -c "drop database if exists zelfhulpwijzer_lighthouse with (force)"
pg_ensure_database zelfhulpwijzer_lighthouse
# Each part is listed before it starts: one that fails half-way (a Keycloak not ready in time) is stopped too,
# and no orphan keeps holding what the caller locked.
if ! keycloak_ready; then STARTED+=(keycloak); keycloak_start; fi
STARTED+=(backend); ZHW_DEMO_DATA_GROUPS="${LIGHTHOUSE_DEMO_GROUPS:-200}" backend_start zelfhulpwijzer_lighthouse
frontend_build
STARTED+=(frontend); frontend_start

log "Lighthouse (mobile profile, throttled)"
(cd "$ROOT/scripts/lighthouse" && node audit.mjs "http://localhost:$FRONTEND_PORT" "$LOCAL/lighthouse")
