"""The weekly charts, drawn with QPainter.

QtCharts would pull in PySide6-Addons (about 160 MB) for three small charts;
QPainter draws them crisply at any scale from the font size, in the palette's
own colours. The widgets keep no history of their own: they draw the summary
they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk_mobility.core.durations import duration_text
from desk_mobility.core.week import DaySummary, WeekSummary

HOUR = 3600.0
# How the weekly view names each quiet reason.
QUIET_NAMES = {"call": "calls", "dnd": "do not disturb", "fullscreen": "fullscreen"}


@dataclass(frozen=True, slots=True)
class ChartColors:
    """Series colours picked to read on the palette's window colour."""

    dark: bool
    text: QColor
    muted: QColor
    grid: QColor
    today: QColor
    sitting: QColor
    longest: QColor
    taken: QColor
    natural: QColor
    snoozed: QColor
    skipped: QColor
    expired: QColor
    routine: QColor
    tightness: QColor
    focus: QColor
    quiet: QColor

    @classmethod
    def for_palette(cls, palette: QPalette) -> ChartColors:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < 0.5
        muted = QColor(text)
        muted.setAlphaF(0.68)
        grid = QColor(text)
        grid.setAlphaF(0.14)
        today = QColor(palette.color(QPalette.ColorRole.Highlight))
        today.setAlphaF(0.10 if not dark else 0.18)

        def pick(light: str, night: str) -> QColor:
            return QColor(night if dark else light)

        return cls(
            dark=dark,
            text=text,
            muted=muted,
            grid=grid,
            today=today,
            sitting=pick("#9DB9EE", "#3F5F99"),
            longest=pick("#2F5FC4", "#8DB6FF"),
            taken=pick("#2E9E5B", "#52C987"),
            natural=pick("#2A9D94", "#45CFC2"),
            snoozed=pick("#D99A00", "#F2C14E"),
            skipped=pick("#CF4F4F", "#F08080"),
            expired=pick("#A0A6AD", "#7D848C"),
            routine=pick("#7B55CF", "#B99DF7"),
            tightness=pick("#C8671B", "#F0A45C"),
            focus=palette.color(QPalette.ColorRole.Highlight),
            quiet=pick("#8E8AA8", "#8F8BB0"),
        )


def day_caption(day: date) -> tuple[str, str]:
    """Short weekday and day of month: ("Tue", "24")."""
    return day.strftime("%a"), str(day.day)


def describe_day(day: DaySummary) -> str:
    """A full sentence about one day, for the detail line and screen readers."""
    name = day.day.strftime("%A %-d %B")
    if day.is_empty:
        return f"{name}: nothing recorded."
    parts = [
        f"sat {duration_text(day.sitting_seconds)}"
        + (
            f", longest stretch {duration_text(day.longest_stretch_seconds)}"
            if day.sitting_seconds
            else ""
        )
    ]
    if day.breaks_offered:
        outcome = [f"{day.breaks_taken} taken"]
        for count, word in (
            (day.offers_snoozed, "snoozed"),
            (day.offers_skipped, "skipped"),
            (day.offers_expired, "missed"),
        ):
            if count:
                outcome.append(f"{count} {word}")
        parts.append(f"{day.breaks_offered} breaks offered ({', '.join(outcome)})")
    if day.natural_breaks:
        breaks = "break" if day.natural_breaks == 1 else "breaks"
        parts.append(f"{day.natural_breaks} {breaks} on your own")
    if day.routines_started:
        routines = "routine" if day.routines_completed == 1 else "routines"
        parts.append(f"{day.routines_completed} {routines} done, {day.reps} reps")
    if day.check_ins:
        parts.append(f"tightness {day.mean_tightness:.1f} / 10")
    if day.quiet_seconds >= 60:
        parts.append(f"quiet time {describe_quiet(day)}")
    return f"{name}: " + "; ".join(parts) + "."


def describe_quiet(day: DaySummary) -> str:
    """ "1 h 10 min (calls 50 min, do not disturb 20 min)": what held breaks back."""
    total = duration_text(day.quiet_seconds)
    if len(day.quiet_by_reason) == 1:
        reason = day.quiet_by_reason[0][0]
        return f"{total} ({QUIET_NAMES.get(reason, reason)})"
    reasons = [
        f"{QUIET_NAMES.get(reason, reason)} {duration_text(seconds)}"
        for reason, seconds in day.quiet_by_reason
        if seconds >= 60
    ]
    return f"{total} ({', '.join(reasons)})" if reasons else total


class WeekChart(QWidget):
    """Seven days side by side: sitting bars, break outcomes and routines.

    Each bar is the day's sitting time; the darker part at its foot is the
    longest unbroken stretch; the thin bar beside it is the day's quiet time
    (calls, do-not-disturb, fullscreen), when breaks waited. Under it, one
    square per offered break in the colour of its outcome and one ring per
    break taken on the user's own, then
    the routines done and reps counted. Left/Right (or a click) selects a day.

    Signals: ``day_selected(int)`` with the index 0-6 of the selected day.
    """

    day_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._week: WeekSummary | None = None
        self._today: date | None = None
        self._selected = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Week chart")
        self.setMouseTracking(False)

    def set_week(self, week: WeekSummary, today: date | None) -> None:
        self._week = week
        self._today = today
        if today is not None and week.week_start <= today <= week.week_end:
            self._selected = (today - week.week_start).days
        self._selected = min(max(self._selected, 0), 6)
        self._update_description()
        self.update()

    @property
    def selected(self) -> int:
        return self._selected

    def select(self, index: int) -> None:
        index = min(max(index, 0), 6)
        if index != self._selected:
            self._selected = index
            self._update_description()
            self.update()
        self.day_selected.emit(index)

    def _update_description(self) -> None:
        if self._week is None:
            return
        day = self._week.days[self._selected]
        self.setAccessibleDescription(describe_day(day))
        self.setToolTip(describe_day(day))

    def sizeHint(self) -> QSize:
        unit = self.fontMetrics().height()
        return QSize(unit * 40, unit * 20)

    def minimumSizeHint(self) -> QSize:
        unit = self.fontMetrics().height()
        return QSize(unit * 24, unit * 19)

    # -- input

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Left:
            self.select(self._selected - 1)
        elif event.key() == Qt.Key.Key_Right:
            self.select(self._selected + 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        plot = self._plot_rect()
        x = event.position().x() - plot.left()
        if 0 <= x <= plot.width():
            self.select(int(x / (plot.width() / 7)))
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- geometry

    def _unit(self) -> float:
        return float(self.fontMetrics().height())

    def _plot_rect(self) -> QRectF:
        unit = self._unit()
        axis = self.fontMetrics().horizontalAdvance("10 h") + unit * 0.6
        return QRectF(axis, unit * 0.6, self.width() - axis - unit * 0.4, self.height() - unit)

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = ChartColors.for_palette(self.palette())
        if self._week is not None:
            self._paint(painter, self._week, colors)
        painter.end()

    def _paint(self, painter: QPainter, week: WeekSummary, colors: ChartColors) -> None:
        unit = self._unit()
        fm = self.fontMetrics()
        plot = self._plot_rect()
        column = plot.width() / 7
        # Bands, top to bottom: bars, day captions, breaks, routines.
        routine_h = unit * 1.3
        breaks_rows = 2
        square = unit * 0.62
        breaks_h = breaks_rows * (square + unit * 0.25) + unit * 0.3
        caption_h = unit * 2.3
        bars_top = plot.top() + unit * 1.2
        bars_bottom = plot.bottom() - routine_h - breaks_h - caption_h
        bars_h = max(bars_bottom - bars_top, unit * 3)

        top_hours = max(week_max_hours(week), 2)
        step = 1 if top_hours <= 4 else 2 if top_hours <= 10 else 4
        scale_hours = step * -(-top_hours // step)

        # Today and the selected day.
        for index, day in enumerate(week.days):
            x = plot.left() + index * column
            if day.day == self._today:
                painter.fillRect(QRectF(x + 2, plot.top(), column - 4, plot.height()), colors.today)

        # Grid and hour axis.
        painter.setFont(self.font())
        for hours in range(0, int(scale_hours) + 1, step):
            y = bars_bottom - bars_h * hours / scale_hours
            pen = QPen(colors.grid, 1)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            label = f"{hours} h"
            painter.drawText(
                QRectF(0, y - unit / 2, plot.left() - unit * 0.3, unit),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.0))
        for index, day in enumerate(week.days):
            x = plot.left() + index * column
            bar_w = min(column * 0.52, unit * 3.2)
            bar_x = x + (column - bar_w) / 2
            sat_h = bars_h * (day.sitting_seconds / HOUR) / scale_hours
            long_h = bars_h * (day.longest_stretch_seconds / HOUR) / scale_hours
            radius = min(unit * 0.3, bar_w / 4)
            if sat_h > 0:
                bar = QRectF(bar_x, bars_bottom - sat_h, bar_w, sat_h)
                path = QPainterPath()
                path.addRoundedRect(bar, radius, radius)
                painter.fillPath(path, colors.sitting)
                longest = QRectF(bar_x, bars_bottom - long_h, bar_w, long_h)
                lpath = QPainterPath()
                lpath.addRoundedRect(longest, radius, radius)
                painter.fillPath(lpath, colors.longest)
                painter.setPen(colors.text)
                painter.setFont(bold)
                painter.drawText(
                    QRectF(x, bars_bottom - sat_h - unit * 1.25, column, unit * 1.2),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    short_duration(day.sitting_seconds),
                )
                painter.setFont(self.font())
            quiet_h = bars_h * (day.quiet_seconds / HOUR) / scale_hours
            if quiet_h > 0:
                strip_w = max(unit * 0.32, 2.0)
                strip = QRectF(bar_x + bar_w + unit * 0.15, bars_bottom - quiet_h, strip_w, quiet_h)
                qpath = QPainterPath()
                qpath.addRoundedRect(strip, strip_w / 2, strip_w / 2)
                painter.fillPath(qpath, colors.quiet)

            # Caption: weekday and date.
            cap_top = bars_bottom + unit * 0.25
            name, number = day_caption(day.day)
            painter.setPen(colors.text if day.day == self._today else colors.muted)
            painter.setFont(bold if day.day == self._today else self.font())
            painter.drawText(
                QRectF(x, cap_top, column, unit),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                name if day.day != self._today else f"{name} · today",
            )
            painter.setFont(self.font())
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(x, cap_top + unit, column, unit),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                number,
            )

            # Breaks: one mark per offer, coloured by outcome; rings for natural breaks.
            marks = break_marks(day)
            breaks_top = bars_bottom + caption_h
            per_row = max(int((column - unit * 0.4) / (square + unit * 0.22)), 1)
            shown = marks[: per_row * breaks_rows]
            for n, kind in enumerate(shown):
                row, col = divmod(n, per_row)
                count_in_row = min(len(shown) - row * per_row, per_row)
                row_w = count_in_row * square + (count_in_row - 1) * unit * 0.22
                mx = x + (column - row_w) / 2 + col * (square + unit * 0.22)
                my = breaks_top + row * (square + unit * 0.25)
                rect = QRectF(mx, my, square, square)
                self._paint_mark(painter, rect, kind, colors)
            if len(marks) > len(shown):
                painter.setPen(colors.muted)
                painter.setFont(small)
                painter.drawText(
                    QRectF(
                        x,
                        breaks_top + breaks_rows * (square + unit * 0.25) - unit * 0.2,
                        column - unit * 0.2,
                        unit,
                    ),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    f"+{len(marks) - len(shown)}",
                )
                painter.setFont(self.font())

            # Routines and reps.
            routine_top = breaks_top + breaks_h
            if day.routines_started:
                text = f"{day.routines_completed} ✓  {day.reps} reps"
                painter.setPen(colors.routine)
                painter.setFont(bold)
                painter.drawText(
                    QRectF(x, routine_top, column, routine_h),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                    fm.elidedText(text, Qt.TextElideMode.ElideRight, int(column)),
                )
                painter.setFont(self.font())
            elif not day.is_empty:
                painter.setPen(colors.muted)
                painter.drawText(
                    QRectF(x, routine_top, column, routine_h),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                    "–",
                )

        # Selection frame (keyboard focus shows where Left/Right are).
        if self.hasFocus():
            sx = plot.left() + self._selected * column
            pen = QPen(colors.focus, max(unit * 0.12, 1.5))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QRectF(sx + 2, plot.top(), column - 4, plot.height()), unit * 0.3, unit * 0.3
            )

    def _paint_mark(self, painter: QPainter, rect: QRectF, kind: str, colors: ChartColors) -> None:
        color = {
            "taken": colors.taken,
            "natural": colors.natural,
            "snoozed": colors.snoozed,
            "skipped": colors.skipped,
            "expired": colors.expired,
            "open": colors.muted,
            "own": colors.natural,
        }[kind]
        painter.setPen(Qt.PenStyle.NoPen)
        if kind == "own":
            pen = QPen(color, max(rect.width() * 0.2, 1.2))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = pen.widthF() / 2
            painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        elif kind == "open":
            painter.setPen(QPen(color, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 2, 2)
        else:
            painter.setBrush(color)
            painter.drawRoundedRect(rect, rect.width() * 0.22, rect.width() * 0.22)


def break_marks(day: DaySummary) -> list[str]:
    """The marks under a day, good news first: one per offer, then own breaks."""
    marks: list[str] = []
    marks += ["taken"] * day.offers_taken
    marks += ["natural"] * day.offers_natural
    marks += ["snoozed"] * day.offers_snoozed
    marks += ["skipped"] * day.offers_skipped
    marks += ["expired"] * day.offers_expired
    marks += ["open"] * max(day.offers_open, 0)
    marks += ["own"] * day.natural_breaks
    return marks


def week_max_hours(week: WeekSummary) -> float:
    return max((max(d.sitting_seconds, d.quiet_seconds) for d in week.days), default=0.0) / HOUR


def short_duration(seconds: float) -> str:
    """Compact bar label: "6:05" style would read as a clock; "6 h 05" does not."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d}" if hours else f"{minutes} min"


class TightnessTrend(QWidget):
    """The week's tightness check-ins as a small line, 0 (loose) to 10 (very tight).

    Filled dots are check-ins after a routine, rings those before one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._week: WeekSummary | None = None
        self.setAccessibleName("Tightness trend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_week(self, week: WeekSummary) -> None:
        self._week = week
        values = [c.tightness for c in week.check_ins]
        if values:
            self.setAccessibleDescription(
                f"{len(values)} check-ins, from {values[0]} to {values[-1]} out of 10"
            )
        self.update()

    def sizeHint(self) -> QSize:
        unit = self.fontMetrics().height()
        return QSize(unit * 40, int(unit * 5.5))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = ChartColors.for_palette(self.palette())
        if self._week is not None and self._week.check_ins:
            self._paint(painter, self._week, colors)
        painter.end()

    def _paint(self, painter: QPainter, week: WeekSummary, colors: ChartColors) -> None:
        unit = float(self.fontMetrics().height())
        axis = self.fontMetrics().horizontalAdvance("10 h") + unit * 0.6
        plot = QRectF(axis, unit * 0.5, self.width() - axis - unit * 0.4, self.height() - unit)
        painter.setFont(self.font())
        for level in (0, 5, 10):
            y = plot.bottom() - plot.height() * level / 10
            painter.setPen(QPen(colors.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(0, y - unit / 2, plot.left() - unit * 0.3, unit),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(level),
            )
        column = plot.width() / 7
        points: list[tuple[QPointF, str]] = []
        for check in week.check_ins:
            index = (check.at.date() - week.week_start).days
            t = check.at.time()
            fraction = (t.hour * 60 + t.minute) / (24 * 60)
            # Working hours fill most of the column; the night edges stay narrow.
            fraction = min(max((fraction - 0.25) / 0.6, 0.05), 0.95)
            x = plot.left() + (index + fraction) * column
            y = plot.bottom() - plot.height() * check.tightness / 10
            points.append((QPointF(x, y), check.moment))
        line = QPen(colors.tightness, max(unit * 0.14, 1.5))
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(line)
        path = QPainterPath(points[0][0])
        for point, _ in points[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        radius = unit * 0.24
        for point, moment in points:
            if moment == "after":
                painter.setBrush(colors.tightness)
            else:
                painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
            painter.setPen(QPen(colors.tightness, max(unit * 0.1, 1.2)))
            painter.drawEllipse(point, radius, radius)
