"""The figure's 3-D sketch: a camera, the spine's curve and how each height turns.

Plain arithmetic on scene points, shared by the painter, the layer bounds
and the tests; it draws nothing itself.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF

from desk_mobility.ui.figure.pose import MAX_DEGREES, FigurePose

Vec = tuple[float, float, float]

STRAP_Y = 70.0  # the heart-rate-strap line: nothing below it turns
SHOULDER_Y = 90.0


class Camera:
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


CAMERA = Camera()
SIDE_CAMERA = Camera(yaw_degrees=-90.0, pitch_degrees=4.0)


def spine_z(y: float, rounding: float) -> float:
    """Depth of the spine at height y: the upper back bows forward when rounded."""
    if y <= 66:
        return -6.0
    t = min((y - 66) / 30, 1.2)
    return -6.0 + rounding * 9.0 * t * t


def twist_share(y: float) -> float:
    """How much of the rotation a height takes: none below the strap line."""
    t = (y - STRAP_Y) / (SHOULDER_Y - STRAP_Y)
    t = min(max(t, 0.0), 1.0)
    return t * t * (3 - 2 * t)


def turn_point(p: Vec, degrees: float, pivot_z: float) -> Vec:
    """Rotate about a vertical axis; positive degrees turn to the figure's right."""
    a = math.radians(degrees)
    x, y, z = p
    dz = z - pivot_z
    # the figure's right is -x, so a right turn swings +z towards -x
    return (x * math.cos(a) - dz * math.sin(a), y, pivot_z + x * math.sin(a) + dz * math.cos(a))


def trunk_point(p: Vec, degrees: float, rounding: float) -> Vec:
    """A trunk point after rounding and the partial turn for its height."""
    share = twist_share(p[1])
    return turn_point(p, degrees * share, spine_z(p[1], rounding))


def trunk_ring(
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
    a = math.radians(degrees * twist_share(y))
    cos_a, sin_a = math.cos(a), math.sin(a)
    pivot = spine_z(y, rounding)
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


def convex_hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
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


class SceneGeometry:
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


def padded_box(xs: list[float], ys: list[float], pad: float = 5.0) -> QRectF:
    return QRectF(
        min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    )
