#!/usr/bin/env bash
# Installs what the site and its tests need, idempotently, so the README's two
# commands work on a fresh machine: a Python venv with the pinned deps, the
# pinned Pyodide runtime (npm) and Debian's Chromium (the build prints the
# method cards to PDF with it; the browser tests drive it).
set -euo pipefail
cd "$(dirname "$0")/.."

# Python: a venv of our own, re-synced whenever requirements.txt changes.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.requirements.sha
sum=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
  echo "$sum" > "$stamp"
fi

# Pyodide: the npm package is pinned in package-lock.json; the build copies its
# runtime files into the site, so no browser ever fetches it from a CDN.
if [ ! -f node_modules/pyodide/pyodide.mjs ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ -n "${CHROMIUM:-}" ]; then
  # Another Chromium, named by the caller (inspraakwijzer/chromium.py reads the same variable).
  [ -x "$CHROMIUM" ] || { echo "CHROMIUM=$CHROMIUM is not an executable" >&2; exit 1; }
elif [ ! -x /usr/bin/chromium ]; then
  # Playwright cannot download its own browser here; Debian's Chromium it is.
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  $apt_get update -q
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -q chromium
fi
