#!/usr/bin/env bash
# Lighthouse (npm, installed on first use into .tools/) on the demo page with and without the
# widgets. A benchmark that prints figures, not a test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
cd "$root"
tools="$root/.tools/lighthouse"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --no-audit --no-fund --loglevel=error --prefix "$tools" lighthouse@12.8.2 >/dev/null)
fi
bash scripts/build.sh >/dev/null
WAYMARK_SKIP_BUILD=1 node scripts/bench/lighthouse.mjs "$tools/node_modules/.bin/lighthouse"
