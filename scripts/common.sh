# shellcheck shell=bash
# Shared by scripts/run.sh and scripts/test.sh: system packages and the virtual environment.
# Debian and Ubuntu refuse a global `pip install` (PEP 668), so everything Python
# goes into .venv inside the checkout; system libraries come from apt when missing.

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_DIR/.venv"

# Qt's xcb and Wayland platform plugins, D-Bus, fonts, and libXss for idle time on X11;
# ca-certificates so pip can verify the package index against the system trust store.
# shellcheck disable=SC2034 # used by run.sh and test.sh
RUNTIME_PACKAGES="python3 python3-venv ca-certificates libegl1 libgl1 libxkbcommon0 libfontconfig1
  libfreetype6 libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
  libxss1 libwayland-client0 libwayland-cursor0 libwayland-egl1 libpulse0 fonts-dejavu-core"
# Recommended for users who read Chinese or Japanese (DejaVu already has Arabic):
# fonts-wqy-microhei, 5 MB, covers both scripts; run.sh does not force it on everyone.
# A virtual desktop for the integration tests: X server, session bus, tray host,
# notification server, input driver, screenshots, a sound server with a recorder (a call
# on a stand-in microphone), GNOME's settings through dconf (its do-not-disturb), the
# accessibility bus a screen reader uses (at-spi2-core), a shifted wall clock for one
# process (libfaketime), the packaging validators, the ICU and binutils tools that
# rebuild the bundle's smaller ICU data library, what builds and checks the Debian
# package (Debian's own libpython for its bundle), and headless Wayland compositors
# (KDE's KWin, GNOME's Mutter and Shell) with waybar as a tray host.
# The locale tests and screenshots need the glibc locales they run under and a CJK font.
# shellcheck disable=SC2034 # used by test.sh
TEST_PACKAGES="xvfb xauth dbus-daemon dbus-bin trayer dunst xdotool x11-utils imagemagick
  pulseaudio pulseaudio-utils libglib2.0-bin gsettings-desktop-schemas dconf-service
  dconf-gsettings-backend at-spi2-core faketime desktop-file-utils appstream icu-devtools
  binutils dpkg-dev lintian libpython3-dev locales fonts-wqy-microhei
  kwin-wayland mutter gnome-shell gjs waybar"
# The locales the tests run the app under: German and Japanese dates, Arabic right to left,
# and US English for the 12-hour clock.
# shellcheck disable=SC2034 # used by test.sh
TEST_LOCALES="de_DE.UTF-8 ja_JP.UTF-8 ar_EG.UTF-8 en_US.UTF-8"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[1;31m==> %s\033[0m\n' "$*" >&2; exit 1; }

missing_debian_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  # A name dpkg does not know may still be satisfied by an installed package that provides it
  # (Ubuntu 24.04 and Debian 13 renamed libglib2.0-0 to libglib2.0-0t64, for example). apt's
  # dry run resolves that without root; if it would install nothing new, nothing is missing.
  local plan
  if [ "${#missing[@]}" -gt 0 ] &&
     plan="$(apt-get -s install --no-install-recommends "${missing[@]}" 2>/dev/null)" &&
     grep -Eq '^[0-9]+ upgraded, 0 newly installed' <<<"$plan"; then
    missing=()
  fi
  echo "${missing[@]:-}"
}

ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || {
    say "not a Debian-like system: make sure Qt's X11 libraries${2:+ and $2} are installed"
    return 0
  }
  local missing
  # shellcheck disable=SC2086 # $1 is a space-separated list of package names
  missing="$(missing_debian_packages $1)"
  [ -z "${missing// /}" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "these system packages are missing and sudo is not \
installed, so please install them as root, then run this script again:
    apt-get update && apt-get install --no-install-recommends $missing"
    sudo="sudo"
  fi
  say "installing system packages${sudo:+ with sudo} (a minute or two): $missing"
  # sudo drops the environment, so DEBIAN_FRONTEND goes in through env to keep apt from asking.
  local log; log="$(mktemp "${TMPDIR:-/tmp}/desk-mobility-apt.XXXXXX")"
  # shellcheck disable=SC2086
  if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
         $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
           $missing; } >"$log" 2>&1; then
    tail -n 25 "$log" >&2
    fail "apt-get could not install the system packages (full log: $log)"
  fi
  rm -f "$log"
}

# Generate the glibc locales named in $1 ("de_DE.UTF-8 ...") that `locale -a` lacks, so a
# program started with LANG=de_DE.UTF-8 really runs in German (C library and Qt alike).
ensure_locales() {
  command -v localedef >/dev/null 2>&1 || { say "no localedef: skipping locales $1"; return 0; }
  local name have missing=()
  have="$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | sed 's/utf-8/utf8/')"
  for name in $1; do
    local short="${name%%.*}"
    grep -qx "$(tr '[:upper:]' '[:lower:]' <<<"$short").utf8" <<<"$have" || missing+=("$name")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  say "generating locales${sudo:+ with sudo}: ${missing[*]}"
  for name in "${missing[@]}"; do
    $sudo localedef -i "${name%%.*}" -c -f UTF-8 -A /usr/share/locale/locale.alias "$name" ||
      say "could not generate $name: the tests that need it will say so"
  done
}

python_for_venv() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

ensure_venv() {
  local extras="$1" python
  # A .venv left half-made (interrupted run, or its Python removed or upgraded) has no
  # working pip: build it again rather than fail the same way on every run.
  if [ -d "$VENV" ] && ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    say "the virtual environment in .venv is broken: creating it again"
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    python="$(python_for_venv)" ||
      fail "Python 3.11 or newer with the venv module is needed (apt-get install python3-venv)."
    say "creating the virtual environment in .venv with $python"
    "$python" -m venv "$VENV"
  fi
  # The install is editable, so code changes need no reinstall; only a changed pyproject.toml
  # (dependencies, entry points) or a moved checkout does. Skipping it otherwise lets the app
  # start in seconds, and offline.
  local stamp="$VENV/.installed${extras:+-${extras//[^a-z]/}}" wanted
  wanted="$REPO_DIR $("$VENV/bin/python" -V 2>&1) $(sha256sum "$REPO_DIR/pyproject.toml" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x "$VENV/bin/desk-mobility" ]; then
    return 0
  fi
  say "installing Desk Mobility${extras:+ with $extras} into .venv"
  rm -f "$stamp"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$REPO_DIR$extras"
  echo "$wanted" >"$stamp"
}
