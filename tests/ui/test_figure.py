"""The figure painter: square hips, a turning trunk, any pixel ratio, both themes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from desk_mobility.ui.figure import sketch as figure
from desk_mobility.ui.figure.geometry import spine_z
from desk_mobility.ui.figure.palette import DARK, LIGHT, FigurePalette
from desk_mobility.ui.figure.pose import MAX_DEGREES, FigurePose, quantized, turn_step
from desk_mobility.ui.figure.sketch import paint_figure
from desk_mobility.ui.figure.sprites import BodySprites, TopViewSprites
from desk_mobility.ui.figure.top_view import paint_top_view

SIZE = 400
BACKGROUND = QColor("#808080")


def render(pose: FigurePose, palette: FigurePalette = LIGHT, dpr: float = 1.0) -> QImage:
    image = QImage(round(SIZE * dpr), round(SIZE * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, SIZE, SIZE), pose, palette)
    painter.end()
    return image


def lowest_arm_row(rotation: float) -> int:
    """The lowest screen row any arm reaches at this rotation, plus a margin."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    f = figure._Painter(painter, QRectF(0, 0, SIZE, SIZE), FigurePose(rotation=rotation), LIGHT)
    rows = [f.pt(p).y() + w * f.scale for a, b, w in figure._arm_points(f) for p in (a, b)]
    painter.end()
    return int(max(rows)) + 3


def ink_box(image: QImage) -> QRect:
    """The bounding box of everything that is not background."""
    bg = BACKGROUND.rgb()
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != bg:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def rows_equal(a: QImage, b: QImage, top: int) -> bool:
    return all(
        a.pixel(x, y) == b.pixel(x, y) for y in range(top, a.height()) for x in range(a.width())
    )


def test_pelvis_knees_and_belly_stay_put_while_the_trunk_turns(qtbot: QtBot) -> None:
    still = FigurePose(rotation=0.0, beam=False, inset=False)
    square = render(still)
    cut = max(lowest_arm_row(r) for r in (-1.0, 0.0, 1.0))
    assert cut < SIZE * 0.7  # a real band of hips, thighs, block and legs is compared
    for rotation in (-1.0, -0.4, 0.6, 1.0):
        turned = render(FigurePose(rotation=rotation, beam=False, inset=False))
        assert rows_equal(square, turned, cut), f"the lower body moved at rotation {rotation}"
        upper_changed = any(
            square.pixel(x, y) != turned.pixel(x, y)
            for y in range(0, cut, 2)
            for x in range(0, SIZE, 2)
        )
        assert upper_changed, f"the trunk did not turn at rotation {rotation}"


def test_the_beam_sweeps_with_the_rotation(qtbot: QtBot) -> None:
    def beam_centre(rotation: float) -> float:
        image = render(FigurePose(rotation=rotation, inset=False))
        xs = []
        for y in range(0, SIZE, 2):
            for x in range(0, SIZE, 2):
                c = QColor(image.pixel(x, y))
                if c.red() > 200 and c.green() > 150 and c.blue() < 120 and c != BACKGROUND:
                    xs.append(x)
        assert xs, "no beam drawn"
        return sum(xs) / len(xs)

    left, centre, right = beam_centre(-1.0), beam_centre(0.0), beam_centre(1.0)
    # seen from the front-left, a right turn swings the beam to the viewer's left
    assert right < centre < left


def test_belly_button_is_drawn_in_the_theme_colour_at_the_same_place(qtbot: QtBot) -> None:
    for palette in (LIGHT, DARK):
        image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        f = figure._Painter(painter, QRectF(0, 0, SIZE, SIZE), FigurePose(), palette)
        belly = f.pt((0.0, 60.0, spine_z(60.0, 1.0) + 7.0 + 9.6))
        painter.end()
        for rotation in (-1.0, 1.0):
            drawn = render(FigurePose(rotation=rotation, inset=False), palette)
            pixel = QColor(drawn.pixel(round(belly.x()), round(belly.y())))
            assert pixel.rgb() == palette.belly.rgb()


def test_light_and_dark_differ(qtbot: QtBot) -> None:
    light = render(FigurePose(rotation=0.5), LIGHT)
    dark = render(FigurePose(rotation=0.5), DARK)
    assert light != dark
    assert ink_box(light) == ink_box(dark)  # same drawing, other colours


@pytest.mark.parametrize("dpr", [1.0, 1.5, 2.0])
def test_crisp_at_any_pixel_ratio(qtbot: QtBot, dpr: float) -> None:
    image = render(FigurePose(rotation=0.8), dpr=dpr)
    box = ink_box(image)
    base = ink_box(render(FigurePose(rotation=0.8)))
    # the drawing scales with the pixel ratio instead of being stretched afterwards
    assert box.width() == pytest.approx(base.width() * dpr, abs=4 * dpr)
    assert box.height() == pytest.approx(base.height() * dpr, abs=4 * dpr)
    # anti-aliased edges: intermediate tones exist, not only flat fills
    tones = {image.pixel(x, box.center().y()) for x in range(box.left(), box.right())}
    assert len(tones) > 12


def test_top_view_and_side_view_render(qtbot: QtBot) -> None:
    with_inset = render(FigurePose(rotation=1.0, inset=True))
    without = render(FigurePose(rotation=1.0, inset=False))
    corner = QRect(int(SIZE * 0.66), int(SIZE * 0.62), int(SIZE * 0.33), int(SIZE * 0.36))
    assert any(
        with_inset.pixel(x, y) != without.pixel(x, y)
        for y in range(corner.top(), corner.bottom(), 3)
        for x in range(corner.left(), corner.right(), 3)
    )
    straight = render(FigurePose(rounding=0.0, side_view=True, beam=False, inset=False))
    rounded = render(FigurePose(rounding=1.0, side_view=True, beam=False, inset=False))
    assert straight != rounded  # the slight rounding is visible from the side


def _max_difference(a: QImage, b: QImage, area: QRect) -> int:
    """The largest difference of any colour channel of any pixel in ``area``."""
    worst = 0
    left, right = area.left() * 4, (area.right() + 1) * 4
    for y in range(area.top(), area.bottom() + 1):
        row_a = bytes(a.constScanLine(y))[left:right]
        row_b = bytes(b.constScanLine(y))[left:right]
        if row_a != row_b:
            worst = max(worst, *(abs(p - q) for p, q in zip(row_a, row_b, strict=True)))
    return worst


def _still_then(pose: FigurePose, dpr: float, body: Callable[[QPainter], None]) -> QImage:
    """The still layer, then the body as ``body`` draws it, then the beam: one frame."""
    image = QImage(round(SIZE * dpr), round(SIZE * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    rect = QRectF(0, 0, SIZE, SIZE)
    paint_figure(painter, rect, pose, LIGHT, layer="still")
    body(painter)
    paint_figure(painter, rect, pose, LIGHT, layer="beam")
    painter.end()
    return image


@pytest.mark.parametrize("dpr", [1.0, 1.5])
def test_a_sprite_gives_the_pixels_of_drawing_in_place(qtbot: QtBot, dpr: float) -> None:
    rect = QRectF(0, 0, SIZE, SIZE)
    sprites = BodySprites()
    for rotation in (-1.0, -0.37, 0.0, 0.5, 1.0):
        pose = quantized(FigurePose(rotation=rotation, inset=False))
        sprites.configure(rect, LIGHT, dpr, pose)
        cached = _still_then(pose, dpr, lambda p, pose=pose: sprites.draw(p, pose))
        drawn = _still_then(
            pose, dpr, lambda p, pose=pose: paint_figure(p, rect, pose, LIGHT, layer="body")
        )
        reference = render(pose, dpr=dpr)
        whole = QRect(0, 0, drawn.width(), drawn.height())
        # rounding in the extra compositing step only: nothing clipped, nothing moved
        assert _max_difference(cached, drawn, whole) <= 3, f"rotation {rotation}"
        assert _max_difference(drawn, reference, whole) <= 3, f"rotation {rotation}"
    assert len(sprites) == 5 and sprites.rendered == 5
    # a second frame at a known angle is a copy, not a new drawing
    again = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(again)
    sprites.draw(painter, pose)
    painter.end()
    assert sprites.rendered == 5


def test_the_body_stays_inside_its_bounds(qtbot: QtBot) -> None:
    for rotation in (-1.0, -0.5, 0.0, 0.5, 1.0):
        pose = FigurePose(rotation=rotation, beam=False, inset=False)
        image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        paint_figure(painter, QRectF(0, 0, SIZE, SIZE), pose, LIGHT, layer="body")
        painter.end()
        box = figure.body_bounds(QRectF(0, 0, SIZE, SIZE), pose).toAlignedRect()
        ink = [
            (x, y)
            for y in range(0, SIZE, 2)
            for x in range(0, SIZE, 2)
            if QColor.fromRgba(image.pixel(x, y)).alpha()
        ]
        assert ink and all(box.contains(x, y) for x, y in ink)


def test_turns_are_drawn_in_half_degrees_with_the_ends_exact() -> None:
    assert quantized(FigurePose(rotation=1.0)).rotation == 1.0
    assert quantized(FigurePose(rotation=-1.0)).rotation == -1.0
    assert quantized(FigurePose(rotation=0.0)).rotation == 0.0
    # only square is square: the least turn shows as the first half degree
    assert turn_step(0.0001) == 1 and turn_step(-0.0001) == -1
    assert turn_step(0.5) == 42 and turn_step(-0.5) == -42
    step = quantized(FigurePose(rotation=0.3)).rotation * MAX_DEGREES
    assert step == pytest.approx(12.5)  # 0.3 x 42 = 12.6 degrees, shown as 12.5


def test_sprite_memory_is_bounded_and_the_side_not_in_use_goes_first(qtbot: QtBot) -> None:
    rect = QRectF(0, 0, SIZE, SIZE)
    one = BodySprites()
    one.configure(rect, LIGHT, 1.0, FigurePose())
    one.warm(FigurePose(), first_side=1, seconds=10)
    per_sprite = one.bytes_used / len(one)
    assert len(one) == 2 * turn_step(1.0) + 1  # every half degree, both sides

    sprites = BodySprites(budget_bytes=round(per_sprite * 30))
    sprites.configure(rect, LIGHT, 1.0, FigurePose())
    target = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(target)
    for step in range(0, -25, -1):  # the left side first
        sprites.draw(painter, FigurePose(rotation=step / 84))
    for step in range(0, 85):  # then the right side, wanting more than the budget
        sprites.draw(painter, FigurePose(rotation=step / 84))
        assert sprites.bytes_used <= sprites.budget_bytes
    painter.end()
    steps = set(sprites._sprites)
    assert not any(s < 0 for s in steps)  # the left side made room
    assert 0 < len(steps) < 85  # and the rest of the right side is drawn in place
    sprites.clear()
    assert len(sprites) == 0 and sprites.bytes_used == 0


def test_top_view_sprites_give_the_drawn_pixels_inside_their_bounds(qtbot: QtBot) -> None:
    rect = QRectF(20, 30, 250, 250)
    sprites = TopViewSprites()
    for rotation in (-1.0, -0.5, 0.0, 0.25, 1.0):  # whole degrees: -42, -21, 0, 10.5 -> 11, 42
        pose = quantized(FigurePose(rotation=rotation, inset=False), 1.0)
        sprites.configure(rect, DARK, 1.0, pose)
        images = []
        for draw in (
            lambda p, pose=pose: sprites.draw(p, pose),
            lambda p, pose=pose: paint_top_view(p, rect, pose, DARK, layer="moving"),
        ):
            image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(BACKGROUND)
            painter = QPainter(image)
            draw(painter)
            painter.end()
            images.append(image)
        cached, drawn = images
        whole = QRect(0, 0, SIZE, SIZE)
        assert _max_difference(cached, drawn, whole) <= 3, f"rotation {rotation}"
        box = sprites.bounds(pose)
        assert ink_box(drawn).intersected(box) == ink_box(drawn)  # nothing drawn outside
    assert len(sprites) == 5
