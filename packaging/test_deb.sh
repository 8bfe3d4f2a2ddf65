#!/usr/bin/env bash
# Install the Debian package as a user would, use it, and purge it again. Root only.
#
#   packaging/test_deb.sh                        # the newest build/desk-mobility_*.deb
#   packaging/test_deb.sh path/to/desk-mobility_0.1.0-1_amd64.deb
#
# Checks, in order: `apt-get install ./file.deb` succeeds (apt fetches any
# missing dependency); `desk-mobility` on PATH is /usr/bin/desk-mobility and
# prints the version of pyproject.toml; the installed launcher passes
# desktop-file-validate and the metainfo appstreamcli; the installed app docks
# in a private Xvfb desktop and opens the guide, the weekly history and the
# settings (packaging/smoke_test.py); `apt-get purge` removes every file the
# package installed and leaves none of its folders behind. Prints how long
# each step took. apt-get waits up to 5 minutes for another apt or dpkg to finish.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
PACKAGE=desk-mobility

fail() { echo "FAIL: $*" >&2; exit 1; }
[[ "$(id -u)" -eq 0 ]] || fail "installing a package needs root"
DEB="${1:-$(ls -t build/${PACKAGE}_*.deb 2>/dev/null | head -n1)}"
[[ -f "$DEB" ]] || fail "no package: run packaging/build_deb.sh first"
DEB="$(realpath "$DEB")"
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "installed"; then
    fail "$PACKAGE is already installed here; remove it first (this test purges it)"
fi

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f s", b - a }'; }
LISTED="$(mktemp)"
cleanup() {
    if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "installed"; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 "$PACKAGE" >/dev/null 2>&1 || true
    fi
    rm -f "$LISTED"
}
trap cleanup EXIT

step="$(seconds)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 --no-install-recommends "$DEB" >/dev/null ||
    fail "apt-get install $DEB"
echo "installed with apt-get in $(elapsed "$step")"
dpkg -L "$PACKAGE" >"$LISTED"

[[ "$(command -v desk-mobility)" == /usr/bin/desk-mobility ]] ||
    fail "desk-mobility on PATH is $(command -v desk-mobility), not /usr/bin/desk-mobility"
want="Desk Mobility $("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
got="$(cd / && /usr/bin/desk-mobility --version)"
[[ "$got" == "$want" ]] || fail "--version printed '$got', not '$want'"
echo "/usr/bin/desk-mobility --version: $got"

report="$(desktop-file-validate /usr/share/applications/desk-mobility.desktop 2>&1)" ||
    fail "desktop-file-validate: $report"
[[ -z "$report" ]] || fail "desktop-file-validate warns: $report"
appstreamcli validate --no-net /usr/share/metainfo/io.github.deskmobility.DeskMobility.metainfo.xml \
    >/dev/null || fail "appstreamcli validate"
for size in 16x16 48x48 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/desk-mobility.* >/dev/null || fail "no $size icon"
done
zcat /usr/share/man/man1/desk-mobility.1.gz | grep -qF 'break\-now' || fail "the man page lacks --break-now"
echo "launcher, metainfo, icons and man page in place and valid"

step="$(seconds)"
"$PYTHON" packaging/smoke_test.py /usr/bin/desk-mobility
echo "smoke test in $(elapsed "$step")"

step="$(seconds)"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 "$PACKAGE" >/dev/null || fail "apt-get purge"
echo "purged in $(elapsed "$step")"
left=()
while IFS= read -r path; do
    [[ "$path" == "/." ]] && continue
    [[ -e "$path" || -L "$path" ]] || continue
    # A folder another package also owns (/usr/share/icons/hicolor/48x48/apps) stays.
    [[ -d "$path" && ! -L "$path" ]] && dpkg -S "$path" >/dev/null 2>&1 && continue
    left+=("$path")
done <"$LISTED"
[[ ${#left[@]} -eq 0 ]] || fail "left behind after purge: ${left[*]}"
[[ ! -e /usr/lib/$PACKAGE && ! -e /usr/share/doc/$PACKAGE ]] || fail "package folders remain"
echo "OK: $(wc -l <"$LISTED") paths installed, none left after purge"
