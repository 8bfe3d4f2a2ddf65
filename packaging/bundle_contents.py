"""What the PyInstaller bundle leaves out: Qt pieces the app never loads.

PyInstaller's PySide6 hook copies every plugin of every Qt module it sees,
all of Qt's translations, and each plugin's own libraries (the GTK 3 platform
theme alone brings GTK, GDK, cairo, pango and ATK: about 16 MB). What the app
really maps was measured with ``packaging/smoke_test.py --maps`` on the
running bundle with the guide, the weekly history and the settings open, and
every file the bundle held that was not mapped was looked at one by one:

- kept although not mapped under X11: the Wayland platform plugin, its shell,
  decoration and graphics integrations, the SVG image plugin, the XDG desktop
  portal theme, both input-method plugins, the xcb GL integrations, Qt's own
  ``qtbase`` translation (its dialogs' buttons) for each language the app is
  translated to, and every Python extension module (which ones load depends
  on the code path);
- left out: the GTK 3 theme (Qt's own Fusion style and the app's palette are
  used instead), the framebuffer, EGLFS, VNC, Vulkan-display, minimal and
  offscreen platforms, evdev and TUIO input, network information and TLS
  backends (the app never uses the network), every raster image format but
  SVG (PNG is built into QtGui), and every other Qt translation (Multimedia,
  Quick, WebEngine, Designer, ... and qtbase in languages the app lacks).

Libraries are not listed here: after the plugins are dropped, a library is
kept only when something kept still links to it (``needed_closure``), or when
it is loaded by name rather than linked (``LOADED_BY_NAME``), and never when
it must come from the system (``FROM_THE_SYSTEM``).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path

QT = "PySide6/Qt/"

# Qt plugins, by path under PySide6/Qt/plugins/, that the app never loads.
DROPPED_PLUGINS = (
    "egldeviceintegrations/*",
    "generic/*",
    "networkinformation/*",
    "tls/*",
    "platformthemes/libqgtk3*",
    "platforms/libqeglfs*",
    "platforms/libqlinuxfb*",
    "platforms/libqminimal*",
    "platforms/libqoffscreen*",
    "platforms/libqvkkhrdisplay*",
    "platforms/libqvnc*",
    "imageformats/libqgif*",
    "imageformats/libqicns*",
    "imageformats/libqico*",
    "imageformats/libqjpeg*",
    "imageformats/libqpdf*",
    "imageformats/libqtga*",
    "imageformats/libqtiff*",
    "imageformats/libqwbmp*",
    "imageformats/libqwebp*",
)

# Plugins that must stay even where a measurement under X11 does not map them.
REQUIRED_PLUGINS = (
    "platforms/libqxcb*",
    "platforms/libqwayland*",
    "wayland-shell-integration/*",
    "wayland-decoration-client/*",
    "wayland-graphics-integration-client/*",
    "imageformats/libqsvg*",
    "iconengines/libqsvgicon*",
    "platforminputcontexts/*",
)

# Qt's own translations: only qtbase (the strings of Qt's widgets and
# dialogs) is of use, and only in a language the app itself is translated to.
QT_TRANSLATION = re.compile(r"qtbase_(?P<language>[a-z]{2,3})(?:_[A-Za-z]+)?\.qm")
APP_TRANSLATION = re.compile(r"(?:^|.*_)(?P<language>[a-z]{2,3})(?:_[A-Z]{2})?\.qm")

# Libraries that are loaded by name, not linked: Python itself (by the
# bootloader) and what the app opens with ctypes (Xlib and the X screensaver
# extension for idle time).
LOADED_BY_NAME = ("libpython*", "libX11.so.*", "libXss.so.*")


def app_languages(translations: Iterable[Path]) -> set[str]:
    """The languages of the app's own .qm files: desk_mobility_pt_BR.qm -> pt."""
    found = set()
    for path in translations:
        match = APP_TRANSLATION.fullmatch(path.name)
        if match:
            found.add(match.group("language"))
    return found


def dropped(dest: str, languages: Collection[str] = ()) -> bool:
    """True for a bundle path (as PyInstaller names it) the app never loads.

    ``languages`` are those the app is translated to (``app_languages``).
    """
    dest = dest.replace("\\", "/")
    plugins = QT + "plugins/"
    if dest.startswith(plugins):
        name = dest.removeprefix(plugins)
        if any(fnmatch.fnmatch(name, pattern) for pattern in REQUIRED_PLUGINS):
            return False
        return any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED_PLUGINS)
    translations = QT + "translations/"
    if dest.startswith(translations):
        match = QT_TRANSLATION.fullmatch(dest.removeprefix(translations))
        return match is None or match.group("language") not in languages
    return False


def is_library(dest: str) -> bool:
    """A shared library others link to, as opposed to a plugin or an extension module."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if dest.startswith(QT + "plugins/") or "/lib-dynload/" in f"/{dest}":
        return False
    if name.endswith((".abi3.so", ".pyd")) or ".cpython-" in name:
        return False
    return name.startswith("lib") and (".so" in name or name.endswith((".dylib", ".dll")))


# The C++ runtime comes from the system, never from the bundle: the system's
# graphics drivers (Mesa, loaded through libEGL and libGL) link it too, and a
# bundled copy older than theirs makes them fail to load ("GLIBCXX_3.4.30 not
# found"). Every desktop Linux has it; the Debian package depends on it.
FROM_THE_SYSTEM = ("libstdc++.so.*", "libgcc_s.so.*")


def from_the_system(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in FROM_THE_SYSTEM)


def loaded_by_name(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in LOADED_BY_NAME)


def needed_closure(
    roots: Iterable[str],
    libraries: Mapping[str, str],
    needed: Callable[[str], Iterable[str]],
) -> set[str]:
    """The names in ``libraries`` that ``roots`` reach through their NEEDED entries.

    ``libraries`` maps a library's file name to its path, ``needed`` gives the
    file names a binary (by path) links to. Unknown names are system libraries
    the bundle does not carry and are not followed.
    """
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        for name in needed(pending.pop()):
            if name in libraries and name not in reached:
                reached.add(name)
                pending.append(libraries[name])
    return reached
