#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (ComparisonPageBrowserTests), which skip without it.
# Playwright drives /usr/bin/chromium itself: no chromedriver, and no browser download.
# Runs as root (as CI does) or through sudo; does nothing when Chromium is already there.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
	exit 0
fi
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
	SUDO=(sudo)
fi
echo "Installing Debian's chromium for the browser tests"
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
