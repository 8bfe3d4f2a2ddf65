"""Bounded caches of the figure's moving layers, one picture per turn step.

The drawing code keeps no state; these caches are the one stateful piece,
so an animation frame copies pixels instead of stroking a dozen
anti-aliased shapes.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QImage,
    QPainter,
)

from desk_mobility.ui.figure.palette import LIGHT, FigurePalette
from desk_mobility.ui.figure.pose import MAX_DEGREES, STEP_DEGREES, FigurePose, turn_step
from desk_mobility.ui.figure.sketch import body_bounds, paint_figure
from desk_mobility.ui.figure.top_view import paint_top_view, top_view_bounds


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
