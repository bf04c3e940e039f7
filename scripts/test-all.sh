#!/usr/bin/env bash
# The one command that runs every check: lint, typecheck, unit (vitest), e2e (Playwright in
# Debian Chromium against the production build, directly and through nginx: e2e/proxy.spec.ts),
# then the byte budgets per route of that same build (scripts/check-budgets.mjs; deterministic,
# no timings). Ends with a plain "N passed, N failed" line
# because CI log readers do not recognise vitest's or Playwright's own summaries.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CI="${CI:-1}"   # Playwright: build and start its own server, retry once
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh || exit 1
bash scripts/ensure-nginx.sh || exit 1   # e2e/proxy.spec.ts runs Debian's nginx in front of the build
mkdir -p reports
rm -f reports/unit.json reports/e2e.json reports/budgets.json

status=0
step() { echo; echo "== $1"; shift; "$@" || status=1; }
step "lint" npm run -s lint
step "typecheck" npm run -s typecheck
step "unit" npx vitest run --reporter=default --reporter=json --outputFile=reports/unit.json
step "e2e" npx playwright test
# After Playwright: its webServer has just built .next, and the budgets read that build.
step "budgets" node scripts/check-budgets.mjs

node scripts/summarize-tests.mjs "$status"
