#!/usr/bin/env bash
# Everything: typecheck, lint and format, unit and sandbox tests, both builds, Firefox lint, e2e in Chromium and Firefox.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1

failed=()
step() {
  local name=$1
  shift
  echo
  echo "== $name"
  "$@" || failed+=("$name")
}

step typecheck npx tsc --noEmit
step lint npm run lint --silent
step unit npx vitest run
step build bash -c 'npx wxt build -b chrome && npx wxt build -b firefox && npx wxt build -b chrome --mode sandbox && npx wxt build -b firefox --mode sandbox'
step verify-builds npm run verify-builds --silent
step e2e npx playwright test

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all checks passed"
