#!/usr/bin/env bash
# Runs Waymark locally, offline: the public edge worker in workerd (wrangler dev) on :8787,
# the proactive-updates worker on :8788 (also the support links' views), sandbox carriers
# replaying recorded payloads and the demo storefront with the widget on :8080. Both workers
# serve the static assets scripts/build.sh writes to edge/build-assets/ (the buyer's words).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/env.sh
bash scripts/build.sh

STORE_PORT="${STORE_PORT:-8080}"
EDGE_PORT="${EDGE_PORT:-8787}"
UPDATES_PORT="${UPDATES_PORT:-8788}"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

node sandbox/server.mjs --port "$STORE_PORT" --edge "http://127.0.0.1:$EDGE_PORT" &
pids+=($!)
# Development secrets only (the sandbox signs the demo's tokens with the same one).
# MAX_HOT_TTL_SECONDS=0: every page load asks the sandbox carriers again, so the demo is live.
dev_vars=(
  --var "CARRIER_SANDBOX_URL:http://127.0.0.1:$STORE_PORT/carriers"
  --var "ALLOWED_ORIGINS:http://127.0.0.1:$STORE_PORT"
  --var "EMBED_SECRET:dev-embed-secret-not-for-production"
  --var "MERCHANT_API_KEY:dev-merchant-key-not-for-production"
  --var "MAX_HOT_TTL_SECONDS:0"
  --var "RATE_LIMIT_BINDINGS:off"
)
# Support links in the public worker's answers open the order's view on the updates worker.
WAYMARK_SKIP_BUILD=1 wrangler dev -c wrangler.toml --ip 127.0.0.1 --port "$EDGE_PORT" \
  --inspector-port 9229 --log-level warn --persist-to "$root/.wrangler/dev-state" "${dev_vars[@]}" \
  --var "SUPPORT_ORIGIN:http://127.0.0.1:$UPDATES_PORT" &
pids+=($!)
# Its orders live on D1: the schema (edge/migrations) applied to the local database first.
CI=1 wrangler d1 migrations apply DB --local -c wrangler.updates.toml \
  --persist-to "$root/.wrangler/dev-state-updates" >/dev/null
# The updates worker (registered shipments, Cron, webhook queue). In production both share one
# KV namespace; locally each keeps its own state. The public worker asks this one for carrier
# legs through its CARRIERS service binding (wrangler.toml), found via wrangler's dev registry.
WAYMARK_SKIP_BUILD=1 wrangler dev -c wrangler.updates.toml --ip 127.0.0.1 --port "$UPDATES_PORT" \
  --inspector-port 9230 --log-level warn --persist-to "$root/.wrangler/dev-state-updates" "${dev_vars[@]}" \
  --var "WEBHOOK_SECRET:dev-webhook-secret-not-for-production" \
  --var "WEBHOOK_ALLOW_LOOPBACK:1" \
  --test-scheduled &
pids+=($!)

for port in "$EDGE_PORT" "$UPDATES_PORT"; do
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
done
# The stale demo: its sandbox carrier answers once (kept as the last good copy), then fails.
token=$(curl -fsS "http://127.0.0.1:$STORE_PORT/_sandbox/token?scenario=stale")
curl -fsS -o /dev/null -H "Origin: http://127.0.0.1:$STORE_PORT" \
  -H "Authorization: Bearer $token" "http://127.0.0.1:$EDGE_PORT/v1/timeline" || echo "(warming the stale demo failed)"
cat <<MSG

  Waymark is running (Ctrl-C stops it):
    demo storefront  http://127.0.0.1:$STORE_PORT/
    edge worker      http://127.0.0.1:$EDGE_PORT/v1/health
    updates worker   http://127.0.0.1:$UPDATES_PORT/v1/health
    merchant console http://127.0.0.1:$UPDATES_PORT/console (sign in with dev-merchant-key-not-for-production)
    sandbox carriers http://127.0.0.1:$STORE_PORT/carriers/

  Proactive updates (docs/proactive-updates.md): register an order with a webhook_url on this
  machine, then run the scheduled refresh by hand:
    curl -X POST http://127.0.0.1:$UPDATES_PORT/v1/shipments -H "Authorization: Bearer dev-merchant-key-not-for-production" \
      -d '{"id":"1042","numbers":[{"number":"LP00412345678CN","carrier":"cainiao"}],"webhook_url":"http://127.0.0.1:9999/hook"}'
    curl "http://127.0.0.1:$UPDATES_PORT/__scheduled?cron=*/10+*+*+*+*"

MSG
wait
