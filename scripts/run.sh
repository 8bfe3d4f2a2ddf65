#!/usr/bin/env bash
# Install Desk Mobility into .venv (with any missing system libraries) and start it.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$0")/common.sh"
ensure_debian_packages "$RUNTIME_PACKAGES"
ensure_venv ""
# Without options the app starts in the system tray, which needs a desktop session; with one
# (--status, --quit, ...) it only talks to the running app. Qt's own message for a missing
# display blames the xcb plugin's libraries, so say what is really wrong first.
if [ "$#" -eq 0 ] && [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] &&
   [ -z "${QT_QPA_PLATFORM:-}" ]; then
  fail "Desk Mobility is installed, but there is no desktop session here (neither DISPLAY nor \
WAYLAND_DISPLAY is set). Run ./scripts/run.sh from a terminal on your desktop."
fi
[ "$#" -eq 0 ] && say "starting Desk Mobility (it lives in the system tray)"
exec "$VENV/bin/desk-mobility" "$@"
