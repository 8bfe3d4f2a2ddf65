"""Icons from desk_mobility/assets/icons, picked for the panel's light or dark look.

The tray icon shows how far the current sitting stretch has come: a thin
ring fills in eighths around the figure, so a glance at the panel says "about
half way" without opening anything. Eighths keep the icon from being redrawn
at every check.

The icons are drawn in SVG, but the running app never reads an SVG: that
loads QtSvg and its plugins, about 1 MB the idle app would keep all day for
a few pictures. packaging/render_icons.py renders them at every size the app
shows, and a test checks they match:

- the app icon, for windows, as PNG images;
- every look of the tray icon (each eighth of the ring, and the full orange
  ring of a break that is due, light and dark) as stored pixels, so the idle
  app never runs Qt's PNG reader either (ui/tray_pixels.py says why).

The app draws none of them. Drawing with a pen or a brush, even filling an
image, makes PySide6 build its whole ``Qt`` namespace of enums (1.4 MB kept
all day, and 12 ms while the tray host waits for the first icon), and the
idle app uses no other Qt enum.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPixmap

from desk_mobility.files.paths import asset_path
from desk_mobility.ui.tray_pixels import TrayPixelsError, tray_pixels_file, unpack

log = logging.getLogger(__name__)

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_ICON = "desk-mobility"
PROGRESS_STEPS = 8
#: Each look of the tray icon: the ring filled for 0 to 8 eighths, or a break due.
TRAY_FRAMES = (*(str(step) for step in range(PROGRESS_STEPS + 1)), "due")


def palette_is_dark() -> bool:
    """True when light glyphs read better in the panel: the desktop's palette is dark.

    Qt derives the system palette from the desktop's colour scheme (GNOME's
    and KDE's, Windows' and macOS' light or dark mode) and updates it a moment
    after the scheme changes, so the tray, which looks again at every update,
    needs no ``QStyleHints.colorScheme``, whose answer is a ``Qt`` enum (see
    above).
    """
    return QGuiApplication.palette().window().color().lightness() < 128


def prefers_dark() -> bool:
    """For windows: the desktop's colour scheme, and the palette where it says nothing.

    A window follows ``colorSchemeChanged``, which Qt sends before it updates
    the palette, so the scheme is asked first. This names a ``Qt`` enum:
    windows only, never the tray (see above).
    """
    from PySide6.QtCore import Qt

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return palette_is_dark()


def tray_frame(break_due: bool, step: int) -> str:
    return "due" if break_due else str(max(0, min(PROGRESS_STEPS, step)))


def app_icon_file(size: int) -> str:
    return f"{APP_ICON}-{size}.png"


def progress_step(progress: float) -> int:
    """The sitting stretch's share of the interval, in whole eighths (0..8)."""
    return max(0, min(PROGRESS_STEPS, int(progress * PROGRESS_STEPS)))


def tray_icon(break_due: bool, dark: bool, step: int = 0) -> QIcon:
    """The figure inside a progress ring; a full orange ring when a break is due.

    Given at each tray size, so it stays crisp on any panel: 35 kB of pixels,
    freed with the icon when the ring moves on an eighth. A look that cannot
    be read (a damaged installation) is logged, and the tray shows an empty
    icon rather than the app stopping.
    """
    icon = QIcon()
    try:
        looks = tray_pixels(dark, tray_frame(break_due, step))
    except (OSError, TrayPixelsError) as exc:
        log.error("the tray icon's picture cannot be read (%s): reinstall Desk Mobility", exc)
        return icon
    for size, pixels in looks:
        image = QImage(pixels, size, size, size * 4, QImage.Format.Format_RGBA8888_Premultiplied)
        icon.addPixmap(QPixmap.fromImage(image))  # a copy: the bytes may go
    return icon


def tray_pixels(dark: bool, frame: str) -> list[tuple[int, bytes]]:
    """One look's pixels at each tray size, as packaging/render_icons.py stores them."""
    path = asset_path("icons", tray_pixels_file(dark, frame))
    return unpack(path.read_bytes(), TRAY_SIZES)


def app_icon() -> QIcon:
    """The app's icon for one window, which keeps it: it goes when the window goes.

    Each size is read when it is first asked for. Given no size, QIcon would
    decode every file at once to learn it.

    No icon is set for the whole application. Qt gives the application's icon
    to every top-level window it makes, and the tray icon's own window on
    X11 is one of them, as is each menu. On X11, Qt decodes every size of a
    window's icon for the window manager, up to 256 pixels. The decoded
    images stay with the icon, so an application-wide icon kept 0.36 MB all
    day in an app that rarely shows a window. A window's own icon holds them
    only while that window exists.
    """
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(asset_path("icons", app_icon_file(size))), QSize(size, size))
    return icon
