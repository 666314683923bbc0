#!/usr/bin/env bash
# Browser tests (with axe) of "Welke groep past?" without Keycloak: a backend on its own port and database that
# trusts the test key (test profile), the built web client on its own port, and a token signed with the test key
# put in the browser session. Ports: E2E_BACKEND_PORT (18087), E2E_WEB_PORT (15174). Database: the bench database
# of scripts/bench-advice.sh (emptied and migrated at start).
set -euo pipefail
source "$(dirname "$0")/common.sh"

BACKEND_PORT="${E2E_BACKEND_PORT:-18087}"
WEB_PORT="${E2E_WEB_PORT:-15174}"
PG_PORT="${PG_PORT:-5433}"
DB=zelfhulpwijzer_bench_advice
ISSUER=https://test.zelfhulpwijzer.local/realms/zelfhulpwijzer
OUT="$LOCAL/e2e-advice"
mkdir -p "$OUT"

[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests package)
log "Backend on port $BACKEND_PORT (database $DB, test token settings)"
ZHW_HTTP_PORT="$BACKEND_PORT" ZHW_TEST_DB_URL="jdbc:postgresql://localhost:$PG_PORT/$DB" \
  java -Dquarkus.profile=test -Dquarkus.log.level=WARN -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" \
  >"$OUT/backend.log" 2>&1 &
BACKEND_PID=$!
WEB_PID=""
trap 'kill $BACKEND_PID ${WEB_PID:-} 2>/dev/null || true' EXIT
wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 120

log "Web client on port $WEB_PORT"
(cd "$ROOT/frontend" && VITE_OIDC_AUTHORITY="$ISSUER" npx vite build --outDir "$OUT/dist" --emptyOutDir >/dev/null)
# exec: $! is vite itself, so the trap stops it.
(cd "$ROOT/frontend" && VITE_BACKEND_URL="http://localhost:$BACKEND_PORT" exec ./node_modules/.bin/vite preview \
  --outDir "$OUT/dist" --port "$WEB_PORT" --strictPort >"$OUT/web.log" 2>&1) &
WEB_PID=$!
wait_for_url "http://localhost:$WEB_PORT/" 60

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"test"}' | b64url)
PAYLOAD=$(printf '{"iss":"%s","sub":"e2e","preferred_username":"medewerker","name":"Mila Medewerker","instelling":"demo-instelling","realm_access":{"roles":["medewerker"]},"iat":%d,"exp":%d}' "$ISSUER" "$NOW" "$((NOW + 3600))" | b64url)
SIG=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$ROOT/backend/src/test/resources/test-jwt-private.pem" | b64url)

log "Browser tests"
cd "$ROOT/frontend"
E2E_BASE_URL="http://localhost:$WEB_PORT" E2E_ACCESS_TOKEN="$HEADER.$PAYLOAD.$SIG" E2E_OIDC_AUTHORITY="$ISSUER" \
  node --test --test-concurrency=1 e2e/advice.test.mjs
