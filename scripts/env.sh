# Sourced by the other scripts: tool paths so nothing tries to download a binary at build time.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$root/node_modules/binaryen/bin:$PATH"
export WASM_BINDGEN_BIN="$HOME/.cargo/bin/wasm-bindgen"
export WASM_OPT_BIN="$root/node_modules/binaryen/bin/wasm-opt"
export ESBUILD_BIN="$root/node_modules/@esbuild/linux-x64/bin/esbuild"
export WRANGLER_SEND_METRICS=false
export WRANGLER_HIDE_BANNER=true
export CLOUDFLARE_CF_FETCH_ENABLED=false
export CHROME_PATH=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver

# Release wasm builds rebuild std for size with this pinned nightly (build-std with
# `optimize_for_size`, `panic = immediate-abort`, no Debug formatting, no panic locations):
# 11–13% less upload than stable's prebuilt std (`optimize_for_size` alone is ~9 KB gzip of
# the public worker, for ~13% slower normalization). Only scripts/build.sh (and the fuzzer)
# use it; everything else is stable.
export WAYMARK_NIGHTLY=nightly-2026-05-20
# Runs a command with the size-build settings.
size_build() {
  RUSTUP_TOOLCHAIN="$WAYMARK_NIGHTLY" \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
    "$@"
}
