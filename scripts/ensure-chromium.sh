#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing. Playwright never downloads a browser here
# (no network beyond npm and Debian); it drives this binary through executablePath.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ] && "$CHROMIUM_PATH" --version >/dev/null 2>&1; then exit 0; fi
echo "chromium not found at $CHROMIUM_PATH -- installing from Debian (apt-get)..." >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq -o DPkg::Lock::Timeout=300
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends chromium fonts-liberation >/dev/null
"$CHROMIUM_PATH" --version
