"""The drill figure: a person on a chair, drawn with QPainter from a 3-D sketch.

The body is a handful of 3-D points (hips, spine, shoulders, crossed arms,
head, legs) seen from the front-left and a little above, so one picture shows
both the rotation and the slight rounding of the upper back. Only what lies
above the heart-rate-strap line turns; the pelvis, the belly button, the
thighs and the block stay square, which is the whole lesson of the drill.

``paint_figure`` keeps no state: it draws a ``FigurePose`` into a rectangle,
so the same code paints the window, the tests and the benchmark, at any device
pixel ratio. This module draws the seated figure from the 3-D sketch in
``figure_geometry``; the pose, the palettes, the top-view inset and the
sprite caches that make an animation frame a blit each have their own
``figure_*`` module.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from desk_mobility.ui.figure.geometry import (
    STRAP_Y,
    SceneGeometry,
    Vec,
    convex_hull,
    padded_box,
    spine_z,
    trunk_point,
    trunk_ring,
    turn_point,
)
from desk_mobility.ui.figure.palette import FigurePalette
from desk_mobility.ui.figure.pose import MAX_DEGREES, FigurePose, Layer
from desk_mobility.ui.figure.top_view import paint_top_view


class _Painter(SceneGeometry):
    """One frame being drawn: the geometry plus a painter and colours."""

    def __init__(
        self, painter: QPainter, rect: QRectF, pose: FigurePose, palette: FigurePalette
    ) -> None:
        super().__init__(rect, pose)
        self.p = painter
        self.pal = palette

    def pen(self, color: QColor, width: float) -> QPen:
        return QPen(
            QBrush(color),
            width * self.scale,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )

    def limb(self, a: Vec, b: Vec, width: float, color: QColor) -> None:
        """A limb as a round-capped stroke with a thin outline around it."""
        line_a, line_b = self.pt(a), self.pt(b)
        self.p.setPen(self.pen(self.pal.outline, width + 1.0))
        self.p.drawLine(line_a, line_b)
        self.p.setPen(self.pen(color, width))
        self.p.drawLine(line_a, line_b)

    def polygon(self, points: Iterable[Vec], fill: QColor | QBrush, outline: bool = True) -> None:
        poly = QPolygonF([self.pt(v) for v in points])
        self.p.setPen(self.pen(self.pal.outline, 0.7) if outline else Qt.PenStyle.NoPen)
        self.p.setBrush(fill)
        self.p.drawPolygon(poly)

    def hull(self, points: Iterable[Vec]) -> QPainterPath:
        flat = [self.xy(v) for v in points]
        path = QPainterPath()
        hull = convex_hull(flat)
        if hull:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in hull]))
            path.closeSubpath()
        return path

    def box(self, lo: Vec, hi: Vec, top: QColor, side: QColor, front: QColor) -> None:
        """An axis-aligned box: only the faces turned to the viewer."""
        x0, y0, z0 = lo
        x1, y1, z1 = hi
        faces = [
            ([(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)], top),  # top
            ([(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)], front),  # front
            ([(x1, y0, z0), (x1, y0, z1), (x1, y1, z1), (x1, y1, z0)], side),  # +x side
        ]
        for face, color in faces:
            self.polygon(face, color)


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    pose: FigurePose,
    palette: FigurePalette,
    layer: Layer = "all",
) -> None:
    """Draw the seated figure (and the top-down inset) into ``rect``.

    ``layer`` lets a widget cache what never moves: "still" is the floor, the
    chair, the hips, the legs, the block and the belly button (identical for
    every rotation); "moving" is everything drawn over them, which is the
    turning upper "body" and then the flashlight "beam" on top. The inset is
    part of "all", "still" and "moving" only.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    f = _Painter(painter, rect, pose, palette)
    if layer in ("all", "still"):
        _draw_floor(f)
        _draw_chair_back(f)
        _draw_lower_trunk(f)
        _draw_legs(f)
        _draw_belly(f)
    if layer in ("all", "moving", "body"):
        _draw_upper_trunk(f)
        _draw_strap(f)
        _draw_head(f)
        _draw_arms(f)
        if pose.side_view:
            _draw_spine(f)
    if layer in ("all", "moving", "beam") and pose.beam:
        _draw_beam(f)
    if pose.inset and layer in ("all", "still", "moving"):
        side = min(rect.width(), rect.height()) * 0.34
        inset = QRectF(
            rect.right() - side - rect.width() * 0.01, rect.bottom() - side * 1.08, side, side
        )
        paint_top_view(painter, inset, pose, palette, layer=layer)
    painter.restore()


# ------------------------------------------------------------------ parts


SEAT_Y = 44.0
HIP_Z = 0.0


def _draw_floor(f: _Painter) -> None:
    centre = f.pt((0, 0, 14))
    gradient = QRadialGradient(centre, 60 * f.scale)
    gradient.setColorAt(0.0, f.pal.floor)
    transparent = QColor(f.pal.floor)
    transparent.setAlpha(0)
    gradient.setColorAt(1.0, transparent)
    f.p.setPen(Qt.PenStyle.NoPen)
    f.p.setBrush(gradient)
    f.p.drawEllipse(centre, 56 * f.scale, 15 * f.scale)


def _draw_chair_back(f: _Painter) -> None:
    pal = f.pal
    # back posts and rear legs, behind the sitter
    for x in (-20.0, 20.0):
        f.limb((x, 0, -20), (x, SEAT_Y, -20), 3.2, pal.chair_shade)
    for x in (-20.0, 20.0):
        f.limb((x, SEAT_Y, -21), (x, 84, -25), 3.0, pal.chair_shade)
    f.polygon([(-20, 66, -23.5), (20, 66, -23.5), (20, 82, -24.8), (-20, 82, -24.8)], pal.chair)
    # four straight legs on the floor: a chair that does not roll
    for x in (-20.0, 20.0):
        f.limb((x, 0, 20), (x, SEAT_Y - 2, 20), 3.2, pal.chair_shade)
    f.box((-23, SEAT_Y - 4, -23), (23, SEAT_Y, 23), pal.chair, pal.chair_shade, pal.chair_shade)


def _lower_rings(f: _Painter) -> list[Vec]:
    r, d = f.round, f.deg
    return (
        trunk_ring(SEAT_Y + 4, 17.0, 11.0, ahead=7.0, rounding=r, degrees=d)
        + trunk_ring(60.0, 14.5, 9.5, ahead=7.0, rounding=r, degrees=d)
        + trunk_ring(STRAP_Y, 16.0, 10.5, ahead=7.5, rounding=r, degrees=d)
    )


def _upper_rings(f: SceneGeometry) -> list[Vec]:
    r, d = f.round, f.deg
    return (
        trunk_ring(STRAP_Y, 16.0, 10.5, ahead=7.5, rounding=r, degrees=d)
        + trunk_ring(80.0, 17.5, 11.0, ahead=7.5, rounding=r, degrees=d)
        + trunk_ring(88.0, 18.5, 9.5, ahead=6.5, rounding=r, degrees=d)
        + trunk_ring(93.0, 12.0, 6.5, ahead=5.0, rounding=r, degrees=d)
    )


def _draw_lower_trunk(f: _Painter) -> None:
    lower = _lower_rings(f)
    f.p.setPen(f.pen(f.pal.outline, 0.8))
    f.p.setBrush(f.pal.pants)
    f.p.drawPath(f.hull(lower))


def _draw_upper_trunk(f: _Painter) -> None:
    pal = f.pal
    upper = _upper_rings(f)
    f.p.setPen(f.pen(pal.outline, 0.8))
    # the shirt, shaded from the side that faces away
    path = f.hull(upper)
    bounds = path.boundingRect()
    gradient = QLinearGradient(bounds.topLeft(), bounds.topRight())
    away = 0.5 + 0.5 * math.sin(math.radians(f.deg))
    gradient.setColorAt(0.0, pal.shirt if away > 0.5 else pal.shirt_shade)
    gradient.setColorAt(1.0, pal.shirt_shade if away > 0.5 else pal.shirt)
    gradient.setColorAt(0.5, pal.shirt)
    f.p.setBrush(gradient)
    f.p.drawPath(path)


def _leg_points(side: float) -> tuple[Vec, Vec, Vec, Vec]:
    hip = (side * 9.5, SEAT_Y + 6, HIP_Z)
    knee = (side * 11.0, SEAT_Y + 5, 42.0)
    ankle = (side * 11.5, 7.0, 45.0)
    toe = (side * 12.0, 2.0, 57.0)
    return hip, knee, ankle, toe


def _draw_legs(f: _Painter) -> None:
    pal = f.pal
    legs = sorted((1.0, -1.0), key=lambda s: f.depth(_leg_points(s)[1]))
    for index, side in enumerate(legs):
        hip, knee, ankle, toe = _leg_points(side)
        near = index == 1
        if near:
            f.box(
                (-4.5, SEAT_Y + 1, 20),
                (4.5, SEAT_Y + 13, 37),
                pal.block,
                pal.block_shade,
                pal.block_shade,
            )
        color = pal.pants if near else pal.pants_shade
        f.limb(ankle, toe, 6.5, pal.shoe)
        f.limb(knee, ankle, 10.0, color)
        f.limb(hip, knee, 14.0, color)


def _draw_strap(f: _Painter) -> None:
    """The heart-rate-strap line: nothing below it turns."""
    pal = f.pal
    r, d = f.round, f.deg
    # heart-rate strap: the front half of the ring at the strap line
    strap = trunk_ring(STRAP_Y, 16.4, 10.9, ahead=7.5, rounding=r, degrees=d, steps=28)
    front = [v for v in strap if v[2] - (spine_z(STRAP_Y, r) + 7.5) > 0]
    front.sort(key=lambda v: v[0])
    path = QPainterPath()
    if front:
        path.moveTo(f.pt(front[0]))
        for v in front[1:]:
            path.lineTo(f.pt(v))
    f.p.setBrush(Qt.BrushStyle.NoBrush)
    f.p.setPen(f.pen(pal.strap, 2.2))
    f.p.drawPath(path)


def _draw_belly(f: _Painter) -> None:
    """The belly button, on the still part, with an arrow that keeps pointing ahead."""
    pal = f.pal
    r = f.round
    belly = (0.0, 60.0, spine_z(60.0, r) + 7.0 + 9.6)
    ahead = (0.0, 60.0, belly[2] + 13.0)
    f.p.setPen(f.pen(pal.belly, 1.6))
    f.p.drawLine(f.pt(belly), f.pt(ahead))
    _arrow_head(f, f.pt(belly), f.pt(ahead), pal.belly, 3.2)
    f.p.setPen(f.pen(pal.outline, 0.6))
    f.p.setBrush(pal.belly)
    f.p.drawEllipse(f.pt(belly), 2.0 * f.scale, 2.0 * f.scale)


def _draw_spine(f: _Painter) -> None:
    """Side view only: the spine, bowed a little when the upper back is rounded."""
    points: list[QPointF] = []
    for i in range(13):
        y = 52.0 + i * 3.6
        bow = f.round * 4.5 * math.sin(math.pi * min(max((y - 64) / 32, 0.0), 1.0))
        points.append(f.pt((0.0, y, spine_z(y, f.round) - 1.5 - bow)))
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    f.p.setBrush(Qt.BrushStyle.NoBrush)
    f.p.setPen(f.pen(f.pal.belly, 1.4))
    f.p.drawPath(path)
    f.p.setPen(Qt.PenStyle.NoPen)
    f.p.setBrush(f.pal.belly)
    for point in points[::2]:
        f.p.drawEllipse(point, 1.5 * f.scale, 1.5 * f.scale)


def _arrow_head(f: _Painter, tail: QPointF, tip: QPointF, color: QColor, size: float) -> None:
    dx, dy = tip.x() - tail.x(), tip.y() - tail.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    s = size * f.scale
    left = QPointF(tip.x() - ux * s - uy * s * 0.6, tip.y() - uy * s + ux * s * 0.6)
    right = QPointF(tip.x() - ux * s + uy * s * 0.6, tip.y() - uy * s - ux * s * 0.6)
    f.p.setPen(Qt.PenStyle.NoPen)
    f.p.setBrush(color)
    f.p.drawPolygon(QPolygonF([tip, left, right]))


def _head_centre(f: SceneGeometry) -> Vec:
    r = f.round
    return turn_point((0.0, 106.0, spine_z(96.0, r) + 5.0 + 2.0 * r), f.deg, spine_z(96.0, r))


def _draw_head(f: _Painter) -> None:
    pal = f.pal
    r = f.round
    neck_base = trunk_point((0.0, 93.0, spine_z(93.0, r) + 4.0), f.deg, r)
    centre = _head_centre(f)
    f.limb(neck_base, (centre[0], centre[1] - 6, centre[2]), 7.5, pal.skin)
    c = f.pt(centre)
    radius = 9.5 * f.scale
    # the face turns with the chest (the neck stays quiet): hair sits behind it
    facing = turn_point((0.0, 0.0, 1.0), f.deg, 0.0)
    fx, _, _ = f.camera.project(facing)
    # hair all round, then the face turned towards where the chest points
    f.p.setPen(f.pen(pal.outline, 0.8))
    f.p.setBrush(pal.hair)
    f.p.drawEllipse(c, radius, radius * 1.1)
    f.p.setPen(Qt.PenStyle.NoPen)
    f.p.setBrush(pal.skin)
    face = QPointF(c.x() + fx * radius * 0.3, c.y() + radius * 0.2)
    f.p.drawEllipse(face, radius * (0.86 - 0.25 * abs(fx)), radius * 0.9)


def _arm_points(f: SceneGeometry) -> list[tuple[Vec, Vec, float]]:
    """Arms crossed on the chest: shoulder-elbow-hand for each side."""
    r = f.round
    front = spine_z(84.0, r) + 18.0

    def body(v: Vec) -> Vec:
        return turn_point(v, f.deg, spine_z(v[1], r))

    left_shoulder = body((17.0, 89.0, spine_z(89.0, r) + 5.0))
    right_shoulder = body((-17.0, 89.0, spine_z(89.0, r) + 5.0))
    left_elbow = body((7.0, 74.0, front + 8.0))
    right_elbow = body((-7.0, 76.0, front + 6.0))
    left_hand = body((-13.0, 87.0, front + 2.0))
    right_hand = body((13.0, 86.0, front + 3.0))
    return [
        (left_shoulder, left_elbow, 7.5),
        (left_elbow, left_hand, 6.5),
        (right_shoulder, right_elbow, 7.5),
        (right_elbow, right_hand, 6.5),
    ]


def _draw_arms(f: _Painter) -> None:
    pal = f.pal
    segments = sorted(_arm_points(f), key=lambda s: f.depth(s[0]) + f.depth(s[1]))
    for a, b, width in segments:
        f.limb(a, b, width, pal.shirt if width > 7 else pal.skin)
        if width < 7:  # a hand at the end of the forearm
            f.p.setPen(f.pen(pal.outline, 0.6))
            f.p.setBrush(pal.skin)
            f.p.drawEllipse(f.pt(b), 3.6 * f.scale, 3.6 * f.scale)


def sternum_point(pose: FigurePose) -> Vec:
    """Where the flashlight sits, in scene units (used by tests and the beam)."""
    r = max(0.0, min(1.0, pose.rounding))
    deg = max(-1.0, min(1.0, pose.rotation)) * MAX_DEGREES
    return turn_point((0.0, 82.0, spine_z(82.0, r) + 7.5 + 11.0 + 12.0), deg, spine_z(82.0, r))


def _beam_points(f: SceneGeometry) -> tuple[Vec, Vec, Vec, Vec]:
    """Sternum, the beam's two far corners and its far centre."""
    source = sternum_point(f.pose)
    reach, spread = 70.0, math.radians(12.0)

    def ahead(direction: Vec) -> Vec:
        return (
            source[0] + reach * direction[0],
            source[1] + reach * direction[1],
            source[2] + reach * direction[2],
        )

    left = ahead(turn_point((-math.sin(spread), -0.08, math.cos(spread)), f.deg, 0.0))
    right = ahead(turn_point((math.sin(spread), -0.08, math.cos(spread)), f.deg, 0.0))
    tip = ahead(turn_point((0.0, -0.08, 1.0), f.deg, 0.0))
    return source, left, right, tip


def body_bounds(rect: QRectF, pose: FigurePose) -> QRectF:
    """Where the "body" layer (the turning upper body) draws for this pose."""
    f = SceneGeometry(rect, pose)
    xs: list[float] = []
    ys: list[float] = []
    for v in _upper_rings(f):
        x, y = f.xy(v)
        xs.append(x)
        ys.append(y)
    for a, b, width in _arm_points(f):
        # a round-capped stroke and its outline reach half a width (plus 0.5) past its ends;
        # the hands are discs of radius 3.6
        reach = max((width + 1.0) / 2, 4.0) * f.scale
        for v in (a, b):
            x, y = f.xy(v)
            xs.extend((x - reach, x + reach))
            ys.extend((y - reach, y + reach))
    hx, hy = f.xy(_head_centre(f))
    xs.extend((hx - 10 * f.scale, hx + 10 * f.scale))
    ys.extend((hy - 11 * f.scale, hy + 11 * f.scale))
    return padded_box(xs, ys, pad=2.0 * f.scale)


def beam_bounds(rect: QRectF, pose: FigurePose) -> QRectF:
    """Where the "beam" layer draws for this pose; empty when there is no beam."""
    if not pose.beam:
        return QRectF()
    f = SceneGeometry(rect, pose)
    xs: list[float] = []
    ys: list[float] = []
    for v in _beam_points(f):
        x, y = f.xy(v)
        xs.extend((x - 7 * f.scale, x + 7 * f.scale))
        ys.extend((y - 7 * f.scale, y + 7 * f.scale))
    return padded_box(xs, ys)


def _draw_beam(f: _Painter) -> None:
    pal = f.pal
    source, left, right, tip = _beam_points(f)
    far = [left, right]
    a = f.pt(source)
    gradient = QLinearGradient(a, f.pt(tip))
    strong = QColor(pal.beam)
    strong.setAlpha(170)
    fade = QColor(pal.beam)
    fade.setAlpha(0)
    gradient.setColorAt(0.0, strong)
    gradient.setColorAt(1.0, fade)
    f.p.setPen(Qt.PenStyle.NoPen)
    f.p.setBrush(gradient)
    f.p.drawPolygon(QPolygonF([a, f.pt(far[0]), f.pt(far[1])]))
    # the lens: a small bright disc on the sternum
    glow = QRadialGradient(a, 6.0 * f.scale)
    glow.setColorAt(0.0, QColor(255, 255, 255, 240))
    glow.setColorAt(0.45, pal.beam)
    edge = QColor(pal.beam)
    edge.setAlpha(0)
    glow.setColorAt(1.0, edge)
    f.p.setBrush(glow)
    f.p.drawEllipse(a, 6.0 * f.scale, 6.0 * f.scale)
