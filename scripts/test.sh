#!/usr/bin/env bash
# `npm test`: works as the first command on a fresh clone. Installs the pinned dependencies when they are
# missing, then lint, typecheck, build and the whole test suite; the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/jest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund || exit 1
fi

step() { echo "== $*"; "$@" || { echo "step failed: $*"; echo "0 passed, 1 failed"; exit 1; }; }
step npm run --silent lint
step npm run --silent typecheck
step npm run --silent build

mkdir -p .artifacts
rc=0
npx jest --json --outputFile=.artifacts/jest.json "$@" || rc=$?
node -e '
  const r = require("./.artifacts/jest.json");
  const failedSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + failedSuites} failed`);
'
exit $rc
