#!/usr/bin/env bash
# Normalization benchmarks: criterion natively (every fixture + the synthetic three-leg parcel),
# then the synthetic parcel inside wasm (wasm32-wasip1 under Node's WASI). Prints figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
source scripts/env.sh
rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1
cargo bench -p waymark-edge --bench normalize -- --noplot "$@" 2>&1 | { grep -E "^(fixture|synthetic)/|time:|thrpt:|synthetic three-leg" || true; }
(cd edge/bench-wasm && CARGO_TARGET_DIR="$root/target" cargo build -q --release --target wasm32-wasip1)
node --no-warnings scripts/bench/run-wasi.mjs target/wasm32-wasip1/release/waymark-bench-wasm.wasm
