#!/usr/bin/env bash
# Build the Debian package from the PyInstaller bundle, offline.
#
#   packaging/build_deb.sh                              # build the bundle, then the package
#   BUNDLE=build/dist/desk-mobility packaging/build_deb.sh   # package a bundle already built
#
# The bundle is built with Debian's own Python (/usr/bin/python3, in a virtual
# environment under build/deb-venv): its extension modules link Debian's
# libraries and carry no build-machine paths, and its libpython comes from the
# libpython3.x package rather than from the bundle. PyPI is reached only the
# first time, to fill that environment; after that the build is offline.
#
# Writes build/desk-mobility_<version>-1_<arch>.deb and checks it with lintian
# when lintian is installed. What goes where:
#
#   /usr/lib/desk-mobility/             the bundle (its own Python and Qt)
#   /usr/bin/desk-mobility              a link to the bundle's executable
#   /usr/share/applications/            the launcher
#   /usr/share/metainfo/                AppStream metadata for software centres
#   /usr/share/icons/hicolor/           the icon, 16 to 512 px and SVG
#   /usr/share/man/man1/                desk-mobility(1), written from the command line's parser
#   /usr/share/doc/desk-mobility/       copyright and changelog
#
# A private folder under /usr/lib, not /opt: Debian reserves /opt for add-on
# software that no package owns (lintian: dir-or-file-in-opt). The bundle's
# copies of libraries that Debian itself ships are left out: the package
# depends on Debian's (computed by dpkg-shlibdeps from every ELF file), so they
# get security updates. No maintainer scripts: dpkg triggers of
# hicolor-icon-theme, desktop-file-utils and appstream refresh their caches, and
# the app keeps nothing outside the user's home.
#
# Needs dpkg-dev (dpkg-shlibdeps, dpkg-architecture), python3-venv and
# libpython3-dev or libpython3.x; lintian is optional.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[[ -x "$PYTHON" ]] || PYTHON=python3
OUT="${OUT:-$ROOT/build}"
PACKAGE=desk-mobility

for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture ldconfig gzip; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "$tool is missing: apt-get install dpkg-dev" >&2
        exit 2
    }
done

VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
DEB_VERSION="$VERSION-1"
ARCH="$(dpkg --print-architecture)"
MULTIARCH="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null)"
DEB="$OUT/${PACKAGE}_${DEB_VERSION}_${ARCH}.deb"

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
started="$(seconds)"
if [[ -z "${BUNDLE:-}" ]]; then
    DEB_PYTHON="${DEB_PYTHON:-/usr/bin/python3}"
    VENV_DIR="$ROOT/build/deb-venv"
    wanted="$("$DEB_PYTHON" -V 2>&1) $(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [[ "$(cat "$VENV_DIR/.installed" 2>/dev/null)" != "$wanted" ]]; then
        rm -rf "$VENV_DIR"
        "$DEB_PYTHON" -m venv "$VENV_DIR"
        "$VENV_DIR/bin/python" -m pip install --quiet --disable-pip-version-check "$ROOT[package]"
        echo "$wanted" >"$VENV_DIR/.installed"
    fi
    PYTHON="$VENV_DIR/bin/python" DIST="$ROOT/build/deb-dist" WORK="$ROOT/build/deb-pyinstaller" \
        packaging/build_linux.sh --no-test
    BUNDLE="$ROOT/build/deb-dist/desk-mobility"
fi
test -x "$BUNDLE/desk-mobility" || { echo "no bundle at $BUNDLE" >&2; exit 2; }
bundled="$(seconds)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/desk-mobility-deb.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
STAGE="$WORK/root"
APPDIR="$STAGE/usr/lib/$PACKAGE"
DOC="$STAGE/usr/share/doc/$PACKAGE"
mkdir -p "$APPDIR" "$STAGE/usr/bin" "$DOC" "$STAGE/usr/share/man/man1" "$STAGE/DEBIAN"
cp -a "$BUNDLE/." "$APPDIR/"

# A bundled copy of a library that a Debian package installs in the system's
# library folder goes: that package becomes a dependency instead. A library
# loaded by name rather than linked (bundle_contents.LOADED_BY_NAME: libpython,
# which the launcher opens by its path inside the bundle, and what the app
# opens through ctypes) is replaced by a link to Debian's file.
system_copies=0
by_name=()
links=()
while IFS= read -r -d '' copy; do
    name="$(basename "$copy")"
    for dir in "/lib/$MULTIARCH" "/usr/lib/$MULTIARCH"; do
        if [[ -e "$dir/$name" ]] && owner="$(dpkg -S "$dir/$name" 2>/dev/null)"; then
            rm -f "$copy"
            system_copies=$((system_copies + 1))
            if "$PYTHON" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_contents
sys.exit(not bundle_contents.loaded_by_name(sys.argv[1]))' "$name"; then
                by_name+=("${owner%%:*}")
                links+=("$copy=/usr${dir#/usr}/$name")
            fi
            break
        fi
    done
done < <(find "$APPDIR/_internal" -maxdepth 1 -type f -name 'lib*.so*' -print0)
find "$APPDIR" -xtype l -delete  # links to the copies just removed
for link in "${links[@]}"; do
    copy="${link%%=*}"
    target="${link#*=}"
    installed_dir="/${copy#"$STAGE"/}"
    ln -s "$(realpath -m -s --relative-to="$(dirname "$installed_dir")" "$target")" "$copy"
done

ln -s "../lib/$PACKAGE/desk-mobility" "$STAGE/usr/bin/desk-mobility"
install -Dm644 packaging/linux/desk-mobility.desktop \
    "$STAGE/usr/share/applications/desk-mobility.desktop"
install -Dm644 packaging/linux/io.github.deskmobility.DeskMobility.metainfo.xml \
    "$STAGE/usr/share/metainfo/io.github.deskmobility.DeskMobility.metainfo.xml"
cp -r packaging/linux/icons "$STAGE/usr/share/"
"$PYTHON" packaging/man_page.py | gzip -9n >"$STAGE/usr/share/man/man1/desk-mobility.1.gz"
install -m644 packaging/debian/copyright "$DOC/copyright"
{
    echo "$PACKAGE ($DEB_VERSION) unstable; urgency=medium"
    echo
    echo "  * Packaged from the PyInstaller bundle of Desk Mobility $VERSION."
    echo
    echo " -- Desk Mobility developers <desk-mobility@example.invalid>  $(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n >"$DOC/changelog.Debian.gz"

# Ownership goes to root in dpkg-deb; modes are set here: 755 for folders and
# programs, 644 for everything else (shared libraries included).
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
chmod 755 "$APPDIR/desk-mobility"

# Depends: every shared library any ELF file needs, resolved inside the bundle
# first (its private libraries have no package and need none), then in Debian.
mkdir -p "$WORK/src/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PACKAGE" "$PACKAGE" \
    >"$WORK/src/debian/control"
mapfile -t elves < <(find "$APPDIR" -type f -exec sh -c \
    'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
mapfile -t private_dirs < <(find "$APPDIR" -type f -name '*.so*' -printf '%h\n' | sort -u)
depends="$(cd "$WORK/src" && dpkg-shlibdeps -O --ignore-missing-info \
    "${private_dirs[@]/#/-l}" "${elves[@]/#/-e}" 2>"$WORK/shlibdeps.log" |
    sed -n 's/^shlibs:Depends=//p')"
[[ -n "$depends" ]] || { cat "$WORK/shlibdeps.log" >&2; echo "dpkg-shlibdeps found nothing" >&2; exit 1; }
# dpkg-shlibdeps does not see the libraries loaded by name: their packages
# become dependencies too. The app reads fonts through fontconfig, whose configuration Debian ships apart
# from the library.
for owner in $(printf '%s\n' "${by_name[@]}" fontconfig-config | sort -u); do
    grep -Eq "(^|, )$owner( |,|\$)" <<<"$depends" || depends="$depends, $owner"
done

installed_kb="$(du -sk --apparent-size "$STAGE/usr" | cut -f1)"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: Desk Mobility developers <desk-mobility@example.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: libpulse0, pipewire-bin | pulseaudio-utils | alsa-utils
Section: utils
Priority: optional
Homepage: https://example.invalid/desk-mobility
Description: track sitting time and take guided movement breaks
 Desk Mobility lives in the system tray and measures how long you have really
 been sitting, from keyboard and mouse activity. When a stretch has gone on
 too long it offers a movement break (never over a fullscreen window) and
 guides one drill for a stiff upper back, the seated thoracic rotation, with
 an animated figure, a repetition counter, form cues and pacing sounds.
 .
 A weekly history shows sitting time, breaks and how your upper back feels.
 Everything stays on your computer: the app never uses the network.
EOF
(cd "$STAGE" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

mkdir -p "$OUT"
rm -f "$OUT/${PACKAGE}"_*.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
packaged="$(seconds)"

echo "package: $DEB ($(du -h "$DEB" | cut -f1), $(du -b "$DEB" | cut -f1) bytes; installed $((installed_kb / 1024)) MB)"
echo "left out $system_copies bundled copies of Debian's libraries"
echo "Depends: $depends"
echo "bundle $(elapsed "$started" "$bundled") s, package $(elapsed "$bundled" "$packaged") s"

if command -v lintian >/dev/null 2>&1; then
    # Errors fail the build; warnings are printed (packaging/README.md says why each stays).
    lintian --fail-on error --no-tag-display-limit "$DEB"
    echo "lintian $(elapsed "$packaged" "$(seconds)") s"
else
    echo "lintian is not installed: apt-get install lintian to check the package"
fi
