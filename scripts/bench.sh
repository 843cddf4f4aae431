#!/usr/bin/env bash
# npm run bench: builds what it measures (the store build's content script size, the sandbox build it drives), then runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
{ npx wxt build -b chrome && npx wxt build -b chrome --mode sandbox; } >/tmp/mca-bench-build.log 2>&1 || { cat /tmp/mca-bench-build.log; exit 1; }
exec npx tsx scripts/bench.ts "$@"
