"""The drill figure: a person on a chair, drawn with QPainter from a 3-D sketch.

The body is a handful of 3-D points (hips, spine, shoulders, crossed arms,
head, legs) seen from the front-left and a little above, so one picture shows
both the rotation and the slight rounding of the upper back. Only what lies
above the heart-rate-strap line turns; the pelvis, the belly button, the
thighs and the block stay square, which is the whole lesson of the drill.

``paint_figure`` keeps no state: it draws a ``FigurePose`` into a rectangle,
so the same code paints the window, the tests and the benchmark, at any device
pixel ratio. The one stateful piece is ``BodySprites``, a bounded cache of the
turning upper body already rasterised at each half degree, so an animation
frame copies pixels instead of stroking a dozen anti-aliased shapes.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

Vec = tuple[float, float, float]
Layer = Literal["all", "still", "moving", "body", "beam"]

MAX_DEGREES = 42.0
"""End range drawn for a full rotation: a believable thoracic turn."""

STEP_DEGREES = 0.5
"""The finest turn the figure shows: under half a pixel at the shoulders, so
the motion looks continuous, and few enough steps for the sprites to be cached."""

STRAP_Y = 70.0  # the heart-rate-strap line: nothing below it turns
SHOULDER_Y = 90.0


@dataclass(frozen=True, slots=True)
class FigurePose:
    """What to draw. ``rotation`` is +1 at full right, -1 at full left."""

    rotation: float = 0.0
    rounding: float = 1.0
    beam: bool = True
    inset: bool = True
    side_view: bool = False


@dataclass(frozen=True, slots=True)
class FigurePalette:
    """Colours for one theme."""

    skin: QColor
    hair: QColor
    shirt: QColor
    shirt_shade: QColor
    pants: QColor
    pants_shade: QColor
    shoe: QColor
    chair: QColor
    chair_shade: QColor
    block: QColor
    block_shade: QColor
    beam: QColor
    belly: QColor
    strap: QColor
    outline: QColor
    floor: QColor
    inset_bg: QColor
    inset_line: QColor
    text: QColor


def _c(hex_rgb: str, alpha: int = 255) -> QColor:
    color = QColor(hex_rgb)
    color.setAlpha(alpha)
    return color


LIGHT = FigurePalette(
    skin=_c("#e9b896"),
    hair=_c("#3d2e27"),
    shirt=_c("#4a78b0"),
    shirt_shade=_c("#3a6193"),
    pants=_c("#34405a"),
    pants_shade=_c("#283248"),
    shoe=_c("#22262e"),
    chair=_c("#c9a273"),
    chair_shade=_c("#9c7a52"),
    block=_c("#9b87d6"),
    block_shade=_c("#7a66b8"),
    beam=_c("#ffb627"),
    belly=_c("#16a085"),
    strap=_c("#e0533d"),
    outline=_c("#1d2433", 70),
    floor=_c("#1d2433", 28),
    inset_bg=_c("#ffffff"),
    inset_line=_c("#d5dbe6"),
    text=_c("#5b6678"),
)

DARK = FigurePalette(
    skin=_c("#e2b092"),
    hair=_c("#241a16"),
    shirt=_c("#6b9de0"),
    shirt_shade=_c("#517fbf"),
    pants=_c("#8190ad"),
    pants_shade=_c("#66738f"),
    shoe=_c("#c8cfdb"),
    chair=_c("#a98558"),
    chair_shade=_c("#7f6240"),
    block=_c("#b5a3f0"),
    block_shade=_c("#8f7cd0"),
    beam=_c("#ffd166"),
    belly=_c("#3ddbb8"),
    strap=_c("#ff7a5c"),
    outline=_c("#000000", 110),
    floor=_c("#000000", 70),
    inset_bg=_c("#232a36"),
    inset_line=_c("#3a4455"),
    text=_c("#a7b1c2"),
)


def palette_for(dark: bool) -> FigurePalette:
    return DARK if dark else LIGHT


def turn_step(rotation: float, step_degrees: float = STEP_DEGREES) -> int:
    """The rotation as a whole number of steps (the cache key).

    The nearest step, except that only an exactly square pose is step 0: the
    figure looks square in the very frame the routine counts the rep, not
    a few frames before it.
    """
    steps = max(-1.0, min(1.0, rotation)) * MAX_DEGREES / step_degrees
    nearest = round(steps)
    if nearest == 0 and steps != 0.0:
        return 1 if steps > 0 else -1
    return nearest


def quantized(pose: FigurePose, step_degrees: float = STEP_DEGREES) -> FigurePose:
    """The pose turned to the nearest drawable step: 0, +1 and -1 stay exact."""
    rotation = turn_step(pose.rotation, step_degrees) * step_degrees / MAX_DEGREES
    return pose if rotation == pose.rotation else replace(pose, rotation=rotation)


# ------------------------------------------------------------------ 3-D sketch


class _Camera:
    """Orthographic view from the figure's front-left, slightly above."""

    def __init__(self, yaw_degrees: float = -28.0, pitch_degrees: float = 12.0) -> None:
        yaw = math.radians(yaw_degrees)
        pitch = math.radians(pitch_degrees)
        self._cy, self._sy = math.cos(yaw), math.sin(yaw)
        self._cp, self._sp = math.cos(pitch), math.sin(pitch)

    def project(self, p: Vec) -> tuple[float, float, float]:
        """Screen x, screen y (down), depth (larger is nearer the viewer)."""
        x, y, z = p
        x1 = x * self._cy + z * self._sy
        z1 = -x * self._sy + z * self._cy
        up = y * self._cp - z1 * self._sp
        depth = z1 * self._cp + y * self._sp
        return x1, -up, depth


CAMERA = _Camera()
SIDE_CAMERA = _Camera(yaw_degrees=-90.0, pitch_degrees=4.0)


def _spine_z(y: float, rounding: float) -> float:
    """Depth of the spine at height y: the upper back bows forward when rounded."""
    if y <= 66:
        return -6.0
    t = min((y - 66) / 30, 1.2)
    return -6.0 + rounding * 9.0 * t * t


def _twist_share(y: float) -> float:
    """How much of the rotation a height takes: none below the strap line."""
    t = (y - STRAP_Y) / (SHOULDER_Y - STRAP_Y)
    t = min(max(t, 0.0), 1.0)
    return t * t * (3 - 2 * t)


def _turn(p: Vec, degrees: float, pivot_z: float) -> Vec:
    """Rotate about a vertical axis; positive degrees turn to the figure's right."""
    a = math.radians(degrees)
    x, y, z = p
    dz = z - pivot_z
    # the figure's right is -x, so a right turn swings +z towards -x
    return (x * math.cos(a) - dz * math.sin(a), y, pivot_z + x * math.sin(a) + dz * math.cos(a))


def _body(p: Vec, degrees: float, rounding: float) -> Vec:
    """A trunk point after rounding and the partial turn for its height."""
    share = _twist_share(p[1])
    return _turn(p, degrees * share, _spine_z(p[1], rounding))


def _ring(
    y: float,
    half_x: float,
    half_z: float,
    *,
    ahead: float,
    rounding: float,
    degrees: float,
    steps: int = 16,
) -> list[Vec]:
    """An elliptical cross-section of the trunk at height y, turned for its height."""
    # every point of a ring shares its height, so it shares one turn: one sin/cos
    a = math.radians(degrees * _twist_share(y))
    cos_a, sin_a = math.cos(a), math.sin(a)
    pivot = _spine_z(y, rounding)
    ahead_of_pivot = ahead
    points: list[Vec] = []
    for cos_t, sin_t in _unit_circle(steps):
        x = half_x * cos_t
        dz = ahead_of_pivot + half_z * sin_t
        points.append((x * cos_a - dz * sin_a, y, pivot + x * sin_a + dz * cos_a))
    return points


@functools.cache
def _unit_circle(steps: int) -> tuple[tuple[float, float], ...]:
    return tuple(
        (math.cos(2 * math.pi * i / steps), math.sin(2 * math.pi * i / steps)) for i in range(steps)
    )


def _hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return list(pts)

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


# Fixed frame of the scene in projected units, so the figure never jumps.
_SCENE = QRectF(-72, -124, 144, 140)
_SIDE_SCENE = QRectF(-70, -125, 140, 133)


class _Geometry:
    """One frame's geometry: maps projected points into the target rectangle."""

    def __init__(self, rect: QRectF, pose: FigurePose) -> None:
        self.pose = pose
        self.deg = max(-1.0, min(1.0, pose.rotation)) * MAX_DEGREES
        self.round = max(0.0, min(1.0, pose.rounding))
        self.camera = SIDE_CAMERA if pose.side_view else CAMERA
        scene = _SIDE_SCENE if pose.side_view else _SCENE
        self.scale = min(rect.width() / scene.width(), rect.height() / scene.height())
        self.ox = rect.center().x() - scene.center().x() * self.scale
        self.oy = rect.center().y() - scene.center().y() * self.scale

    def pt(self, v: Vec) -> QPointF:
        x, y, _ = self.camera.project(v)
        return QPointF(self.ox + x * self.scale, self.oy + y * self.scale)

    def xy(self, v: Vec) -> tuple[float, float]:
        """``pt`` as plain floats: no Qt object per point where only a hull is needed."""
        x, y, _ = self.camera.project(v)
        return (self.ox + x * self.scale, self.oy + y * self.scale)

    def depth(self, v: Vec) -> float:
        return self.camera.project(v)[2]


class _Painter(_Geometry):
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
        hull = _hull(flat)
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
        _ring(SEAT_Y + 4, 17.0, 11.0, ahead=7.0, rounding=r, degrees=d)
        + _ring(60.0, 14.5, 9.5, ahead=7.0, rounding=r, degrees=d)
        + _ring(STRAP_Y, 16.0, 10.5, ahead=7.5, rounding=r, degrees=d)
    )


def _upper_rings(f: _Geometry) -> list[Vec]:
    r, d = f.round, f.deg
    return (
        _ring(STRAP_Y, 16.0, 10.5, ahead=7.5, rounding=r, degrees=d)
        + _ring(80.0, 17.5, 11.0, ahead=7.5, rounding=r, degrees=d)
        + _ring(88.0, 18.5, 9.5, ahead=6.5, rounding=r, degrees=d)
        + _ring(93.0, 12.0, 6.5, ahead=5.0, rounding=r, degrees=d)
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
    strap = _ring(STRAP_Y, 16.4, 10.9, ahead=7.5, rounding=r, degrees=d, steps=28)
    front = [v for v in strap if v[2] - (_spine_z(STRAP_Y, r) + 7.5) > 0]
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
    belly = (0.0, 60.0, _spine_z(60.0, r) + 7.0 + 9.6)
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
        points.append(f.pt((0.0, y, _spine_z(y, f.round) - 1.5 - bow)))
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


def _head_centre(f: _Geometry) -> Vec:
    r = f.round
    return _turn((0.0, 106.0, _spine_z(96.0, r) + 5.0 + 2.0 * r), f.deg, _spine_z(96.0, r))


def _draw_head(f: _Painter) -> None:
    pal = f.pal
    r = f.round
    neck_base = _body((0.0, 93.0, _spine_z(93.0, r) + 4.0), f.deg, r)
    centre = _head_centre(f)
    f.limb(neck_base, (centre[0], centre[1] - 6, centre[2]), 7.5, pal.skin)
    c = f.pt(centre)
    radius = 9.5 * f.scale
    # the face turns with the chest (the neck stays quiet): hair sits behind it
    facing = _turn((0.0, 0.0, 1.0), f.deg, 0.0)
    fx, _, _ = f.camera.project(facing)
    # hair all round, then the face turned towards where the chest points
    f.p.setPen(f.pen(pal.outline, 0.8))
    f.p.setBrush(pal.hair)
    f.p.drawEllipse(c, radius, radius * 1.1)
    f.p.setPen(Qt.PenStyle.NoPen)
    f.p.setBrush(pal.skin)
    face = QPointF(c.x() + fx * radius * 0.3, c.y() + radius * 0.2)
    f.p.drawEllipse(face, radius * (0.86 - 0.25 * abs(fx)), radius * 0.9)


def _arm_points(f: _Geometry) -> list[tuple[Vec, Vec, float]]:
    """Arms crossed on the chest: shoulder-elbow-hand for each side."""
    r = f.round
    front = _spine_z(84.0, r) + 18.0

    def body(v: Vec) -> Vec:
        return _turn(v, f.deg, _spine_z(v[1], r))

    left_shoulder = body((17.0, 89.0, _spine_z(89.0, r) + 5.0))
    right_shoulder = body((-17.0, 89.0, _spine_z(89.0, r) + 5.0))
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
    return _turn((0.0, 82.0, _spine_z(82.0, r) + 7.5 + 11.0 + 12.0), deg, _spine_z(82.0, r))


def _beam_points(f: _Geometry) -> tuple[Vec, Vec, Vec, Vec]:
    """Sternum, the beam's two far corners and its far centre."""
    source = sternum_point(f.pose)
    reach, spread = 70.0, math.radians(12.0)

    def ahead(direction: Vec) -> Vec:
        return (
            source[0] + reach * direction[0],
            source[1] + reach * direction[1],
            source[2] + reach * direction[2],
        )

    left = ahead(_turn((-math.sin(spread), -0.08, math.cos(spread)), f.deg, 0.0))
    right = ahead(_turn((math.sin(spread), -0.08, math.cos(spread)), f.deg, 0.0))
    tip = ahead(_turn((0.0, -0.08, 1.0), f.deg, 0.0))
    return source, left, right, tip


def _box(xs: list[float], ys: list[float], pad: float = 5.0) -> QRectF:
    return QRectF(
        min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    )


def body_bounds(rect: QRectF, pose: FigurePose) -> QRectF:
    """Where the "body" layer (the turning upper body) draws for this pose."""
    f = _Geometry(rect, pose)
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
    return _box(xs, ys, pad=2.0 * f.scale)


def beam_bounds(rect: QRectF, pose: FigurePose) -> QRectF:
    """Where the "beam" layer draws for this pose; empty when there is no beam."""
    if not pose.beam:
        return QRectF()
    f = _Geometry(rect, pose)
    xs: list[float] = []
    ys: list[float] = []
    for v in _beam_points(f):
        x, y = f.xy(v)
        xs.extend((x - 7 * f.scale, x + 7 * f.scale))
        ys.extend((y - 7 * f.scale, y + 7 * f.scale))
    return _box(xs, ys)


def moving_bounds(rect: QRectF, pose: FigurePose) -> QRectF:
    """Where the "moving" layer draws for this pose (the top-view inset aside)."""
    body = body_bounds(rect, pose)
    return body.united(beam_bounds(rect, pose)) if pose.beam else body


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


# ------------------------------------------------------------------ top view


def paint_top_view(
    painter: QPainter,
    rect: QRectF,
    pose: FigurePose,
    palette: FigurePalette,
    *,
    label: bool = True,
    layer: Layer = "all",
) -> None:
    """Seen from above, facing up: hips and thighs square, chest and beam turned."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    side = min(rect.width(), rect.height())
    c = rect.center()
    u = side / 100.0  # inset units: the disc is 100 wide
    deg = max(-1.0, min(1.0, pose.rotation)) * MAX_DEGREES
    a = math.radians(deg)
    cy = c.y() + 8 * u  # the body sits a little low so the beam has room

    def at(x: float, y: float, angle: float = 0.0) -> QPointF:
        # up is forward, +x is the figure's right; a right turn is clockwise
        return QPointF(
            c.x() + (x * math.cos(angle) - y * math.sin(angle)) * u,
            cy + (x * math.sin(angle) + y * math.cos(angle)) * u,
        )

    outline = QPen(palette.outline, max(1.0, 0.7 * u))
    if layer != "moving":
        _top_view_still(
            painter, c=c, cy=cy, u=u, palette=palette, outline=outline, at=at, label=label
        )
    if layer == "still":
        painter.restore()
        return
    # the beam from the sternum, and the angle it has swept
    if pose.beam:
        origin = at(0, -9, a)
        gradient = QRadialGradient(origin, 44 * u)
        strong = QColor(palette.beam)
        strong.setAlpha(235)
        fade = QColor(palette.beam)
        fade.setAlpha(25)
        gradient.setColorAt(0.0, strong)
        gradient.setColorAt(1.0, fade)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawPolygon(QPolygonF([origin, at(-12, -47, a), at(0, -49, a), at(12, -47, a)]))
    if abs(deg) >= 1:
        arc_pen = QPen(palette.beam, max(1.5, 2.2 * u))
        painter.setPen(arc_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = 30 * u
        arc = QRectF(c.x() - radius, cy - radius, 2 * radius, 2 * radius)
        painter.drawArc(arc, 90 * 16, round(-deg * 16))
    # shoulders, arms crossed, head: all turned together
    painter.save()
    painter.translate(c.x(), cy)
    painter.rotate(deg)
    painter.scale(u, u)
    painter.setPen(QPen(palette.outline, max(1.0, 0.7 * u) / u))
    painter.setBrush(palette.shirt)
    painter.drawEllipse(QPointF(0, 0), 20, 8.5)
    painter.setBrush(palette.shirt_shade)
    painter.drawPolygon(
        QPolygonF([QPointF(-15, -5), QPointF(15, -5), QPointF(12, -10), QPointF(-12, -10)])
    )
    painter.setBrush(palette.skin)
    painter.drawEllipse(QPointF(0, -1), 6.5, 6.5)
    painter.setBrush(palette.hair)
    painter.drawEllipse(QPointF(0, 0.5), 5.6, 5.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.beam)
    painter.drawEllipse(QPointF(0, -10.5), 2.4, 2.4)
    painter.restore()
    # the belly button, ahead of the hips, never turns
    painter.setBrush(palette.belly)
    painter.drawEllipse(at(0, -10.5), 2.0 * u, 2.0 * u)
    if label and abs(deg) >= 1:
        painter.setFont(_inset_font(painter, u))
        painter.setPen(palette.text)
        painter.drawText(
            QRectF(c.x() - 40 * u, cy + 13 * u, 80 * u, 14 * u),
            Qt.AlignmentFlag.AlignCenter,
            f"{abs(deg):.0f}°",
        )
    painter.restore()


def top_view_bounds(rect: QRectF, pose: FigurePose) -> QRectF:
    """Where the top view's "moving" layer draws for this pose (beam, arc, chest, label)."""
    side = min(rect.width(), rect.height())
    c = rect.center()
    u = side / 100.0
    deg = max(-1.0, min(1.0, pose.rotation)) * MAX_DEGREES
    a = math.radians(deg)
    cy = c.y() + 8 * u
    # the turned shoulders, head, sternum and belly all lie within 21 units of the centre
    xs = [c.x() - 21 * u, c.x() + 21 * u]
    ys = [cy - 21 * u, cy + 21 * u]
    if pose.beam:
        for x, y in ((-12.0, -47.0), (0.0, -49.0), (12.0, -47.0)):
            xs.append(c.x() + (x * math.cos(a) - y * math.sin(a)) * u)
            ys.append(cy + (x * math.sin(a) + y * math.cos(a)) * u)
    if abs(deg) >= 1:
        reach = 30 * u + max(1.5, 2.2 * u)
        xs.extend((c.x(), c.x() + reach * math.sin(a)))
        ys.extend((cy - reach, cy - reach * math.cos(a) + max(1.5, 2.2 * u)))
        xs.extend((c.x() - 40 * u, c.x() + 40 * u))  # the angle label's box
        ys.append(cy + 27 * u)
    return _box(xs, ys, pad=2.0)


def _inset_font(painter: QPainter, u: float) -> QFont:
    font = QFont(painter.font())
    font.setPixelSize(max(8, round(7.5 * u)))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _top_view_still(
    painter: QPainter,
    *,
    c: QPointF,
    cy: float,
    u: float,
    palette: FigurePalette,
    outline: QPen,
    at: Callable[..., QPointF],
    label: bool,
) -> None:
    """The parts of the top view that never move: disc, hips, thighs, block."""
    painter.setPen(QPen(palette.inset_line, max(1.0, 1.0 * u)))
    painter.setBrush(palette.inset_bg)
    painter.drawEllipse(c, 49 * u, 49 * u)
    # the line the belly button keeps facing
    painter.setPen(QPen(palette.inset_line, max(1.0, 1.2 * u), Qt.PenStyle.DashLine))
    painter.drawLine(at(0, -8), at(0, -52))
    # thighs and the block: square to the front
    painter.setPen(outline)
    painter.setBrush(palette.pants_shade)
    for x in (-9.0, 9.0):
        painter.drawRoundedRect(
            QRectF(c.x() + (x - 5.5) * u, cy - 34 * u, 11 * u, 28 * u), 5 * u, 5 * u
        )
    painter.setBrush(palette.block)
    painter.drawRect(QRectF(c.x() - 3.5 * u, cy - 29 * u, 7 * u, 14 * u))
    painter.setBrush(palette.pants)
    painter.drawRoundedRect(QRectF(c.x() - 17 * u, cy - 9 * u, 34 * u, 17 * u), 8 * u, 8 * u)
    if label:
        painter.setFont(_inset_font(painter, u))
        painter.setPen(palette.text)
        for mark, x in (("L", -40.0), ("R", 40.0)):
            painter.drawText(
                QRectF(c.x() + (x - 6) * u, c.y() - 7 * u, 12 * u, 14 * u),
                Qt.AlignmentFlag.AlignCenter,
                mark,
            )


# ------------------------------------------------------------------ sprites


class PoseSprites:
    """A moving layer rasterised once per turn step, so an animation frame is a blit.

    Stroking the trunk, head and crossed arms with anti-aliasing costs about
    2 ms a frame at full-screen size, the top view almost 1 ms; copying the
    same pixels costs a few microseconds. Each sprite is drawn lazily the
    first time its angle is shown (or ahead, by ``warm``), at the device pixel
    ratio and on whole device pixels, so the blit gives the pixels that
    drawing in place would give.

    Memory is bounded by ``budget_bytes``. When the budget is reached,
    sprites of the other side (the one not turned to now) make room first; if
    none are left, the layer is drawn in place for that frame rather than
    evicting what the next frames need.
    """

    step_degrees = STEP_DEGREES

    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = budget_bytes
        self.bytes_used = 0
        self.rendered = 0  # sprites drawn since the last clear, for tests and the benchmark
        self._sprites: dict[int, tuple[QPointF, QImage]] = {}
        self._bounds: dict[int, QRect] = {}
        self._setup: tuple[object, ...] = ()
        self._rect = QRectF()
        self._palette = LIGHT
        self._ratio = 1.0

    def _paint(self, painter: QPainter, pose: FigurePose) -> None:
        raise NotImplementedError

    def _ink(self, pose: FigurePose) -> QRectF:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._sprites)

    def clear(self) -> None:
        """Free every sprite (the drill is over, or the size or colours changed)."""
        self._sprites.clear()
        self._bounds.clear()
        self.bytes_used = 0
        self.rendered = 0

    def configure(
        self, rect: QRectF, palette: FigurePalette, ratio: float, pose: FigurePose
    ) -> None:
        """Where and how the layer is drawn; anything new invalidates every sprite."""
        setup = (
            rect.x(),
            rect.y(),
            rect.width(),
            rect.height(),
            id(palette),
            ratio,
            pose.rounding,
            pose.side_view,
            pose.beam,
        )
        if setup != self._setup:
            self.clear()
            self._setup, self._rect, self._palette, self._ratio = setup, rect, palette, ratio

    def _key(self, pose: FigurePose) -> tuple[int, FigurePose]:
        step = turn_step(pose.rotation, self.step_degrees)
        turned = step * self.step_degrees / MAX_DEGREES
        return step, (pose if turned == pose.rotation else replace(pose, rotation=turned))

    def bounds(self, pose: FigurePose) -> QRect:
        """The logical pixels the layer covers at this pose (its sprite, rounded out)."""
        step, turned = self._key(pose)
        known = self._bounds.get(step)
        if known is None:
            known = self._device_box(turned)
            self._bounds[step] = known
        ratio = self._ratio
        return QRectF(
            known.x() / ratio, known.y() / ratio, known.width() / ratio, known.height() / ratio
        ).toAlignedRect()

    def draw(self, painter: QPainter, pose: FigurePose) -> None:
        """Paint the layer for ``pose`` (taken to the nearest step) with ``painter``."""
        step, turned = self._key(pose)
        sprite = self._sprites.get(step) or self._render(step, turned)
        if sprite is None:
            painter.save()
            self._paint(painter, turned)
            painter.restore()
            return
        origin, image = sprite
        painter.drawImage(origin, image)

    def warm(self, pose: FigurePose, first_side: int, seconds: float) -> bool:
        """Draw sprites not yet drawn, for up to ``seconds``; False once none are left.

        The side turned to first comes first, from square to end range, so a
        drill that starts before the warm-up ends already finds its first turn.
        """
        deadline = time.perf_counter() + seconds
        last = turn_step(1.0, self.step_degrees)
        sign = 1 if first_side >= 0 else -1
        order = [sign * i for i in range(last + 1)] + [-sign * i for i in range(1, last + 1)]
        for step in order:
            if step in self._sprites:
                continue
            turned = replace(pose, rotation=step * self.step_degrees / MAX_DEGREES)
            if self._render(step, turned) is None:
                return False  # the budget is full: the rest is drawn when shown
            if time.perf_counter() >= deadline:
                return len(self._sprites) < len(order)
        return False

    def _device_box(self, pose: FigurePose) -> QRect:
        box = self._ink(pose)
        ratio = self._ratio
        left, top = math.floor(box.left() * ratio) - 1, math.floor(box.top() * ratio) - 1
        right, bottom = math.ceil(box.right() * ratio) + 1, math.ceil(box.bottom() * ratio) + 1
        return QRect(left, top, right - left, bottom - top)

    def _render(self, step: int, pose: FigurePose) -> tuple[QPointF, QImage] | None:
        box = self._bounds.get(step) or self._device_box(pose)
        self._bounds[step] = box
        size = box.width() * box.height() * 4
        if not self._make_room(step, size):
            return None
        image = QImage(box.width(), box.height(), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(self._ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        # whole device pixels, so the sprite lands exactly where in-place drawing would
        painter.translate(-box.x() / self._ratio, -box.y() / self._ratio)
        self._paint(painter, pose)
        painter.end()
        origin = QPointF(box.x() / self._ratio, box.y() / self._ratio)
        self._sprites[step] = (origin, image)
        self.bytes_used += size
        self.rendered += 1
        return origin, image

    def _make_room(self, step: int, size: int) -> bool:
        if self.bytes_used + size <= self.budget_bytes:
            return True
        other_side = [s for s in self._sprites if s * step < 0]
        other_side.sort(key=abs, reverse=True)  # the far end range goes first
        for victim in other_side:
            _, image = self._sprites.pop(victim)
            self.bytes_used -= image.width() * image.height() * 4
            if self.bytes_used + size <= self.budget_bytes:
                return True
        return False


class BodySprites(PoseSprites):
    """The turning upper body ("body" layer), one sprite per half degree.

    A full-screen window at pixel ratio 1 needs about 20 MB for both sides.
    """

    def __init__(self, budget_bytes: int = 48 * 1024 * 1024) -> None:
        super().__init__(budget_bytes)

    def _paint(self, painter: QPainter, pose: FigurePose) -> None:
        paint_figure(painter, self._rect, pose, self._palette, layer="body")

    def _ink(self, pose: FigurePose) -> QRectF:
        return body_bounds(self._rect, pose)


class TopViewSprites(PoseSprites):
    """The moving part of the top view, one sprite per whole degree.

    Its angle label reads in whole degrees and its beam moves two pixels per
    degree, so half steps would double the memory (about 10 MB) for nothing.
    """

    step_degrees = 1.0

    def __init__(self, budget_bytes: int = 16 * 1024 * 1024) -> None:
        super().__init__(budget_bytes)

    def _paint(self, painter: QPainter, pose: FigurePose) -> None:
        paint_top_view(painter, self._rect, pose, self._palette, layer="moving")

    def _ink(self, pose: FigurePose) -> QRectF:
        return top_view_bounds(self._rect, pose)
