#!/usr/bin/env bash
# Builds the wasm artefacts: the two edge workers (worker-build → edge/build/ and
# edge/build-updates/), their static assets (the buyer's words → edge/build-assets/) and the
# widget (trunk → dist/). Release profile: opt-level z, LTO,
# wasm-opt; std rebuilt for size with the pinned nightly (`size_build` in env.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
what="${1:-all}"
# wrangler runs this as its build command; the test harness builds once and skips it there.
if [ "${WAYMARK_SKIP_BUILD:-0}" = 1 ]; then exit 0; fi
if [ "$what" = all ] || [ "$what" = worker ] || [ "$what" = words ]; then
  # The workers' static assets (wrangler.toml `[assets]`, read through the ASSETS binding):
  # the buyer's words of every language at /_words/<tag>.json (20 catalogs in the wasm would
  # not fit its size budget) and the OpenAPI document served at /v1/openapi.json.
  rm -rf edge/build-assets
  cargo run --quiet -p waymark-edge --bin waymark -- words export edge/build-assets/_words
  mkdir -p edge/build-assets/_docs
  cp docs/openapi.json edge/build-assets/_docs/openapi.json
  # The merchant console's stylesheet (waymark-updates serves /console; the asset is harmless
  # on the public worker, which has no console).
  mkdir -p edge/build-assets/_console
  cp edge/console/console.css edge/build-assets/_console/console.css
  echo "[build] assets: edge/build-assets/ ($(ls edge/build-assets/_words | wc -l) languages' words, openapi.json)"
fi
if [ "$what" = all ] || [ "$what" = worker ]; then
  # Two workers from one crate (docs/deploy.md): `waymark-updates` (feature `updates`:
  # everything, plus registered shipments, Cron and the webhook queue) → edge/build-updates/,
  # and the storefront-facing `waymark` → edge/build/.
  for variant in updates public; do
    if [ "$variant" = updates ]; then out=build-updates; features=(--features updates); else out=build; features=(); fi
    (cd edge && size_build worker-build --release --out-dir "$out" . "${features[@]}" >/dev/null)
    # worker-build's own wasm-opt pass is light; -Oz saves about 50 KB gzip of upload.
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-reference-types --enable-mutable-globals --enable-multivalue \
      "edge/$out/index_bg.wasm" -o "edge/$out/index_bg.wasm"
    echo "[build] worker ($variant): edge/$out/index.js"
  done
fi
if [ "$what" = all ] || [ "$what" = widget ]; then
  size_build trunk build --release --config Trunk.toml >/dev/null
  # wasm-bindgen's JS glue is written for reading; minified it is 1.4 KB smaller in brotli.
  esbuild dist/waymark-widget.js --minify --format=esm --log-level=warning \
    --outfile=dist/waymark-widget.js --allow-overwrite
  echo "[build] widget: dist/"
fi
