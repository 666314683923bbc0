# Shared settings and helpers for the project's scripts. Sourced, never run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
mkdir -p "$LOCAL/logs" "$LOCAL/pids"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}"
MVNW="$ROOT/backend/mvnw"
export MVN="$MVNW"  # scripts/keycloak.sh fetches Keycloak with Maven

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

APT_UPDATED=""
# Installs Debian packages that are missing; apt-get update runs at most once per script.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing Debian packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Waits until a URL answers with 2xx, or fails after $2 seconds.
wait_for_url() {
  local url="$1" timeout="${2:-120}" start=$SECONDS
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if (( SECONDS - start > timeout )); then echo "Timed out waiting for $url" >&2; return 1; fi
    sleep 1
  done
}

# Stops a process started by these scripts, by its pid file.
stop_pidfile() {
  local file="$LOCAL/pids/$1.pid"
  [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# Fails when something already listens on the port: a test must not run against someone else's server.
require_free_port() {
  if curl -s -o /dev/null --max-time 2 "http://localhost:$1/" 2>/dev/null; then
    echo "Port $1 is in use; stop what runs there (or set E2E_BACKEND_PORT / E2E_FRONTEND_PORT) and try again." >&2
    return 1
  fi
}

# Parts a script starts are added to STARTED (e.g. STARTED+=(pg)); on exit they are stopped in reverse order
# with their <part>_stop, and the script keeps its own exit status.
STARTED=()
stop_started_on_exit() {
  _stop_started() {
    local status=$?
    trap - EXIT INT TERM
    for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do "${STARTED[$i]}_stop" >/dev/null 2>&1 || true; done
    exit $status
  }
  trap _stop_started EXIT INT TERM
}
