#!/usr/bin/env bash
# Runs Waymark locally, offline: the edge worker in workerd (wrangler dev) on :8787, sandbox
# carriers replaying recorded payloads and the demo storefront with the widget on :8080.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/env.sh
bash scripts/build.sh

STORE_PORT="${STORE_PORT:-8080}"
EDGE_PORT="${EDGE_PORT:-8787}"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

node sandbox/server.mjs --port "$STORE_PORT" --edge "http://127.0.0.1:$EDGE_PORT" &
pids+=($!)
WAYMARK_SKIP_BUILD=1 wrangler dev --ip 127.0.0.1 --port "$EDGE_PORT" --log-level warn \
  --var "CARRIER_SANDBOX_URL:http://127.0.0.1:$STORE_PORT/carriers" &
pids+=($!)

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$EDGE_PORT/v1/health" >/dev/null 2>&1 && break
  sleep 0.5
done
cat <<MSG

  Waymark is running (Ctrl-C stops it):
    demo storefront  http://127.0.0.1:$STORE_PORT/
    edge worker      http://127.0.0.1:$EDGE_PORT/v1/health
    sandbox carriers http://127.0.0.1:$STORE_PORT/carriers/

MSG
wait
