"""The tray looks as the app ships them, as images tests can compare."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desk_mobility.ui.icons import tray_pixels


def shipped_tray_image(dark: bool, frame: str, size: int) -> QImage:
    """One look at one size, read from its stored pixels (a copy: the bytes may go)."""
    pixels = dict(tray_pixels(dark, frame))[size]
    image = QImage(pixels, size, size, size * 4, QImage.Format.Format_RGBA8888_Premultiplied)
    return image.copy()
