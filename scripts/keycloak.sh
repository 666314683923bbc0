# shellcheck shell=bash
# Local Keycloak for Zelfhulpwijzer (development only).
#
# Meant to be sourced by the other scripts:
#     ROOT=/path/to/repo; source "$ROOT/scripts/keycloak.sh"
#     keycloak_start      # installs on first use, imports the realm, waits until ready
#     keycloak_stop
#
# Sourcing only defines variables and functions; it starts nothing and is safe
# under `set -euo pipefail`. Everything lives in $ROOT/.local (git-ignored):
#     .local/keycloak-$KC_VERSION/   Keycloak itself, with its H2 dev database in data/h2
#     .local/logs/keycloak.log       server log
#     .local/pids/keycloak.pid       PID of the kc.sh process
#
# Issuer: http://localhost:$KC_PORT/realms/zelfhulpwijzer
# Admin console: http://localhost:$KC_PORT/admin (admin/admin, LOCAL ONLY).
# Demo users and secrets: deploy/keycloak/README.md.

ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
LOCAL="${LOCAL:-$ROOT/.local}"
KC_PORT="${KC_PORT:-8180}"
KC_VERSION=26.7.3
KC_REALM=zelfhulpwijzer
KC_HOME="$LOCAL/keycloak-$KC_VERSION"
KC_REALM_FILE="$ROOT/deploy/keycloak/zelfhulpwijzer-realm.json"
KC_LOG="$LOCAL/logs/keycloak.log"
KC_PID_FILE="$LOCAL/pids/keycloak.pid"
KC_START_TIMEOUT="${KC_START_TIMEOUT:-180}"

_kc_log() { echo "[keycloak] $*" >&2; }

_kc_discovery_url() {
  echo "http://localhost:$KC_PORT/realms/$KC_REALM/.well-known/openid-configuration"
}

# True when the realm's discovery document answers on $KC_PORT.
keycloak_ready() {
  curl -fsS -o /dev/null --max-time 3 "$(_kc_discovery_url)" 2>/dev/null
}

# PID from the PID file if that process is still alive, else nothing (and status 1).
_kc_running_pid() {
  local pid
  if [ -f "$KC_PID_FILE" ]; then
    pid="$(cat "$KC_PID_FILE" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      echo "$pid"
      return 0
    fi
  fi
  return 1
}

# Downloads keycloak-quarkus-dist from Maven Central (via Maven) and unpacks it
# into $LOCAL. Does nothing when it is already there.
keycloak_install() {
  if [ -x "$KC_HOME/bin/kc.sh" ]; then
    return 0
  fi
  local mvn="${MVN:-mvn}" tmp
  mkdir -p "$LOCAL"
  tmp="$(mktemp -d "$LOCAL/keycloak-download.XXXXXX")"
  _kc_log "installing Keycloak $KC_VERSION into $KC_HOME"
  # Run outside any Maven project so the plugin runs stand-alone; show Maven's output only on failure.
  if ! (cd "$tmp" && "$mvn" -q -B -Dstyle.color=never dependency:copy \
          "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
          "-DoutputDirectory=$tmp" >"$tmp/mvn.log" 2>&1); then
    cat "$tmp/mvn.log" >&2 || true
    rm -rf "$tmp"
    _kc_log "download of org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip failed"
    return 1
  fi
  # Unpack next to the target and move into place, so a broken unzip leaves no half install.
  if ! unzip -q "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp/unpacked"; then
    rm -rf "$tmp"
    _kc_log "unzip failed"
    return 1
  fi
  rm -rf "$KC_HOME"
  mv "$tmp/unpacked/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  _kc_log "installed $("$KC_HOME/bin/kc.sh" --version 2>/dev/null | head -n1 || echo "Keycloak $KC_VERSION")"
}

# Starts Keycloak in dev mode (H2 in $KC_HOME/data) on $KC_PORT in the background and
# waits until the realm answers. Does nothing when the realm already answers.
keycloak_start() {
  if keycloak_ready; then
    _kc_log "already running on port $KC_PORT"
    return 0
  fi

  local pid
  if pid="$(_kc_running_pid)"; then
    _kc_log "process $pid is already starting; waiting"
  else
    if curl -s -o /dev/null --max-time 3 "http://localhost:$KC_PORT/" 2>/dev/null; then
      _kc_log "port $KC_PORT is in use by something that does not serve realm $KC_REALM"
      return 1
    fi
    keycloak_install
    mkdir -p "$LOCAL/logs" "$LOCAL/pids" "$KC_HOME/data/import"
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"
    _kc_log "starting on port $KC_PORT (log: $KC_LOG)"
    {
      echo "===== $(date -Is) keycloak_start ====="
    } >>"$KC_LOG"
    # The admin user is created only when the master realm is new (first start).
    # Credentials are LOCAL ONLY.
    (
      cd "$KC_HOME" || exit 1
      export KC_BOOTSTRAP_ADMIN_USERNAME=admin
      export KC_BOOTSTRAP_ADMIN_PASSWORD=admin
      export JAVA_OPTS_KC_HEAP="${KC_HEAP:--Xms64m -Xmx512m}"
      exec nohup bin/kc.sh start-dev \
        --http-port "$KC_PORT" \
        --hostname "http://localhost:$KC_PORT" \
        --import-realm \
        >>"$KC_LOG" 2>&1 </dev/null
    ) &
    pid=$!
    echo "$pid" >"$KC_PID_FILE"
  fi

  local waited=0
  until keycloak_ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      _kc_log "Keycloak exited during start-up; last lines of $KC_LOG:"
      tail -n 40 "$KC_LOG" >&2 || true
      rm -f "$KC_PID_FILE"
      return 1
    fi
    if [ "$waited" -ge "$KC_START_TIMEOUT" ]; then
      _kc_log "not ready after ${KC_START_TIMEOUT}s; last lines of $KC_LOG:"
      tail -n 40 "$KC_LOG" >&2 || true
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  _kc_log "ready after ~${waited}s: http://localhost:$KC_PORT/realms/$KC_REALM"
}

# Stops the Keycloak started by keycloak_start (by its PID file).
keycloak_stop() {
  local pid children waited=0
  if ! pid="$(_kc_running_pid)"; then
    rm -f "$KC_PID_FILE"
    _kc_log "not running (no live PID in $KC_PID_FILE)"
    return 0
  fi
  # kc.sh forwards TERM to its java child; remember the child in case it does not.
  children="$(pgrep -P "$pid" 2>/dev/null || true)"
  _kc_log "stopping PID $pid"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 30 ]; do
    sleep 1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    _kc_log "still running after 30s; sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  local child
  for child in $children; do
    if kill -0 "$child" 2>/dev/null; then
      kill -KILL "$child" 2>/dev/null || true
    fi
  done
  rm -f "$KC_PID_FILE"
  _kc_log "stopped"
}
