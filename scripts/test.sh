#!/usr/bin/env bash
# Every test Waymark has, from nothing: installs the toolchain when needed, then lint, native
# unit/property/conformance tests, wasm builds, fuzz smoke runs, size budgets and the
# end-to-end tests against the real local runtime (workerd) in headless Chromium.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/env.sh

started=$SECONDS
step() { printf '\n\033[1;35m== %s\033[0m (t+%ss)\n' "$*" "$((SECONDS - started))"; }

step "format"
cargo fmt --all --check

step "clippy (native, all targets)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "clippy (wasm32: shared, both edge workers, widget)"
cargo clippy --target wasm32-unknown-unknown -p waymark-shared -p waymark-widget --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p waymark-edge --lib --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p waymark-edge --lib --features updates --quiet -- -D warnings

step "native tests (unit, property, conformance, CLI)"
cargo test --workspace

step "build the worker (worker-build) and the widget (trunk)"
bash scripts/build.sh

for extra in scripts/test.d/*.sh; do
  [ -e "$extra" ] || continue
  step "$(basename "$extra" .sh)"
  bash "$extra"
done

step "end-to-end (workerd via wrangler dev, sandbox carriers, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "contract: schemathesis (all checks, both workers, stateful links) against docs/openapi.json"
node tests/contract/run.mjs 110

step "load: autocannon, cache hits over 200 tokens at concurrency 64 for 30 s vs /v1/health"
node scripts/bench/load.mjs 30 64

step "all tests passed in $((SECONDS - started))s"
