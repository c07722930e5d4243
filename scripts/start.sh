#!/usr/bin/env bash
# `npm start`: the sandbox. Works as the first command on a fresh clone: installs the pinned dependencies when
# missing, builds the package, then hands over to scripts/sandbox.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/ts-node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
npm run --silent build
exec node_modules/.bin/ts-node --transpile-only scripts/sandbox.ts
