#!/usr/bin/env bash
# The cost model per 1,000 tracked orders on Cloudflare's published prices, beside EasyPost's
# 2 ¢ per tracker (edge/benches/cost.rs; README "What it costs"). --no-default-features: the
# bench needs no CLI, and building the CLI's binary beside the bench's library trips cargo's
# output-name collision for a cdylib + rlib crate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cargo bench --quiet -p waymark-edge --no-default-features --bench cost 2>/dev/null
