"""Icons from desk_mobility/assets/icons, picked for the panel's light or dark look.

The tray icon shows how far the current sitting stretch has come: a thin
ring fills in eighths around the figure, so a glance at the panel says "about
half way" without opening anything. Eighths keep the icon from being redrawn
at every check.

The icons are drawn in SVG, but the running app reads them as PNG images
rendered from the SVG at every size it shows (packaging/render_icons.py
writes them; a test checks they match). Reading an SVG loads QtSvg and its
plugins, about 1 MB the idle app would keep all day for a few pictures.

The tray images are the whole icon at the start of a sitting stretch: the
figure inside the empty ring. The first icon is shown straight from them,
because drawing anything with a pen or a brush makes PySide6 build its whole
``Qt`` namespace of enums (about 12 ms: choosing among ``setPen``'s
overloads is enough), and the tray host waits for the icon (see
ui/first_icon.py). Progress and the due look are drawn over them later.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap

from desk_mobility.files.paths import asset_path

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_ICON = "desk-mobility"
PROGRESS_STEPS = 8
RING_COLOURS = {False: ("#c9d1dc", "#1b9aaa"), True: ("#4c566a", "#5fd3e0")}  # track, fill
DUE_COLOUR = "#f08a24"


def prefers_dark() -> bool:
    """True when light glyphs read better: the desktop says dark, or the palette is dark."""
    from PySide6.QtCore import Qt  # after the first icon: see the module's docstring

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return palette_is_dark()


def palette_is_dark() -> bool:
    """The palette's guess alone: what the first icon goes by, before any Qt enum is used.

    The app's first look at the sitting state a moment later asks
    ``prefers_dark`` and redraws the icon if the desktop's colour scheme says
    otherwise.
    """
    return QGuiApplication.palette().window().color().lightness() < 128


def ring_width(size: int) -> float:
    return max(1.5, size / 11)


def glyph_rect(size: int) -> QRectF:
    """Where the figure sits inside the ring of a ``size`` px tray icon, clear of it."""
    inset = ring_width(size) * 1.6
    return QRectF(inset, inset, size - 2 * inset, size - 2 * inset)


def tray_file(dark: bool, size: int) -> str:
    """The tray icon for one size at the start of a stretch: the figure inside the empty ring."""
    return f"tray-{'dark' if dark else 'light'}-{size}.png"


def draw_ring(painter: QPainter, size: int, colour: QColor, step: int = PROGRESS_STEPS) -> None:
    """The ring of a ``size`` px tray icon, filled clockwise from the top for ``step`` eighths.

    The empty ring in the tray images is drawn by this too
    (packaging/render_icons.py), so progress lies exactly over it.
    """
    from PySide6.QtCore import Qt  # never for the first icon: see the module's docstring

    width = ring_width(size)
    ring = QRectF(width / 2, width / 2, size - width, size - width)
    pen = QPen(colour, width)
    if step >= PROGRESS_STEPS:
        painter.setPen(pen)
        painter.drawEllipse(ring)
        return
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawArc(ring, 90 * 16, -int(360 * 16 * step / PROGRESS_STEPS))


def app_icon_file(size: int) -> str:
    return f"{APP_ICON}-{size}.png"


def progress_step(progress: float) -> int:
    """The sitting stretch's share of the interval, in whole eighths (0..8)."""
    return max(0, min(PROGRESS_STEPS, int(progress * PROGRESS_STEPS)))


@cache
def tray_icon(break_due: bool, dark: bool, step: int = 0) -> QIcon:
    """The figure inside a progress ring; a full orange ring when a break is due.

    Made at each tray size from the image for that size, so it stays crisp
    on any panel.
    """
    fill = QColor(RING_COLOURS[dark][1])
    if break_due:
        fill, step = QColor(DUE_COLOUR), PROGRESS_STEPS
    icon = QIcon()
    for size in TRAY_SIZES:
        image = str(asset_path("icons", tray_file(dark, size)))
        if step == 0:
            icon.addFile(image, QSize(size, size))  # as shipped: nothing drawn, no Qt enum
            continue
        pixmap = QPixmap(image)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_ring(painter, size, fill, step)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def app_icon() -> QIcon:
    """Each size is read when a window or the task switcher first asks for it.

    Given no size, QIcon decodes every file at once to learn it, and keeps
    the images all day in an app that rarely shows a window (0.1 MB).
    """
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(asset_path("icons", app_icon_file(size))), QSize(size, size))
    return icon
