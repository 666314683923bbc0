#!/usr/bin/env bash
# Lighthouse on the production build of the web client (group finder, advice wizard, worklist after a real
# login), with Debian's Chromium. Starts what it needs (PostgreSQL, Keycloak, backend with demo groups, the built
# web client), stops what it started, writes HTML reports to .local/lighthouse/<server>/ and prints a table.
# Goals (quality issue): performance ≥ 90, accessibility = 100, judged on the median of LIGHTHOUSE_RUNS audits per page
# (default 3; this machine's scores vary by ten points between audits). Not in the test command: it takes minutes.
#
#   PG_PORT=… bash scripts/lighthouse.sh                                  # served by nginx, as in production
#   LIGHTHOUSE_SERVERS="preview nginx" PG_PORT=… bash scripts/lighthouse.sh   # also by `vite preview`, one after the other
#   LIGHTHOUSE_RUNS=5 PG_PORT=… bash scripts/lighthouse.sh                # five audits per page
#
# nginx: Debian's nginx with frontend/nginx.conf and deploy/nginx/ (scripts/nginx.sh), so the pages and the API's
# answers come compressed, with production's headers and cache rules. preview: `vite preview` (scripts/frontend.sh,
# what run.sh and the browser tests use), which passes the API's answers on uncompressed.
set -euo pipefail
source "$(dirname "$0")/common.sh"

# The same ports as the browser tests: Keycloak's client allows this web client address.
export BACKEND_PORT="${E2E_BACKEND_PORT:-18080}" FRONTEND_PORT="${E2E_FRONTEND_PORT:-5174}"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/keycloak.sh"
source "$ROOT/scripts/backend.sh"
source "$ROOT/scripts/frontend.sh"
source "$ROOT/scripts/nginx.sh"
SERVERS="${LIGHTHOUSE_SERVERS:-nginx}"

stop_started_on_exit

apt_install chromium nginx
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

# nginx serves a copy of the build from a folder its workers (nobody) can read, wherever the checkout is.
WEB=""
nginx_start() {
  WEB=$(mktemp -d /tmp/zhw-lighthouse.XXXXXX)
  chmod 755 "$WEB"
  cp -r "$ROOT/frontend/dist" "$WEB/html"
  nginx_web_conf "$WEB/nginx" "$FRONTEND_PORT" "$BACKEND_PORT" "$WEB/html"
  nginx_launch "$WEB/nginx"
  wait_for_url "http://localhost:$FRONTEND_PORT/" 30
}
nginx_stop() {
  nginx_halt
  [ -z "$WEB" ] || rm -rf "$WEB"
}
preview_start() { frontend_start; }
preview_stop() { frontend_stop; }

# Every server is audited, also after one missed a goal; the exit code says whether all met them.
missed=0
for server in $SERVERS; do
  case "$server" in nginx | preview) ;; *) echo "Unknown server: $server (nginx, preview)" >&2; exit 2 ;; esac
  STARTED+=("$server"); "${server}_start"
  log "Lighthouse (mobile profile, throttled), web client served by $server"
  (cd "$ROOT/scripts/lighthouse" && node audit.mjs "http://localhost:$FRONTEND_PORT" "$LOCAL/lighthouse/$server") || missed=1
  "${server}_stop"; unset 'STARTED[-1]'
done
exit "$missed"
