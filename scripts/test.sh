#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it: ruff, mypy, the unit and
# widget tests offscreen, and the integration tests against a real virtual desktop
# (Xvfb, a private session bus, the trayer tray host and the dunst notification server).
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$0")/common.sh"
ensure_debian_packages "$RUNTIME_PACKAGES $TEST_PACKAGES" "Xvfb, dbus-daemon, trayer, dunst, xdotool"
ensure_locales "$TEST_LOCALES"
ensure_venv "[test]"
cd "$REPO_DIR"
say "ruff"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
say "mypy (strict on desk_mobility/core)"
"$VENV/bin/mypy"
say "pytest: unit, widget and integration tests"
"$VENV/bin/python" -m pytest "$@"
