#!/usr/bin/env bash
# Install Desk Mobility into .venv (with any missing system libraries) and start it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_debian_packages "$RUNTIME_PACKAGES"
ensure_venv ""
say "starting Desk Mobility (it lives in the system tray)"
exec "$VENV/bin/desk-mobility" "$@"
