"""The tray icon's looks as stored pixels, which the app reads instead of PNG images.

Decoding a PNG runs Qt's PNG reader, and the kernel then keeps its code in
memory for as long as the app runs: a 22 px PNG made 0.58 MB more of
libQt6Gui resident than the same pixels given as bytes. That is a lot for an
icon that changes every few minutes. The Qt libraries come in PySide6's
wheels, private to the app, so no other program on the desktop shares those
pages.

So each look of the tray icon is one file holding its pixels at every tray
size, smallest first:

- the pixels are premultiplied RGBA bytes in that order, rows from top to
  bottom. That is Qt's ``Format_RGBA8888_Premultiplied``, the same on any CPU;
- the whole is compressed with zlib.

There is a file for light and dark, for each eighth of the ring and for a
break that is due. packaging/render_icons.py writes them from the SVGs, and a
test checks that they match. The 20 files take 141 kB; the 120 PNG images
they replace took 232 kB.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

BYTES_PER_PIXEL = 4


class TrayPixelsError(ValueError):
    """A tray look's file is not what packaging/render_icons.py writes."""


def tray_pixels_file(dark: bool, frame: str) -> str:
    """The file of one look: ``frame`` is "0" to "8" eighths, or "due"."""
    return f"tray-{'dark' if dark else 'light'}-{frame}.rgba.zlib"


def pack(pixels_by_size: Sequence[tuple[int, bytes]]) -> bytes:
    """One look's file from each size's pixels, smallest size first."""
    for size, pixels in pixels_by_size:
        if len(pixels) != size * size * BYTES_PER_PIXEL:
            raise TrayPixelsError(f"{len(pixels)} bytes for a {size} px square")
    return zlib.compress(b"".join(pixels for _size, pixels in pixels_by_size), 9)


def unpack(data: bytes, sizes: Sequence[int]) -> list[tuple[int, bytes]]:
    """Each size's pixels from one look's file."""
    try:
        pixels = zlib.decompress(data)
    except zlib.error as exc:
        raise TrayPixelsError(f"not zlib data ({exc})") from exc
    expected = sum(size * size * BYTES_PER_PIXEL for size in sizes)
    if len(pixels) != expected:
        raise TrayPixelsError(f"{len(pixels)} bytes of pixels, not {expected}")
    found = []
    start = 0
    for size in sizes:
        end = start + size * size * BYTES_PER_PIXEL
        found.append((size, pixels[start:end]))
        start = end
    return found
