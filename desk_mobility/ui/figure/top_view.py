"""The inset seen from above: hips and thighs square, chest and beam turned.

It has its own flat geometry (a disc 100 units wide), so it lives apart from
the 3-D figure; the figure draws it into its corner, the widget caches it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QPolygonF,
    QRadialGradient,
)

from desk_mobility.ui.figure.geometry import padded_box
from desk_mobility.ui.figure.palette import FigurePalette
from desk_mobility.ui.figure.pose import MAX_DEGREES, FigurePose, Layer


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
            f"{QLocale().toString(round(abs(deg)))}°",
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
    return padded_box(xs, ys, pad=2.0)


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
        # The user's own left and right (the view is from above, facing the screen),
        # in their language; drawn, so right-to-left layouts never swap them.
        left = QCoreApplication.translate(
            "Figure", "L", "the user's left side: a letter or a very short word"
        )
        right = QCoreApplication.translate(
            "Figure", "R", "the user's right side: a letter or a very short word"
        )
        metrics = painter.fontMetrics()
        for mark, side in ((left, -1.0), (right, 1.0)):
            # A word wider than a letter moves inwards, so the circle never cuts it.
            half = max(6 * u, metrics.horizontalAdvance(mark) / 2 + u)
            centre = c.x() + side * (46 * u - half)
            painter.drawText(
                QRectF(centre - half, c.y() - 7 * u, 2 * half, 14 * u),
                Qt.AlignmentFlag.AlignCenter,
                mark,
            )
