#!/usr/bin/env bash
# Installs what n8n's queue mode needs besides n8n (scripts/queue-mode.ts): Debian's redis-server and PostgreSQL.
# Quiet and quick when both are there; otherwise `apt-get update && apt-get install -y` (as root, or through sudo).
# The packages' own services are not started: queue-mode.ts runs a private Redis and PostgreSQL on ports of its own.
set -euo pipefail

missing=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-queue-services: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi

echo "Installing ${missing[*]} for n8n's queue mode..." >&2
# No service starts during the install (policy-rc.d 101 = "not allowed"), and no default PostgreSQL cluster is made.
policy=/usr/sbin/policy-rc.d
made_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod +x "$policy"
  made_policy=true
fi
trap '[ "$made_policy" = true ] && "${SUDO[@]}" rm -f "$policy"' EXIT
if [[ " ${missing[*]} " == *" postgresql "* ]]; then
  "${SUDO[@]}" mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' | "${SUDO[@]}" tee /etc/postgresql-common/createcluster.d/n8n-nodes-telephony.conf >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >&2
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
