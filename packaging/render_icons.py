"""Render the app icon (desk_mobility/assets/icons/desk-mobility.svg) in every size a package needs.

Writes, next to this script:

- ``linux/icons/hicolor/<N>x<N>/apps/desk-mobility.png`` for the hicolor sizes,
  plus ``scalable/apps/desk-mobility.svg``;
- ``windows/desk-mobility.ico`` (PNG-compressed entries, 16 to 256 px);
- ``macos/desk-mobility.icns`` (PNG entries, 16 to 1024 px);
- and what the running app reads instead of its SVGs (see
  desk_mobility/ui/icons.py), in ``desk_mobility/assets/icons``: the app
  icon as PNG at each window-icon size, and each look of the tray icon as
  stored pixels at every tray size (desk_mobility/ui/tray_pixels.py): the
  figure inside the ring filled for 0 to 8 eighths of the sitting stretch,
  and inside the full orange ring of a break that is due.

It uses QtSvg offscreen, so no display and no image tools are needed:
``.venv/bin/python packaging/render_icons.py``. Re-run it after the SVG changes
and commit the output, so packagers need nothing but this repository.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from functools import cache
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from desk_mobility.ui.icons import (  # noqa: E402
    APP_ICON_SIZES,
    PROGRESS_STEPS,
    TRAY_FRAMES,
    TRAY_SIZES,
    app_icon_file,
)
from desk_mobility.ui.tray_pixels import pack, tray_pixels_file  # noqa: E402

ASSET_ICONS = HERE.parent / "desk_mobility" / "assets" / "icons"
SOURCE = ASSET_ICONS / "desk-mobility.svg"
ICON_NAME = "desk-mobility"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns entry types that hold PNG data, by pixel size.
RING_COLOURS = {False: ("#c9d1dc", "#1b9aaa"), True: ("#4c566a", "#5fd3e0")}  # track, fill
DUE_COLOUR = "#f08a24"
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def blank(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def painter_on(image: QImage) -> QPainter:
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    return painter


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = blank(size)
    painter = painter_on(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@cache
def tray_figure_svg(dark: bool) -> QSvgRenderer:
    """The figure's SVG, read once for every size it is rendered at."""
    return QSvgRenderer(str(ASSET_ICONS / f"tray-{'dark' if dark else 'light'}.svg"))


def tray_figure(dark: bool, size: int) -> QImage:
    """The tray figure alone, where the ring leaves room for it."""
    image = blank(size)
    painter = painter_on(image)
    tray_figure_svg(dark).render(painter, glyph_rect(size))
    painter.end()
    return image


def ring_width(size: int) -> float:
    return max(1.5, size / 11)


def glyph_rect(size: int) -> QRectF:
    """Where the figure sits inside the ring of a ``size`` px tray icon, clear of it."""
    inset = ring_width(size) * 1.6
    return QRectF(inset, inset, size - 2 * inset, size - 2 * inset)


def draw_ring(painter: QPainter, size: int, colour: QColor, step: int = PROGRESS_STEPS) -> None:
    """The ring of a ``size`` px tray icon, filled clockwise from the top for ``step`` eighths."""
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


def tray_image(dark: bool, frame: str, size: int) -> QImage:
    """One look of the tray icon: the figure inside the track, filled as ``frame`` says.

    ``frame`` is a number of eighths of the sitting stretch, or "due" for the
    full orange ring of a break that is due.
    """
    track, fill = RING_COLOURS[dark]
    image = blank(size)
    painter = painter_on(image)
    draw_ring(painter, size, QColor(track))
    if frame == "due":
        draw_ring(painter, size, QColor(DUE_COLOUR))
    elif int(frame) > 0:
        draw_ring(painter, size, QColor(fill), int(frame))
    painter.drawImage(0, 0, tray_figure(dark, size))
    painter.end()
    return image


def runtime_images() -> dict[str, QImage]:
    """The PNG images the app reads, by file name in desk_mobility/assets/icons."""
    app_icon = QSvgRenderer(str(SOURCE))
    return {app_icon_file(size): render(app_icon, size) for size in APP_ICON_SIZES}


def tray_looks() -> dict[str, dict[int, QImage]]:
    """Each look of the tray icon at every tray size, by its file name."""
    return {
        tray_pixels_file(dark, frame): {size: tray_image(dark, frame, size) for size in TRAY_SIZES}
        for dark in (False, True)
        for frame in TRAY_FRAMES
    }


def rgba_pixels(image: QImage) -> bytes:
    """The image as premultiplied RGBA bytes, rows from the top, as ui/tray_pixels.py stores."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied)
    width = rgba.width() * 4
    if rgba.bytesPerLine() == width:
        return bytes(rgba.constBits())[: width * rgba.height()]
    return b"".join(bytes(rgba.constScanLine(y))[:width] for y in range(rgba.height()))


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    directory = b""
    offset = len(header) + 16 * len(pngs)
    payload = b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG entries, one per type in ``ICNS_TYPES``."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _k, size in ICNS_TYPES})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}

    hicolor = HERE / "linux" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        print(target.relative_to(HERE.parent))
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(HERE.parent))

    ico = HERE / "windows" / f"{ICON_NAME}.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(ico.relative_to(HERE.parent))

    icns = HERE / "macos" / f"{ICON_NAME}.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    icns.write_bytes(icns_bytes(pngs))
    print(icns.relative_to(HERE.parent))

    for name, image in runtime_images().items():
        target = ASSET_ICONS / name
        target.write_bytes(png_bytes(image))
        print(target.relative_to(HERE.parent))
    for name, images in tray_looks().items():
        target = ASSET_ICONS / name
        target.write_bytes(pack([(size, rgba_pixels(images[size])) for size in TRAY_SIZES]))
        print(target.relative_to(HERE.parent))
    for stale in ASSET_ICONS.glob("tray-*-*.png"):  # the looks as PNG, before stored pixels
        stale.unlink()
        print(f"removed {stale.relative_to(HERE.parent)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
