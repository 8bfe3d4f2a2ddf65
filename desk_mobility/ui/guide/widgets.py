"""The guide's painted controls: the progress dial, the key bar and the tightness scale.

Each is drawn with QPainter in the guide's theme rather than built from
stock widgets, so it reads at a glance across the room and stays cheap to
repaint while the drill animates.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_mobility.i18n.phrases import translate
from desk_mobility.ui.guide.parts import make_label
from desk_mobility.ui.guide.theme import Theme, paint_focus_ring, text_px


class Dial(QProgressBar):
    """A ring for the whole routine's progress around a big count.

    The face (background, track and text) is a cached pixmap that changes
    only with the count; a frame that moves the ring blits it and strokes
    the arc, and paints nothing behind the dial. It is a progress bar to a
    screen reader, whose value (the count, or the seconds of rest left) the
    guide sets; the picture is painted here alone.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.setTextVisible(False)
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

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

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
    """The keys that work right now, drawn as key caps.

    One row as a rule; where large text makes the keys wider than the window,
    they wrap onto more rows rather than run off its edges.
    """

    GAP = 22.0

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.keys: list[tuple[str, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_keys(self, keys: list[tuple[str, str]]) -> None:
        if keys != self.keys:
            self.keys = keys
            self.updateGeometry()
            self.update()

    def text(self) -> str:
        return "  ".join(f"{k} {what}" for k, what in self.keys)

    def _fonts(self) -> tuple[QFont, QFont]:
        key_font = QFont(self.font())
        key_font.setPixelSize(text_px(12))
        key_font.setWeight(QFont.Weight.Bold)
        text_font = QFont(self.font())
        text_font.setPixelSize(text_px(13))
        return key_font, text_font

    def _widths(self) -> list[float]:
        key_metrics, text_metrics = (QFontMetricsF(f) for f in self._fonts())
        return [
            key_metrics.horizontalAdvance(k) + 16 + 7 + text_metrics.horizontalAdvance(w)
            for k, w in self.keys
        ]

    def _rows(self, width: float) -> list[list[int]]:
        """Indexes of the keys on each row, as many per row as ``width`` holds."""
        rows: list[list[int]] = [[]]
        used = 0.0
        for index, entry in enumerate(self._widths()):
            extra = entry if not rows[-1] else self.GAP + entry
            if rows[-1] and used + extra > width:
                rows.append([index])
                used = entry
            else:
                rows[-1].append(index)
                used += extra
        return rows

    def _row_height(self) -> int:
        return text_px(40)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._row_height() * len(self._rows(width))

    def sizeHint(self) -> QSize:
        widths = self._widths()
        return QSize(round(sum(widths) + self.GAP * max(len(widths) - 1, 0)), self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(round(max(self._widths(), default=0.0)), self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        key_font, text_font = self._fonts()
        key_metrics = QFontMetricsF(key_font)
        widths = self._widths()
        cap_h = text_px(26)
        rows = self._rows(self.width())
        top = (self.height() - self._row_height() * len(rows)) / 2
        rtl = self.isRightToLeft()

        def placed(rect: QRectF) -> QRectF:
            """Right to left, each key cap comes first, then its words, from the right."""
            return QRectF(self.width() - rect.right(), rect.y(), rect.width(), rect.height())

        for number, row in enumerate(rows):
            span = sum(widths[i] for i in row) + self.GAP * max(len(row) - 1, 0)
            x = (self.width() - span) / 2
            y = top + number * self._row_height() + (self._row_height() - cap_h) / 2
            for index in row:
                key, what = self.keys[index]
                width = widths[index]
                cap_w = key_metrics.horizontalAdvance(key) + 16
                cap = QRectF(x, y, cap_w, cap_h)
                words = QRectF(cap.right() + 7, y, width - cap_w - 7 + 1, cap_h)
                if rtl:
                    cap, words = placed(cap), placed(words)
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
                # Key names ("0–10", "Esc") read left to right on every keyboard.
                painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                painter.drawText(cap, Qt.AlignmentFlag.AlignCenter, key)
                painter.setLayoutDirection(self.layoutDirection())
                painter.setFont(text_font)
                painter.setPen(t.color("muted"))
                painter.drawText(
                    words,
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter,
                    what,
                )
                x += width + self.GAP
        painter.end()


class TightnessPill(QRadioButton):
    """One number of the scale as a radio button: it takes clicks, focus and a reader's press.

    The scale paints the pills; a pill paints only its focus ring, in the gap
    around its number, so one picture serves mouse, keyboard and screen reader.
    """

    def __init__(self, scale: TightnessScale, index: int) -> None:
        super().__init__(scale)
        self.scale = scale
        self.index = index
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # a click, a key or a screen reader's "toggle": whatever checks the pill chooses it
        self.toggled.connect(lambda checked: scale.follow_pill(index) if checked else None)

    def nextCheckState(self) -> None:
        """A click on the chosen number clears the choice; on another, chooses that one."""
        if self.isChecked():
            self.scale.set_value(None)
        else:
            super().nextCheckState()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: 1}
        if key in step:
            current = self.scale.value
            target = self.index if current is None else current + step[key]
            self.scale.set_value(target)
            self.scale.focus_current()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus():
            painter = QPainter(self)
            paint_focus_ring(painter, QRectF(self.rect()), self.scale.theme.color("text"), 12.0)
            painter.end()


class TightnessScale(QWidget):
    """0..10 pills for "how tight is your upper back"; optional, click or keys.

    Each number is a ``TightnessPill``; the one chosen (or 0 before any) is
    the single Tab stop, and the arrow keys move the choice along.
    """

    changed = Signal(object)

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.value: int | None = None
        self.setFixedHeight(text_px(44))
        self.setMinimumWidth(11 * text_px(34))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._syncing = False
        self.pills = [TightnessPill(self, index) for index in range(11)]
        self._sync_pills()

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(0, min(10, value))
        if value != self.value:
            self.value = value
            self.update()
            self._sync_pills()
            self.changed.emit(value)

    def follow_pill(self, index: int) -> None:
        """A pill was checked by other means than a click: it is the choice now."""
        if not self._syncing:
            self.set_value(index)

    def focus_current(self) -> None:
        self.pills[self.value or 0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync_pills(self) -> None:
        current = self.value or 0
        self._syncing = True
        for pill in self.pills:
            pill.setAutoExclusive(False)  # an exclusive radio button cannot be unchecked
            pill.setChecked(pill.index == self.value)
            pill.setAutoExclusive(True)
            pill.setFocusPolicy(
                Qt.FocusPolicy.TabFocus if pill.index == current else Qt.FocusPolicy.NoFocus
            )
        self._syncing = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for pill in self.pills:
            pill.setGeometry(self._cell(pill.index).adjusted(-3, -3, 3, 3).toAlignedRect())

    def _cell(self, index: int) -> QRectF:
        width = min(self.width() / 11, float(text_px(46)))
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
        font.setPixelSize(text_px(15))
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
        self.hint = make_label(translate("Guide", "Optional · 0 loose, 10 very tight"), "muted", 13)
        text.addWidget(self.hint)
        layout.addLayout(text, 0)
        self.scale = TightnessScale(theme)
        layout.addWidget(self.scale, 1)
