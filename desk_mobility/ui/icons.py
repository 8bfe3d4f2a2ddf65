"""Icons from assets/icons, picked for the panel's light or dark look."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon

from desk_mobility.paths import asset_path


def prefers_dark() -> bool:
    """True when light glyphs read better: the desktop says dark, or the palette is dark."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128


@cache
def _icon(name: str) -> QIcon:
    return QIcon(str(asset_path("icons", f"{name}.svg")))


def tray_icon(break_due: bool, dark: bool) -> QIcon:
    name = f"tray-{'dark' if dark else 'light'}{'-due' if break_due else ''}"
    return _icon(name)


def app_icon() -> QIcon:
    return _icon("desk-mobility")
