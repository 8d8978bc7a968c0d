#!/usr/bin/env bash
# A short fuzz run of every carrier parser: the committed regression inputs replayed, then 8 s a
# target from the fixtures (the long run, 10 M executions a target, is in docs/fuzzing.md).
set -euo pipefail
bash "$(dirname "${BASH_SOURCE[0]}")/../fuzz.sh" "${WAYMARK_FUZZ_SECONDS:-8}"
