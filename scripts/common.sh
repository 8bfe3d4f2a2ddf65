# Shared by scripts/run.sh and scripts/test.sh: system packages and the virtual environment.
# Debian and Ubuntu refuse a global `pip install` (PEP 668), so everything Python
# goes into .venv inside the checkout; system libraries come from apt when missing.

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO_DIR/.venv"

# Qt's xcb platform plugin, D-Bus, fonts, and libXss for idle time on X11.
RUNTIME_PACKAGES="python3 python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxss1
  libpulse0 fonts-dejavu-core"
# A virtual desktop for the integration tests: X server, session bus, tray host,
# notification server, input driver, screenshots, and the packaging validators.
TEST_PACKAGES="xvfb xauth dbus-daemon dbus-bin trayer dunst xdotool x11-utils imagemagick
  desktop-file-utils appstream"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing_debian_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || {
    say "not a Debian-like system: make sure Qt's X11 libraries${2:+ and $2} are installed"
    return 0
  }
  # shellcheck disable=SC2086
  local missing; missing="$(missing_debian_packages $1)"
  [ -z "${missing// /}" ] && return 0
  say "installing system packages: $missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "please install as root: apt-get install $missing" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
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
  if [ ! -x "$VENV/bin/python" ]; then
    python="$(python_for_venv)" || {
      echo "Python 3.11 or newer with the venv module is needed (apt-get install python3-venv)." >&2
      exit 1
    }
    say "creating the virtual environment in .venv with $python"
    "$python" -m venv "$VENV"
  fi
  say "installing Desk Mobility${extras:+ with $extras} into .venv"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$REPO_DIR$extras"
}
