"""The guide's painted controls: the progress dial, the key bar and the tightness scale.

Each is drawn with QPainter in the guide's theme rather than built from
stock widgets, so it reads at a glance across the room and stays cheap to
repaint while the drill animates.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desk_mobility.ui.guide.parts import make_label
from desk_mobility.ui.guide.theme import Theme


class Dial(QWidget):
    """A ring for the whole routine's progress around a big count.

    The face (background, track and text) is a cached pixmap that changes
    only with the count; a frame that moves the ring blits it and strokes
    the arc, and paints nothing behind the dial.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.progress = 0.0
        self.big = ""
        self.small = ""
        self.caption = ""
        self.dimmed = False
        self._face: QPixmap | None = None
        self._face_key: tuple[object, ...] = ()
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # the dial fills its own background with the window's colour
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def set_values(
        self, progress: float, big: str, small: str, caption: str, dimmed: bool = False
    ) -> None:
        values = (round(progress, 3), big, small, caption, dimmed)
        if values != (round(self.progress, 3), self.big, self.small, self.caption, self.dimmed):
            self.progress, self.big, self.small, self.caption, self.dimmed = (
                progress,
                big,
                small,
                caption,
                dimmed,
            )
            self.update()

    def text(self) -> str:
        return f"{self.big}{self.small}"

    def heightForWidth(self, width: int) -> int:
        return width

    def _geometry(self) -> tuple[float, QRectF, float, QRectF]:
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(8.0, side * 0.055)
        ring = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        return side, rect, thickness, ring

    def _face_pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.theme, self.big, self.small, self.caption, self.dimmed)
        if self._face is not None and key == self._face_key:
            return self._face
        t = self.theme
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(t.color("bg"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side, rect, thickness, ring = self._geometry()
        painter.setPen(QPen(t.color("track"), thickness))
        painter.drawEllipse(ring)
        # the count: big number, small target, caption underneath
        big_font = QFont(self.font())
        big_font.setPixelSize(max(24, round(side * 0.30)))
        big_font.setWeight(QFont.Weight.Bold)
        small_font = QFont(self.font())
        small_font.setPixelSize(max(14, round(side * 0.12)))
        small_font.setWeight(QFont.Weight.DemiBold)
        caption_font = QFont(self.font())
        caption_font.setPixelSize(max(12, round(side * 0.075)))
        caption_font.setWeight(QFont.Weight.DemiBold)
        big_w = QFontMetricsF(big_font).horizontalAdvance(self.big)
        small_w = QFontMetricsF(small_font).horizontalAdvance(self.small)
        x = rect.center().x() - (big_w + small_w) / 2
        base = rect.center().y() + side * 0.08
        painter.setPen(t.color("muted" if self.dimmed else "text"))
        painter.setFont(big_font)
        painter.drawText(QPointF(x, base), self.big)
        painter.setPen(t.color("muted"))
        painter.setFont(small_font)
        painter.drawText(QPointF(x + big_w, base), self.small)
        painter.setFont(caption_font)
        painter.setPen(t.color("accent") if not self.dimmed else t.color("muted"))
        caption_rect = QRectF(rect.left(), base + side * 0.04, rect.width(), side * 0.12)
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignHCenter, self.caption)
        painter.end()
        self._face, self._face_key = pixmap, key
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._face_pixmap())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _, _, thickness, ring = self._geometry()
        accent = self.theme.color("muted" if self.dimmed else "accent")
        painter.setPen(QPen(accent, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        span = round(-360 * 16 * max(0.0, min(1.0, self.progress)))
        if span:
            painter.drawArc(ring, 90 * 16, span)
        painter.end()


class KeyBar(QWidget):
    """The keys that work right now, drawn as key caps."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.keys: list[tuple[str, str]] = []
        self.setFixedHeight(40)

    def set_keys(self, keys: list[tuple[str, str]]) -> None:
        if keys != self.keys:
            self.keys = keys
            self.update()

    def text(self) -> str:
        return "  ".join(f"{k} {what}" for k, what in self.keys)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        key_font = QFont(self.font())
        key_font.setPixelSize(12)
        key_font.setWeight(QFont.Weight.Bold)
        text_font = QFont(self.font())
        text_font.setPixelSize(13)
        key_metrics = QFontMetricsF(key_font)
        text_metrics = QFontMetricsF(text_font)
        widths = [
            key_metrics.horizontalAdvance(k) + 16 + 7 + text_metrics.horizontalAdvance(w)
            for k, w in self.keys
        ]
        gap = 22.0
        x = (self.width() - (sum(widths) + gap * max(len(widths) - 1, 0))) / 2
        y = (self.height() - 26) / 2
        for (key, what), width in zip(self.keys, widths, strict=True):
            cap_w = key_metrics.horizontalAdvance(key) + 16
            cap = QRectF(x, y, cap_w, 26)
            painter.setPen(QPen(t.color("border"), 1.2))
            painter.setBrush(t.color("card"))
            painter.drawRoundedRect(cap, 6, 6)
            painter.setPen(QPen(t.color("track"), 2))
            painter.drawLine(
                QPointF(cap.left() + 4, cap.bottom() + 0.5),
                QPointF(cap.right() - 4, cap.bottom() + 0.5),
            )
            painter.setFont(key_font)
            painter.setPen(t.color("text"))
            painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, key)
            painter.setFont(text_font)
            painter.setPen(t.color("muted"))
            painter.drawText(
                QRectF(cap.right() + 7, y, width, 26),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                what,
            )
            x += width + gap
        painter.end()


class TightnessScale(QWidget):
    """0..10 pills for "how tight is your upper back"; optional, click or keys."""

    changed = Signal(object)

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.value: int | None = None
        self.setFixedHeight(44)
        self.setMinimumWidth(11 * 34)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(0, min(10, value))
        if value != self.value:
            self.value = value
            self.update()
            self.changed.emit(value)

    def _cell(self, index: int) -> QRectF:
        width = min(self.width() / 11, 46.0)
        left = (self.width() - width * 11) / 2
        return QRectF(left + index * width + 3, 3, width - 6, self.height() - 6)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(11):
            if self._cell(index).contains(event.position()):
                self.set_value(None if self.value == index else index)
                return

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(15)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        for index in range(11):
            cell = self._cell(index)
            chosen = index == self.value
            painter.setPen(QPen(t.color("accent" if chosen else "border"), 1.2))
            painter.setBrush(t.color("accent" if chosen else "card"))
            painter.drawRoundedRect(cell, 10, 10)
            painter.setPen(t.color("accent_text" if chosen else "text"))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(index))
        painter.end()


class CheckInCard(QFrame):
    """The optional 0-10 tightness question, before the drill and after it.

    ``scale`` is the answer; ``hint`` is the grey line under the question,
    which the summary rewrites to show the answer given before.
    """

    def __init__(self, theme: Theme, question: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(make_label(question, "title", 15, weight=QFont.Weight.DemiBold))
        self.hint = make_label("Optional · 0 loose, 10 very tight", "muted", 13)
        text.addWidget(self.hint)
        layout.addLayout(text, 0)
        self.scale = TightnessScale(theme)
        layout.addWidget(self.scale, 1)
