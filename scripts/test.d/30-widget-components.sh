#!/usr/bin/env bash
# The widget's components in headless Chromium (wasm-bindgen-test).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../env.sh"
cd "$root"
cargo test -p waymark-widget --target wasm32-unknown-unknown --test components
