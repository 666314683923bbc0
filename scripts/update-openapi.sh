#!/usr/bin/env bash
# Regenerates openapi.yaml (the contract) from the backend code, and the web client's types from it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
(cd "$ROOT/backend" && "$MVNW" -B -q -DskipTests package)
cp "$ROOT/backend/target/openapi/openapi.yaml" "$ROOT/openapi.yaml"
if [ -d "$ROOT/frontend/node_modules" ]; then (cd "$ROOT/frontend" && npm run -s gen:api); fi
echo "openapi.yaml updated"
