#!/usr/bin/env bash
# Size budgets, measured on the release build: widget wasm + JS glue (CSS is inside the wasm)
# ≤ 55 KB brotli (target 45), loader ≤ 2 KB brotli, the public worker ≤ 250 KB gzip; the updates worker
# against its ceiling. Fails on regression.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
node scripts/bench/sizes.mjs --check
