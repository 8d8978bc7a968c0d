#!/usr/bin/env bash
# Installs everything Waymark needs, from the package registries only, idempotently:
# a tool already present at the right version is skipped, so a second run takes seconds.
#   - Rust: wasm32-unknown-unknown target, rustfmt, clippy; a pinned nightly with rust-src for
#     the release wasm builds (std rebuilt for size) and the fuzzer
#   - cargo: wasm-bindgen-cli (= the wasm-bindgen version in Cargo.lock), worker-build
#     (= the worker crate's version), trunk 0.21.14 (--locked; 0.22 needs a newer rustc)
#   - npm (package-lock.json): wrangler 4.86.0 (+ workerd), binaryen (wasm-opt), esbuild, autocannon,
#     playwright-core, axe-core
#   - Debian: chromium + chromium-driver (headless browser tests)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

lock_version() { # name → version in Cargo.lock
  awk -v n="$1" '$0 == "name = \"" n "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

[ -f Cargo.lock ] || cargo generate-lockfile

# --- Rust targets and components ---------------------------------------------------------
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp"
done
# The pinned nightly that rebuilds std for the release wasm builds (and runs the fuzzer).
nightly="$(sed -n 's/^export WAYMARK_NIGHTLY=//p' scripts/env.sh)"
if ! rustup run "$nightly" rustc --print target-libdir --target wasm32-unknown-unknown >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$nightly" rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  say "installing $nightly with rust-src and wasm32 (release wasm builds rebuild std for size)"
  rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# --- cargo-installed tools -----------------------------------------------------------------
cargo_tool() { # binary version crate [extra args…]
  local bin="$1" want="$2" crate="$3"; shift 3
  local have=""
  # "wasm-bindgen 0.2.130", "trunk 0.21.14", or a bare "0.8.7" (worker-build): the last word.
  if command -v "$bin" >/dev/null 2>&1; then have="$("$bin" --version 2>/dev/null | head -1 | awk '{print $NF}')"; fi
  if [ "$have" = "$want" ]; then return 0; fi
  say "installing $crate $want (found: ${have:-none}); this takes a few minutes"
  cargo install "$crate" --version "$want" "$@"
}
cargo_tool wasm-bindgen "$(lock_version wasm-bindgen)" wasm-bindgen-cli
cargo_tool worker-build "$(lock_version worker)" worker-build
cargo_tool trunk 0.21.14 trunk --locked

# --- npm tools -----------------------------------------------------------------------------
if [ ! -x node_modules/.bin/wrangler ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (wrangler, binaryen, esbuild, playwright-core, axe-core, autocannon)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- Debian packages -----------------------------------------------------------------------
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  say "installing chromium and chromium-driver from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Fonts for the scripts the buyer's languages use, so browser tests and screenshots render
# Thai, Japanese, Chinese and Korean text instead of empty boxes (Arabic and Hebrew are in
# DejaVu, which Chromium brings).
if ! fc-list 2>/dev/null | grep -qi "tlwg" || ! fc-list 2>/dev/null | grep -qi "ipagothic\|IPAGothic" \
  || ! fc-list 2>/dev/null | grep -qi "wenquanyi"; then
  say "installing fonts for Thai, Japanese, Chinese and Korean"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-thai-tlwg fonts-ipafont-gothic fonts-wqy-zenhei >/dev/null
fi

# The size builds rebuild std from source; Trunk builds offline, so std's own dependencies
# must already be in cargo's cache (a fresh machine otherwise fails with "no matching package").
std_manifest="$(rustup run "$nightly" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if [ -f "$std_manifest" ]; then
  RUSTUP_TOOLCHAIN="$nightly" cargo fetch --manifest-path "$std_manifest" -q
fi

say "toolchain ready"
