#!/usr/bin/env bash
# Installs a real n8n server into the cache folder (outside the clone, reused between clones and runs) and prints
# its folder. Usage: scripts/install-n8n.sh [version]   (default: the newest n8n that runs on Node.js 20)
set -euo pipefail
VERSION=${1:-2.8.4}
CACHE=${N8N_TELEPHONY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-telephony}
DIR="$CACHE/n8n-$VERSION"
if [ ! -x "$DIR/node_modules/.bin/n8n" ]; then
  mkdir -p "$DIR"
  cd "$DIR"
  # Its own npm project: n8n-nodes-base pulls xlsx from a CDN these machines cannot reach, so pin the registry one.
  printf '{"name":"n8n-cache","private":true,"overrides":{"xlsx":"0.18.5"}}\n' > package.json
  echo "Installing n8n $VERSION into $DIR (a few minutes, once per machine)..." >&2
  npm install --no-audit --no-fund --save-exact --ignore-scripts=false "n8n@$VERSION" >&2
fi
echo "$DIR"
