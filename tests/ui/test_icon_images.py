"""The images the app shows are the SVG drawings, rendered at each size it uses.

The app reads PNG images and the tray's stored pixels, so the idle process
never loads QtSvg, nor the tray Qt's PNG reader (see ui/icons.py and
ui/tray_pixels.py); the SVGs stay the source. When one changes,
packaging/render_icons.py must be run again: these tests say so.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desk_mobility.files.paths import asset_path
from desk_mobility.ui.icons import (
    APP_ICON_SIZES,
    PROGRESS_STEPS,
    TRAY_FRAMES,
    TRAY_SIZES,
    app_icon,
    tray_frame,
    tray_icon,
)
from desk_mobility.ui.tray_pixels import TrayPixelsError, pack, tray_pixels_file, unpack
from tests.ui.shipped_icons import shipped_tray_image

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
    if a == b:  # the usual case, without reading 120 images pixel by pixel
        return 0
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
    assert len(expected) == len(APP_ICON_SIZES)
    for name, image in expected.items():
        shipped = QImage(str(asset_path("icons", name)))
        assert not shipped.isNull(), f"{name} is missing: run packaging/render_icons.py"
        assert largest_difference(shipped, image) <= TOLERANCE, (
            f"{name} differs from its SVG: run packaging/render_icons.py"
        )


def test_every_tray_look_matches_its_svg(qtbot: QtBot) -> None:
    looks = render_icons().tray_looks()
    # Light and dark, each eighth of the ring and the due look, at every size.
    assert len(looks) == 2 * len(TRAY_FRAMES)
    for dark in (False, True):
        for frame in TRAY_FRAMES:
            name = tray_pixels_file(dark, frame)
            assert asset_path("icons", name).is_file(), f"{name} is missing: run render_icons.py"
            for size, image in looks[name].items():
                shipped = shipped_tray_image(dark, frame, size)
                assert largest_difference(shipped, image) <= TOLERANCE, (
                    f"{name} at {size} px differs from its SVG: run packaging/render_icons.py"
                )


def test_stored_pixels_come_back_as_they_went_in() -> None:
    looks = [(2, bytes(range(16))), (1, b"\x01\x02\x03\x04")]
    assert unpack(pack(looks), (2, 1)) == looks
    with pytest.raises(TrayPixelsError):
        pack([(2, b"too short")])


@pytest.mark.parametrize(
    "damaged",
    [b"", b"not zlib at all", pack([(1, b"\x00\x00\x00\x00")])],
    ids=["empty", "not zlib", "wrong sizes"],
)
def test_a_damaged_look_is_refused_with_a_reason(damaged: bytes) -> None:
    with pytest.raises(TrayPixelsError):
        unpack(damaged, TRAY_SIZES)


def test_a_damaged_look_gives_an_empty_icon_and_a_log_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / tray_pixels_file(False, "0")).write_bytes(b"damaged")
    monkeypatch.setattr("desk_mobility.ui.icons.asset_path", lambda *parts: tmp_path / parts[-1])
    icon = tray_icon(False, False, 0)
    assert icon.isNull()
    assert "reinstall Desk Mobility" in caplog.text
    monkeypatch.setattr("desk_mobility.ui.icons.asset_path", lambda *parts: tmp_path / "gone")
    assert tray_icon(True, False).isNull()


@pytest.mark.parametrize("dark", [False, True])
def test_the_figure_sits_inside_the_ring_at_every_size(qtbot: QtBot, dark: bool) -> None:
    renderer = render_icons()
    for size in TRAY_SIZES:
        figure = renderer.tray_figure(dark, size)
        inside = renderer.glyph_rect(size).toAlignedRect().adjusted(-1, -1, 1, 1)
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


def ring_pixels(image: QImage, colour: str) -> int:
    """Ring pixels (outside the figure) within a few levels of ``colour``, edges left out."""
    target = QColor(colour)
    figure = render_icons().glyph_rect(image.width()).toAlignedRect()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if not figure.contains(x, y)
        and (c := image.pixelColor(x, y)).alpha() > 200
        and abs(c.red() - target.red()) + abs(c.green() - target.green()) <= 12
        and abs(c.blue() - target.blue()) <= 12
    )


@pytest.mark.parametrize("dark", [False, True])
def test_each_look_fills_more_of_the_ring_and_due_is_orange(qtbot: QtBot, dark: bool) -> None:
    renderer = render_icons()
    fill = renderer.RING_COLOURS[dark][1]
    for size in (32, 64):
        shipped = {frame: shipped_tray_image(dark, frame, size) for frame in TRAY_FRAMES}
        filled = [ring_pixels(shipped[str(step)], fill) for step in range(PROGRESS_STEPS + 1)]
        assert filled[0] == 0
        assert filled == sorted(filled) and len(set(filled)) == len(filled), filled
        assert ring_pixels(shipped["due"], fill) == 0
        assert ring_pixels(shipped["due"], renderer.DUE_COLOUR) >= filled[-1] * 0.8


def test_the_tray_icon_names_one_image_per_look() -> None:
    assert tray_frame(False, 0) == "0"
    assert tray_frame(False, 5) == "5"
    assert tray_frame(False, 99) == str(PROGRESS_STEPS)
    assert tray_frame(True, 3) == "due"
