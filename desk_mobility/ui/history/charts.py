"""The weekly charts, drawn with QPainter.

QtCharts would pull in PySide6-Addons (about 160 MB) for three small charts;
QPainter draws them crisply at any scale from the font size, in the palette's
own colours. The widgets keep no history of their own: they draw the summary
they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
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

from desk_mobility.core.text import QT_TRANSLATE_NOOP
from desk_mobility.core.week import DaySummary, WeekSummary
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.i18n.units import COUNTS
from desk_mobility.i18n.units import duration_words as format_duration

HOUR = 3600.0
# How the weekly view names each quiet reason.
QUIET_NAMES = {
    "call": QT_TRANSLATE_NOOP("History", "calls"),
    "dnd": QT_TRANSLATE_NOOP("History", "do not disturb"),
    "fullscreen": QT_TRANSLATE_NOOP("History", "fullscreen"),
}


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
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat), number(day.day)


def local_date(day: date, pattern: str) -> str:
    """``day`` in the user's locale; ``pattern`` (a Qt date format) is translated first,
    so each language puts day, month and year in its own order."""
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("DateFormat", pattern))


def describe_day(day: DaySummary) -> str:
    """A full sentence about one day, for the detail line and screen readers."""
    name = local_date(day.day, QT_TRANSLATE_NOOP("DateFormat", "dddd d MMMM"))
    if day.is_empty:
        return translate("History", "{day}: nothing recorded.").format(day=name)
    sat = translate("History", "sat {duration}").format(
        duration=format_duration(day.sitting_seconds)
    )
    if day.sitting_seconds:
        sat += translate("History", ", longest stretch {duration}").format(
            duration=format_duration(day.longest_stretch_seconds)
        )
    parts = [sat]
    if day.breaks_offered:
        outcome = [translate("History", "{count} taken").format(count=number(day.breaks_taken))]
        for count, word in (
            (day.offers_snoozed, translate("History", "{count} snoozed")),
            (day.offers_skipped, translate("History", "{count} skipped")),
            (day.offers_expired, translate("History", "{count} missed")),
        ):
            if count:
                outcome.append(word.format(count=number(count)))
        parts.append(
            translate("History", "{offered} ({outcomes})").format(
                offered=COUNTS.breaks_offered(day.breaks_offered),
                outcomes=translate("History", ", ").join(outcome),
            )
        )
    if day.natural_breaks:
        parts.append(COUNTS.breaks_on_own(day.natural_breaks))
    if day.routines_started:
        parts.append(
            translate("History", "{routines} done, {reps}").format(
                routines=COUNTS.routines(day.routines_completed), reps=COUNTS.reps(day.reps)
            )
        )
    if day.check_ins:
        parts.append(
            translate("History", "tightness {value} / 10").format(
                value=number(day.mean_tightness or 0.0, 1)
            )
        )
    if day.quiet_seconds >= 60:
        parts.append(
            translate("History", "quiet time {duration}").format(duration=describe_quiet(day))
        )
    return translate("History", "{day}: {facts}.").format(
        day=name, facts=translate("History", "; ").join(parts)
    )


def describe_quiet(day: DaySummary) -> str:
    """ "1 h 10 min (calls 50 min, do not disturb 20 min)": what held breaks back."""
    total = format_duration(day.quiet_seconds)

    def name(reason: str) -> str:
        return translate("History", QUIET_NAMES[reason]) if reason in QUIET_NAMES else reason

    if len(day.quiet_by_reason) == 1:
        return translate("History", "{total} ({reasons})").format(
            total=total, reasons=name(day.quiet_by_reason[0][0])
        )
    reasons = [
        translate("History", "{reason} {duration}").format(
            reason=name(reason), duration=format_duration(seconds)
        )
        for reason, seconds in day.quiet_by_reason
        if seconds >= 60
    ]
    if not reasons:
        return total
    return translate("History", "{total} ({reasons})").format(
        total=total, reasons=translate("History", ", ").join(reasons)
    )


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
        self.setAccessibleName(translate("History", "Week chart"))
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
        # The arrow moves the way the days run on screen (right to left in Arabic).
        ahead = -1 if self.isRightToLeft() else 1
        if event.key() == Qt.Key.Key_Left:
            self.select(self._selected - ahead)
        elif event.key() == Qt.Key.Key_Right:
            self.select(self._selected + ahead)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        plot = self._plot_rect()
        x = event.position().x() - plot.left()
        if 0 <= x <= plot.width():
            index = min(int(x / (plot.width() / 7)), 6)
            self.select(6 - index if self.isRightToLeft() else index)
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
        # As wide as the longest hour label in the user's language ("10 Std."); right to
        # left, the hour axis stands on the right.
        widest = translate("Units", "{hours} h").format(hours=number(10))
        axis = self.fontMetrics().horizontalAdvance(widest) + unit * 0.6
        left = unit * 0.4 if self.isRightToLeft() else axis
        return QRectF(left, unit * 0.6, self.width() - axis - unit * 0.4, self.height() - unit)

    def _column_left(self, plot: QRectF, index: int) -> float:
        """Where a day's column starts: days run right to left in a right-to-left language."""
        column = plot.width() / 7
        return plot.left() + (6 - index if self.isRightToLeft() else index) * column

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
            x = self._column_left(plot, index)
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
            label = translate("Units", "{hours} h").format(hours=number(hours))
            if self.isRightToLeft():
                axis_rect = QRectF(plot.right() + unit * 0.3, y - unit / 2, plot.left(), unit)
                axis_rect.setRight(self.width())
                align = Qt.AlignmentFlag.AlignLeft
            else:
                axis_rect = QRectF(0, y - unit / 2, plot.left() - unit * 0.3, unit)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(
                axis_rect,
                int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 6.0))
        for index, day in enumerate(week.days):
            x = self._column_left(plot, index)
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
            name, day_number = day_caption(day.day)
            painter.setPen(colors.text if day.day == self._today else colors.muted)
            painter.setFont(bold if day.day == self._today else self.font())
            painter.drawText(
                QRectF(x, cap_top, column, unit),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                name
                if day.day != self._today
                else translate("History", "{day} · today").format(day=name),
            )
            painter.setFont(self.font())
            painter.setPen(colors.muted)
            painter.drawText(
                QRectF(x, cap_top + unit, column, unit),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                day_number,
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
                    f"+{number(len(marks) - len(shown))}",
                )
                painter.setFont(self.font())

            # Routines and reps.
            routine_top = breaks_top + breaks_h
            if day.routines_started:
                text = translate("History", "{routines} ✓  {reps} reps").format(
                    routines=number(day.routines_completed), reps=number(day.reps)
                )
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
            sx = self._column_left(plot, self._selected)
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
    if not hours:
        return translate("Units", "{minutes} min").format(minutes=number(minutes))
    return translate("Units", "{hours} h {minutes}").format(
        hours=number(hours), minutes=number(minutes // 10) + number(minutes % 10)
    )


class TightnessTrend(QWidget):
    """The week's tightness check-ins as a small line, 0 (loose) to 10 (very tight).

    Filled dots are check-ins after a routine, rings those before one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._week: WeekSummary | None = None
        self.setAccessibleName(translate("History", "Tightness trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_week(self, week: WeekSummary) -> None:
        self._week = week
        values = [c.tightness for c in week.check_ins]
        if values:
            self.setAccessibleDescription(
                translate("History", "{check_ins}, from {first} to {last} out of 10").format(
                    check_ins=COUNTS.check_ins(len(values)),
                    first=number(values[0]),
                    last=number(values[-1]),
                )
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
        rtl = self.isRightToLeft()  # the axis on the right, days running right to left
        left = unit * 0.4 if rtl else axis
        plot = QRectF(left, unit * 0.5, self.width() - axis - unit * 0.4, self.height() - unit)
        painter.setFont(self.font())
        for level in (0, 5, 10):
            y = plot.bottom() - plot.height() * level / 10
            painter.setPen(QPen(colors.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.muted)
            if rtl:
                label = QRectF(plot.right() + unit * 0.3, y - unit / 2, axis, unit)
                align = Qt.AlignmentFlag.AlignLeft
            else:
                label = QRectF(0, y - unit / 2, plot.left() - unit * 0.3, unit)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(
                label,
                int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
                number(level),
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
            if rtl:
                x = plot.left() + plot.right() - x
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
