"""The PNG images the app shows are the SVG drawings, rendered at each size it uses.

The app reads PNG so the idle process never loads QtSvg (see ui/icons.py);
the SVGs stay the source. When one changes, packaging/render_icons.py must be
run again: this test says so.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desk_mobility.files.paths import asset_path
from desk_mobility.ui.icons import (
    APP_ICON_SIZES,
    TRAY_SIZES,
    app_icon,
    glyph_rect,
    tray_icon,
)

RENDER_ICONS = Path(__file__).resolve().parents[2] / "packaging" / "render_icons.py"
# Antialiasing may round a channel differently between Qt builds.
TOLERANCE = 3


def render_icons() -> Any:
    spec = importlib.util.spec_from_file_location("render_icons", RENDER_ICONS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rendered_from_svg() -> dict[str, QImage]:
    images: dict[str, QImage] = render_icons().runtime_images()
    return images


def largest_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(
                worst,
                abs(pa.red() - pb.red()),
                abs(pa.green() - pb.green()),
                abs(pa.blue() - pb.blue()),
                abs(pa.alpha() - pb.alpha()),
            )
    return worst


def test_every_png_matches_its_svg(qtbot: QtBot) -> None:
    expected = rendered_from_svg()
    assert len(expected) == len(APP_ICON_SIZES) + 2 * len(TRAY_SIZES)
    for name, image in expected.items():
        shipped = QImage(str(asset_path("icons", name)))
        assert not shipped.isNull(), f"{name} is missing: run packaging/render_icons.py"
        assert largest_difference(shipped, image) <= TOLERANCE, (
            f"{name} differs from its SVG: run packaging/render_icons.py"
        )


@pytest.mark.parametrize("dark", [False, True])
def test_the_figure_sits_inside_the_ring_at_every_size(qtbot: QtBot, dark: bool) -> None:
    tray_figure = render_icons().tray_figure
    for size in TRAY_SIZES:
        figure = tray_figure(dark, size)
        inside = glyph_rect(size).toAlignedRect().adjusted(-1, -1, 1, 1)
        drawn = [
            (x, y) for y in range(size) for x in range(size) if figure.pixelColor(x, y).alpha() > 0
        ]
        assert drawn, f"no figure at {size} px"
        assert all(inside.contains(x, y) for x, y in drawn)


def test_the_tray_and_window_icons_have_every_size(qtbot: QtBot) -> None:
    for step in (0, 3):
        sizes = {s.width() for s in tray_icon(False, False, step).availableSizes()}
        assert sizes == set(TRAY_SIZES)
    assert {s.width() for s in app_icon().availableSizes()} == set(APP_ICON_SIZES)
