#!/usr/bin/env bash
# A short fuzz run of every carrier parser (the long one is `bash scripts/fuzz.sh 600`).
set -euo pipefail
bash "$(dirname "${BASH_SOURCE[0]}")/../fuzz.sh" "${WAYMARK_FUZZ_SECONDS:-8}"
