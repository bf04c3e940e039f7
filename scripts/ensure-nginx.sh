#!/usr/bin/env bash
# Installs Debian's nginx when it is missing (the proxy in front of `next start`: deploy/nginx.conf,
# `npm run serve:proxy`, the proxy tests in `npm test`). Like scripts/ensure-chromium.sh: apt-get
# only, no other network. The package's own service is kept from starting (a policy-rc.d for the
# length of the install): the project runs nginx itself, unprivileged, with its own config.
set -euo pipefail
NGINX_PATH="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$NGINX_PATH" ] && "$NGINX_PATH" -v >/dev/null 2>&1; then exit 0; fi
echo "nginx not found at $NGINX_PATH -- installing from Debian (apt-get)..." >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  # 101: "action forbidden by policy", so the package's postinst does not start a daemon on port 80.
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod 755 "$POLICY"
  trap '$SUDO rm -f "$POLICY"' EXIT
fi
$SUDO apt-get update -qq -o DPkg::Lock::Timeout=300
# nginx-light (Debian 12) has the proxy, cache and gzip modules and little else; later Debian
# releases fold it into the plain nginx package.
if apt-cache show nginx-light >/dev/null 2>&1 && apt-cache show nginx-light | grep -q '^Version'; then
  PKG=nginx-light
else
  PKG=nginx
fi
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends "$PKG" >/dev/null
"$NGINX_PATH" -v
