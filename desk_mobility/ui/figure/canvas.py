"""The figure as a widget: the drill's picture, cached in layers so a turn is cheap.

``figure`` draws a pose; this widget decides what to draw again when the
pose changes, keeps what never moves as one pixmap and the turning parts as
sprites, and repaints only where a turn changes pixels.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk_mobility.ui.figure import accessible
from desk_mobility.ui.figure.palette import palette_for
from desk_mobility.ui.figure.pose import FigurePose, quantized
from desk_mobility.ui.figure.sketch import beam_bounds, body_bounds, paint_figure
from desk_mobility.ui.figure.sprites import BodySprites, TopViewSprites
from desk_mobility.ui.figure.top_view import paint_top_view
from desk_mobility.ui.guide.theme import Theme, paint_focus_ring


class FigureCanvas(QWidget):
    """Paints the figure for a pose; clicks are forwarded (a rep, self-paced).

    Three layers: what never moves is one cached pixmap; the turning upper
    body and the top view's moving part come from ``BodySprites`` and
    ``TopViewSprites`` when ``animated``; the beam is drawn over them. A turn
    repaints only where the body, the beam and the top view were and are
    now. Emits ``clicked`` on a left click.
    """

    clicked = Signal()

    def __init__(
        self,
        theme: Theme,
        *,
        inset: bool = True,
        side_view: bool = False,
        animated: bool = False,
    ) -> None:
        accessible.install()
        super().__init__()
        self.theme = theme
        self.counts_reps = False  # a click (or a screen reader's press) counts a rep
        self.pose = FigurePose(inset=False, side_view=side_view, beam=not side_view)
        self._inset = inset
        self.paint_count = 0  # frames drawn, for the benchmark
        self._still: QPixmap | None = None
        self._still_key: tuple[object, ...] = ()
        self.sprites: BodySprites | None = BodySprites() if animated else None
        self.top_sprites: TopViewSprites | None = TopViewSprites() if animated and inset else None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def set_pose(self, pose: FigurePose) -> None:
        """Show ``pose`` turned to the nearest step; no repaint if that step is unchanged."""
        pose = quantized(pose)
        if pose == self.pose:
            return
        only_turned = replace(pose, rotation=self.pose.rotation) == self.pose
        before = self.pose
        self.pose = pose
        if only_turned and self._still is not None:
            self.update(self.moving_region(before, pose))
        else:
            self.update()

    def warm_up(self, first_side: int, seconds: float) -> bool:
        """Draw the still layer and body sprites ahead, for up to ``seconds``.

        Returns True while there is more to draw. Meant for idle moments before
        the drill, so its first turns are blits too.
        """
        self._still_layer()
        figure_rect, inset_rect = self._rects()
        turned = replace(self.pose, rotation=0.0)
        palette, ratio = palette_for(self.theme.dark), self.devicePixelRatioF()
        more = False
        if self.top_sprites is not None and inset_rect is not None:
            # the top view is cheap to draw ahead (85 small sprites): it goes first
            self.top_sprites.configure(inset_rect, palette, ratio, turned)
            more = self.top_sprites.warm(turned, first_side, seconds)
        if self.sprites is not None and not more:
            self.sprites.configure(figure_rect, palette, ratio, turned)
            more = self.sprites.warm(turned, first_side, seconds)
        return more

    def release(self) -> None:
        """Free the cached pictures; they are drawn again when next needed."""
        self._still = None
        for sprites in (self.sprites, self.top_sprites):
            if sprites is not None:
                sprites.clear()

    def _body_bounds(self, figure_rect: QRectF, pose: FigurePose) -> QRect:
        if self.sprites is None:
            return body_bounds(figure_rect, pose).toAlignedRect()
        self.sprites.configure(
            figure_rect, palette_for(self.theme.dark), self.devicePixelRatioF(), pose
        )
        return self.sprites.bounds(pose)

    def _top_bounds(self, inset_rect: QRectF, pose: FigurePose) -> QRect:
        if self.top_sprites is None:
            return inset_rect.toAlignedRect().adjusted(-2, -2, 2, 2)
        self.top_sprites.configure(
            inset_rect, palette_for(self.theme.dark), self.devicePixelRatioF(), pose
        )
        return self.top_sprites.bounds(pose).adjusted(-1, -1, 1, 1)

    def moving_region(self, before: FigurePose, after: FigurePose) -> QRegion:
        """Where a turn changes pixels: the upper body, beam and top view, then and now."""
        figure_rect, inset_rect = self._rects()
        body = self._body_bounds(figure_rect, before).united(self._body_bounds(figure_rect, after))
        region = QRegion(body.adjusted(-1, -1, 1, 1))
        if before.beam or after.beam:
            beam = beam_bounds(figure_rect, before).united(beam_bounds(figure_rect, after))
            region = region.united(QRegion(beam.toAlignedRect().adjusted(-2, -2, 2, 2)))
        if inset_rect is not None:
            top = self._top_bounds(inset_rect, before).united(self._top_bounds(inset_rect, after))
            region = region.united(QRegion(top))
        return region

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 240)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    MAX_FIGURE = QSize(780, 690)
    """Beyond this the figure reads no better and only costs more to draw each frame."""

    def _rects(self) -> tuple[QRectF, QRectF | None]:
        full = QRectF(self.rect())
        width = min(full.width(), self.MAX_FIGURE.width() * (1.3 if self._inset else 1.0))
        height = min(full.height(), self.MAX_FIGURE.height())
        rect = QRectF(0, 0, width, height)
        rect.moveCenter(full.center())
        if not self._inset:
            return rect, None
        side = min(rect.width() * 0.34, rect.height() * 0.36)
        inset = QRectF(rect.right() - side - 6, rect.bottom() - side - 6, side, side)
        return rect.adjusted(0, 0, -side * 0.35, 0), inset

    def _still_layer(self) -> QPixmap:
        """What never moves (chair, hips, legs, the inset's disc) is drawn once per size."""
        ratio = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            ratio,
            self.theme.dark,
            self.pose.rounding,
            self.pose.side_view,
        )
        if self._still is None or self._still_key != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.theme.color("card"))  # opaque: the blit is a plain copy
            painter = QPainter(pixmap)
            palette = palette_for(self.theme.dark)
            figure_rect, inset_rect = self._rects()
            paint_figure(painter, figure_rect, self.pose, palette, layer="still")
            if inset_rect is not None:
                paint_top_view(painter, inset_rect, self.pose, palette, layer="still")
            painter.end()
            self._still, self._still_key = pixmap, key
        return self._still

    def _device_rect(self, rect: QRect) -> QRect:
        ratio = self.devicePixelRatioF()
        return QRectF(
            rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
        ).toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        still = self._still_layer()
        painter = QPainter(self)
        dirty = event.rect()
        region = event.region()
        painter.drawPixmap(dirty, still, self._device_rect(dirty))
        palette = palette_for(self.theme.dark)
        figure_rect, inset_rect = self._rects()
        pose = self.pose
        # each layer only where this paint reaches it: most frames touch two of three
        if region.intersects(self._body_bounds(figure_rect, pose).adjusted(-1, -1, 1, 1)):
            if self.sprites is not None:
                self.sprites.draw(painter, pose)
            else:
                paint_figure(painter, figure_rect, pose, palette, layer="body")
        if pose.beam and region.intersects(
            beam_bounds(figure_rect, pose).toAlignedRect().adjusted(-2, -2, 2, 2)
        ):
            paint_figure(painter, figure_rect, pose, palette, layer="beam")
        if inset_rect is not None and region.intersects(self._top_bounds(inset_rect, pose)):
            if self.top_sprites is not None:
                self.top_sprites.draw(painter, pose)
            else:
                paint_top_view(painter, inset_rect, pose, palette, layer="moving")
        if self.hasFocus():
            paint_focus_ring(painter, QRectF(self.rect()), self.theme.color("accent"))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
