#!/usr/bin/env bash
# Identity provider fault (issue 16): with Keycloak stopped, public reads keep working, a token issued before the
# stop keeps being accepted until it expires (the backend keeps Keycloak's keys), and nothing answers 5xx.
# Exit 0 only when all of that holds.
#
#   PG_PORT=5448 FAULT_KC_PORT=18105 FAULT_PORT=18104 bash scripts/fault-idp.sh
#
# Starts its own Keycloak (scripts/keycloak.sh, realm deploy/keycloak, on FAULT_KC_PORT; never the shared 8180) and
# the packaged backend in the production profile on FAULT_PORT against its own database (zelfhulpwijzer_fault_idp,
# 50 fictional demo groups). Through Keycloak's admin API (local admin/admin) the EPD client's access tokens are made
# to live FAULT_TOKEN_SECONDS (30), so that expiry is seen within the run. Then:
#   1. Keycloak up: an EPD token (client credentials) reads GET /api/v1/referrals (200); public reads 200.
#   2. Keycloak stopped (its process ended): public reads, the same token, a token signed with another key, a
#      garbled token and no token, every second until the token has expired plus FAULT_SKEW_SECONDS (5): public reads
#      200, the token 200 until it expires and 401 after, the others 401; no 5xx, no answer slower than 5 s.
#   3. Keycloak started again: a new token is accepted (200).
# Every answer is logged in .local/fault-idp/events.log (ms since the epoch, what, status, ms taken).
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/backend.sh"

FAULT_DB="${FAULT_DB:-zelfhulpwijzer_fault_idp}"
FAULT_PORT="${FAULT_PORT:-18104}"
KC_PORT="${FAULT_KC_PORT:-18105}"
TOKEN_SECONDS="${FAULT_TOKEN_SECONDS:-30}"
SKEW_SECONDS="${FAULT_SKEW_SECONDS:-5}"
BASE="http://localhost:$FAULT_PORT"
OUT="$LOCAL/fault-idp"
EVENTS="$OUT/events.log"
mkdir -p "$OUT"; : >"$EVENTS"
source "$ROOT/scripts/keycloak.sh"
# Keycloak's log and pid file stay apart from the shared instance's.
KC_LOG="$OUT/keycloak.log"
KC_PID_FILE="$LOCAL/pids/keycloak-$KC_PORT.pid"
REALM_URL="http://localhost:$KC_PORT/realms/zelfhulpwijzer"
command -v jq >/dev/null || apt_install jq

pg_start >/dev/null
[ -f "$BACKEND_APP/quarkus-run.jar" ] || backend_build
pg_ensure_database "$FAULT_DB"
require_free_port "$FAULT_PORT"

BACKEND_PID=""
cleanup() {
  [ -z "$BACKEND_PID" ] || { kill "$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true; }
  keycloak_stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "Keycloak on port $KC_PORT"
keycloak_start
admin=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "http://localhost:$KC_PORT/realms/master/protocol/openid-connect/token" | jq -r .access_token)
client_uuid=$(curl -fsS -H "Authorization: Bearer $admin" \
  "http://localhost:$KC_PORT/admin/realms/zelfhulpwijzer/clients?clientId=zelfhulpwijzer-epd" | jq -r '.[0].id')
curl -fsS -H "Authorization: Bearer $admin" "http://localhost:$KC_PORT/admin/realms/zelfhulpwijzer/clients/$client_uuid" \
  | jq --arg s "$TOKEN_SECONDS" '.attributes["access.token.lifespan"] = $s' >"$OUT/client.json"
curl -fsS -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' --data @"$OUT/client.json" \
  "http://localhost:$KC_PORT/admin/realms/zelfhulpwijzer/clients/$client_uuid"
epd_token() {
  curl -fsS -d grant_type=client_credentials -d client_id=zelfhulpwijzer-epd -d client_secret=epd-local-secret \
    "$REALM_URL/protocol/openid-connect/token" | jq -r .access_token
}

log "Backend on port $FAULT_PORT (production profile, identity provider $REALM_URL)"
: >"$OUT/backend.log"
backend_launch "$BACKEND_APP" "$OUT/backend.log" ZHW_HTTP_PORT="$FAULT_PORT" \
  ZHW_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$FAULT_DB" ZHW_OIDC_URL="$REALM_URL" ZHW_DEMO_DATA_GROUPS=50
wait_for_url "$BASE/q/health/ready" 300 || { tail -n 40 "$OUT/backend.log"; exit 1; }
SLUG=$(psql -h localhost -p "$PG_PORT" -U zelfhulpwijzer -d "$FAULT_DB" -qAt \
  -c "select slug from self_help_group where status = 'ACTIVE' order by slug limit 1")

# request <what> [curl arguments]: logs "ms what status ms-taken" and prints the status.
request() {
  local what="$1" start status
  shift
  start=$(date +%s%3N)
  status=$(curl -s -m 30 -o "$OUT/last.body" -w '%{http_code}' "$@") || status=000
  echo "$start $what $status $(( $(date +%s%3N) - start ))" >>"$EVENTS"
  echo "$status"
}
bearer() { printf 'Authorization: Bearer %s' "$1"; }
# The same token with its signature replaced by one from another key: well-formed, not Keycloak's.
OTHER_KEY="$OUT/other-key.pem"
[ -f "$OTHER_KEY" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OTHER_KEY" 2>/dev/null
resign() {
  local unsigned="${1%.*}"
  printf '%s.%s' "$unsigned" "$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$OTHER_KEY" | openssl base64 -A | tr '+/' '-_' | tr -d '=')"
}

FAILURES=()
expect() {   # phase what expected actual
  [ "$3" = "$4" ] || FAILURES+=("$1: $2 answered $4, expected $3")
}

log "Keycloak up"
TOKEN=$(epd_token)
EXP=$(cut -d. -f2 <<<"$TOKEN" | tr '_-' '/+' | base64 -d 2>/dev/null | jq -r .exp || true)
[ -n "$EXP" ] || EXP=$(( $(date +%s) + TOKEN_SECONDS ))
FORGED=$(resign "$TOKEN")
expect up "token" 200 "$(request up-token -H "$(bearer "$TOKEN")" "$BASE/api/v1/referrals")"
expect up "public search" 200 "$(request up-search "$BASE/api/v1/meetings?q=anonieme%20alcoholisten")"
expect up "other key" 401 "$(request up-forged -H "$(bearer "$FORGED")" "$BASE/api/v1/referrals")"

log "Keycloak stopped; the token expires at $(date -u -d "@$EXP" +%T) UTC"
keycloak_stop
STOPPED_AT=$(date +%s)
if curl -s -o /dev/null --max-time 3 "$REALM_URL"; then echo "Keycloak still answers" >&2; exit 1; fi
while [ "$(date +%s)" -le $((EXP + SKEW_SECONDS)) ]; do
  now=$(date +%s)
  expect down "public search" 200 "$(request down-search "$BASE/api/v1/meetings?q=anonieme%20alcoholisten")"
  expect down "public group" 200 "$(request down-group "$BASE/api/v1/groups/$SLUG")"
  status=$(request down-token -H "$(bearer "$TOKEN")" "$BASE/api/v1/referrals")
  if [ "$now" -lt "$EXP" ]; then expect "down, before expiry" token 200 "$status"
  elif [ "$now" -gt "$EXP" ]; then expect "down, after expiry" token 401 "$status"; fi
  expect down "other key" 401 "$(request down-forged -H "$(bearer "$FORGED")" "$BASE/api/v1/referrals")"
  expect down "garbled token" 401 "$(request down-garbled -H 'Authorization: Bearer abc.def.ghi' "$BASE/api/v1/referrals")"
  expect down "no token" 401 "$(request down-anonymous "$BASE/api/v1/referrals")"
  sleep 1
done
DOWN_SECONDS=$(( $(date +%s) - STOPPED_AT ))

log "Keycloak started again"
keycloak_start
expect "up again" "new token" 200 "$(request again-token -H "$(bearer "$(epd_token)")" "$BASE/api/v1/referrals")"

log "Summary"
awk '{ split($2, p, "-"); phase = p[1]; n[$2 " " $3]++; if ($3 ~ /^5/ || $3 == "000") bad++; if ($4 > slow) slow = $4 }
     END { for (k in n) printf "  %-22s %5d answers\n", k, n[k]; printf "  5xx or no answer: %d; slowest answer: %d ms\n", bad, slow }' \
  "$EVENTS" | sort
echo "  Keycloak was down for $DOWN_SECONDS s; the token lived $TOKEN_SECONDS s"
SLOWEST=$(awk '{ if ($4 > s) s = $4 } END { print s + 0 }' "$EVENTS")
[ "$SLOWEST" -le 5000 ] || FAILURES+=("an answer took $SLOWEST ms")
if [ ${#FAILURES[@]} -gt 0 ]; then
  printf '  FAILED: %s\n' "${FAILURES[@]}" | sort | uniq -c
  exit 1
fi
echo "  All held: public reads 200, the issued token 200 until it expired and 401 after, other tokens 401, no 5xx."
