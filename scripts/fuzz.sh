#!/usr/bin/env bash
# Fuzzes every carrier parser with cargo-fuzz (libFuzzer, the pinned nightly), seeded with the real
# payloads in ../shared/fixtures and our own fixtures. Prints executions per target; exits
# non-zero on any crash (the crashing input is kept under edge/fuzz/artifacts/).
#   bash scripts/fuzz.sh [seconds per target, default 10] [target …]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/env.sh
secs="${1:-10}"; shift || true

if ! rustup run "$WAYMARK_NIGHTLY" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$WAYMARK_NIGHTLY" --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

fixture_dirs() { # fuzz target → shared fixture folder and own fixture folder
  case "$1" in
    dhl) echo "dhl_unified dhl" ;;
    fourpx) echo "4px 4px" ;;
    seventeentrack) echo "- 17track" ;;
    inbound) echo "- inbound" ;;
    *) echo "$1 $1" ;;
  esac
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(ls edge/fuzz/fuzz_targets | sed 's/\.rs$//')
shared="$root/../shared/fixtures"
[ -d "$shared" ] || echo "!!! ../shared/fixtures absent: fuzzing from an empty corpus !!!"

(cd edge/fuzz && cargo +"$WAYMARK_NIGHTLY" fuzz build -O 2>&1 | tail -1)
printf '%-16s %12s %10s\n' target executions seconds
status=0
for t in "${targets[@]}"; do
  corpus="$(mktemp -d)"
  read -r sd od < <(fixture_dirs "$t")
  for d in "$shared/$sd" "edge/tests/fixtures/$od"; do
    [ -d "$d" ] && find "$d" -type f \( -name '*.json' -o -name '*.xml' \) -exec cp {} "$corpus/" \;
  done
  log="$(mktemp)"
  if (cd edge/fuzz && cargo +"$WAYMARK_NIGHTLY" fuzz run -O "$t" "$corpus" -- -max_total_time="$secs" -rss_limit_mb=2048 -timeout=5 >"$log" 2>&1); then
    runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | awk '{print $2}' | tail -1)
    printf '%-16s %12s %10s\n' "$t" "${runs:-?}" "$secs"
  else
    status=1
    printf '%-16s %12s %10s\n' "$t" CRASH "$secs"
    grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -8
  fi
  rm -rf "$corpus" "$log"
done
exit $status
