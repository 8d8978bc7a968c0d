#!/usr/bin/env bash
# Builds the worker and prints the edge benchmark figures (see edge.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
cd "$root"
bash scripts/setup.sh >/dev/null
bash scripts/build.sh worker >/dev/null
node scripts/bench/edge.mjs
