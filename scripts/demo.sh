#!/usr/bin/env bash
# npm run demo: installs what is missing, builds the sandbox build for Chromium, then runs the demo against the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx wxt build -b chrome --mode sandbox >/tmp/mca-demo-build.log 2>&1 || { cat /tmp/mca-demo-build.log; exit 1; }
exec npx tsx scripts/demo.ts "$@"
