#!/usr/bin/env bash
# Installs Debian's Chromium for the editor screenshots (test/e2e/editor.test.ts) unless it is there, and prints
# its path. Playwright's own browser download cannot work on these machines; playwright-core drives this one.
set -euo pipefail
BIN=$(command -v chromium || true)
if [ -z "$BIN" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing Debian's chromium (about 20 s)..." >&2
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium >&2
  BIN=$(command -v chromium)
fi
echo "$BIN"
