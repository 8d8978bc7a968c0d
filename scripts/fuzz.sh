#!/usr/bin/env bash
# Fuzzes every carrier parser with cargo-fuzz (libFuzzer, the pinned nightly). First replays the
# committed regression inputs (edge/fuzz/regressions/<target>/), then fuzzes each target from its
# corpus, edge/fuzz/corpus/<target>/ (not committed), seeded at every run with every fixture of
# its carrier: the real payloads read from ../shared/fixtures and our own edge/tests/fixtures.
# Prints per target the seeds, executions, seconds and exec/s; exits non-zero on any crash (the
# crashing input is kept under edge/fuzz/artifacts/<target>/). See docs/fuzzing.md.
#   bash scripts/fuzz.sh [seconds per target, default 10] [target …]
#   WAYMARK_FUZZ_RUNS=10000000 bash scripts/fuzz.sh 3600   # the long run: 10 M executions each
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/env.sh
secs="${1:-10}"; shift || true
runs_cap="${WAYMARK_FUZZ_RUNS:-}"

if ! rustup run "$WAYMARK_NIGHTLY" rustc --version >/dev/null 2>&1; then
  rustup toolchain install "$WAYMARK_NIGHTLY" --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

fixture_dirs() { # fuzz target → shared fixture folder and own fixture folder ("-": none)
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
[ -d "$shared" ] || echo "!!! ../shared/fixtures absent: seeding from our own fixtures only !!!"

fuzz() { # target, inputs, libFuzzer options… — in the fuzz crate, with the pinned nightly
  (cd edge/fuzz && cargo +"$WAYMARK_NIGHTLY" fuzz run -O "$@")
}

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! (cd edge/fuzz && cargo +"$WAYMARK_NIGHTLY" fuzz build -O >"$log" 2>&1); then
  grep -E '^error' -A8 "$log" | head -40
  echo "fuzz build failed"; exit 1
fi
status=0

# Regressions: every committed input that once crashed a target, replayed as is (no fuzzing).
for t in "${targets[@]}"; do
  dir="edge/fuzz/regressions/$t"
  [ -d "$dir" ] || continue
  n=$(find "$dir" -type f | wc -l)
  if fuzz "$t" "regressions/$t" -- -runs=0 >"$log" 2>&1; then
    printf 'regressions %-16s %3d inputs pass\n' "$t" "$n"
  else
    status=1
    printf 'regressions %-16s FAIL\n' "$t"
    grep -E 'panicked|ERROR|SUMMARY|Running:' "$log" | head -8
  fi
done

printf '%-16s %6s %12s %8s %8s\n' target seeds executions seconds exec/s
for t in "${targets[@]}"; do
  corpus="edge/fuzz/corpus/$t"
  mkdir -p "$corpus"
  read -r sd od < <(fixture_dirs "$t")
  seeds=0
  for src in "shared:$shared/$sd" "own:edge/tests/fixtures/$od"; do
    kind="${src%%:*}" d="${src#*:}"
    [ -d "$d" ] || continue
    while IFS= read -r -d '' f; do
      cp "$f" "$corpus/seed-$kind-$(basename "$f")"
      seeds=$((seeds + 1))
    done < <(find "$d" -type f \( -name '*.json' -o -name '*.xml' \) -print0)
  done
  opts=(-max_total_time="$secs" -rss_limit_mb=2048 -timeout=5 -print_final_stats=1)
  [ -z "$runs_cap" ] || opts+=(-runs="$runs_cap")
  start=$(date +%s.%N)
  if fuzz "$t" "corpus/$t" -- "${opts[@]}" >"$log" 2>&1; then
    took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
    rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
    printf '%-16s %6d %12s %8.0f %8s\n' "$t" "$seeds" "${runs:-?}" "$took" "${rate:-?}"
  else
    status=1
    printf '%-16s %6d %12s\n' "$t" "$seeds" CRASH
    grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -8
  fi
done
exit $status
