#!/usr/bin/env bash
# One-off: copies the registrations an earlier Waymark kept in KV into D1, page by page, through
# the updates worker's POST /v1/maintenance/kv-import. Safe to run again (orders already in D1
# are left as they are).
#   WAYMARK_UPDATES_URL=https://waymark-updates.example.workers.dev MERCHANT_API_KEY=… bash scripts/kv-import.sh
set -euo pipefail
url="${WAYMARK_UPDATES_URL:?set WAYMARK_UPDATES_URL to your waymark-updates worker}"
key="${MERCHANT_API_KEY:?set MERCHANT_API_KEY}"
body='{}'
total=0
while :; do
  answer=$(curl -fsS -X POST "$url/v1/maintenance/kv-import" -H "Authorization: Bearer $key" \
    -H "Content-Type: application/json" -d "$body")
  echo "$answer"
  read -r imported done cursor < <(node -e 'const a=JSON.parse(process.argv[1]);console.log(a.imported, a.done, JSON.stringify(a.cursor))' "$answer")
  total=$((total + imported))
  [ "$done" = "true" ] && break
  body="{\"cursor\":$cursor}"
done
echo "kv-import: $total registrations copied into D1"
