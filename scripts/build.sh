#!/usr/bin/env bash
# Builds the two wasm artefacts: the edge worker (worker-build → edge/build/) and the widget
# (trunk → dist/). Release profile: opt-level z, LTO, wasm-opt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
what="${1:-all}"
# wrangler runs this as its build command; the test harness builds once and skips it there.
if [ "${WAYMARK_SKIP_BUILD:-0}" = 1 ]; then exit 0; fi
if [ "$what" = all ] || [ "$what" = worker ]; then
  (cd edge && worker-build --release >/dev/null)
  # worker-build's own wasm-opt pass is light; -Oz saves about 50 KB gzip of upload.
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-mutable-globals --enable-multivalue \
    edge/build/index_bg.wasm -o edge/build/index_bg.wasm
  echo "[build] worker: edge/build/worker/shim.mjs"
fi
if [ "$what" = all ] || [ "$what" = widget ]; then
  trunk build --release --config Trunk.toml >/dev/null
  echo "[build] widget: dist/"
fi
