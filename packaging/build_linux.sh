#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and smoke-test it.
#
#   packaging/build_linux.sh            # build into build/dist/desk-mobility, then test
#   packaging/build_linux.sh --no-test  # build only
#
# PYTHON picks the environment that has PyInstaller (default .venv/bin/python);
# DIST and WORK the output and work folders (default build/dist, build/pyinstaller).
#
# The smoke test starts the bundle under Xvfb with a private session bus and
# trayer (xvfb, xauth, dbus-daemon, trayer, x11-utils), waits until its tray
# icon docks, and quits it with `desk-mobility --quit`. It prints the bundle's
# size and its start-up time to a docked tray icon.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${DIST:-$ROOT/build/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "PyInstaller is missing: $PYTHON -m pip install -e '.[package]'" >&2
    exit 2
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/desk-mobility.spec

BUNDLE="$DIST/desk-mobility"
test -x "$BUNDLE/desk-mobility"
test -f "$BUNDLE/_internal/desk_mobility/assets/icons/desk-mobility.svg"
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1); $(du -sb "$BUNDLE" | cut -f1) bytes in $(find "$BUNDLE" -type f | wc -l) files)"
"$BUNDLE/desk-mobility" --version

if [[ "${1:-}" != "--no-test" ]]; then
    "$PYTHON" packaging/smoke_test.py "$BUNDLE/desk-mobility"
fi
