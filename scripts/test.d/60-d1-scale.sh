#!/usr/bin/env bash
# D1 at scale: 100,000 orders in a local D1 database; the due-scan, the attention list's pages
# (first, next, deep, by kind) and the number lookup must read at most their rows plus a
# constant (D1's own rows_read). Prints storage and what a scheduled run costs per plan.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
node scripts/bench/d1.mjs --check 100000
