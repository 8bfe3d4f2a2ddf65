"""The weekly history window: a week at a glance, compared with the week before.

Opened from the tray menu and ``desk-mobility --history``. It reads the store
when shown and when the week changes; it writes nothing but CSV exports.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_mobility.core.clock import Clock
from desk_mobility.core.store_error import StoreError
from desk_mobility.core.text import QT_TRANSLATE_NOOP, render
from desk_mobility.core.week import (
    Figure,
    WeekHistory,
    WeekReport,
    week_start_for,
)
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.i18n.units import COUNTS
from desk_mobility.i18n.units import duration_words as format_duration
from desk_mobility.ui.history.accessibility import name_history
from desk_mobility.ui.history.charts import (
    ChartColors,
    TightnessTrend,
    WeekChart,
    describe_day,
    local_date,
)
from desk_mobility.ui.icons import app_icon

log = logging.getLogger(__name__)


def figure_value(figure: Figure) -> str:
    if figure.kind == "duration":
        return format_duration(figure.value)
    if figure.kind == "ratio":
        return translate("History", "{value} of {total}").format(
            value=number(round(figure.value)), total=number(round(figure.total or 0))
        )
    if figure.kind == "days":
        return COUNTS.days(round(figure.value))
    if figure.kind == "score":
        return f"{number(figure.value, 1)} / {number(10)}"
    return number(round(figure.value))


def figure_change(figure: Figure, previous_empty: bool, partial: bool = False) -> str:
    """The line under a headline number: how it moved since last week."""
    partial = partial and figure.kind != "days"
    if previous_empty and figure.kind not in ("days",):
        return translate("History", "nothing to compare last week")
    change = figure.change
    if change == 0:
        if partial:
            return translate("History", "same as same days last week")
        return translate("History", "same as last week")
    arrow = "▲" if change > 0 else "▼"
    if figure.kind == "duration":
        amount = format_duration(abs(change))
    elif figure.kind == "score":
        amount = number(abs(change), 1)
    else:
        amount = number(round(abs(change)))
    if partial:
        return translate("History", "{arrow} {amount} vs same days last week").format(
            arrow=arrow, amount=amount
        )
    return translate("History", "{arrow} {amount} vs last week").format(arrow=arrow, amount=amount)


class FigureCard(QFrame):
    """One headline number with its change since last week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.change = QLabel(self)
        self.title.setWordWrap(True)  # longer languages take two lines, not a wider window
        self.change.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setBold(True)
        self.value.setFont(big)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)

    def show_figure(
        self, figure: Figure, previous_empty: bool, colors: ChartColors, partial: bool = False
    ) -> None:
        self.title.setText(translate("Week", figure.label))
        self.value.setText(figure_value(figure))
        self.change.setText(figure_change(figure, previous_empty, partial))
        good = figure.improved if not previous_empty else None
        color = colors.muted if good is None else colors.taken if good else colors.snoozed
        self.title.setStyleSheet(f"color: {color_css(colors.muted)};")
        self.change.setStyleSheet(f"color: {color_css(color)};")
        self.setAccessibleName(f"{self.title.text()}: {self.value.text()}, {self.change.text()}")


def color_css(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alphaF():.2f})"


class HistoryWindow(QWidget):
    """The weekly view. Keys: Alt+Left / PageUp previous week, Alt+Right /
    PageDown next week, Home this week, Ctrl+E export; Left/Right pick a day
    in the chart.

    Signals: ``week_changed(object)`` with the first day (``date``) of the
    week now shown; ``exported(str)`` with the path of a written CSV file.
    """

    week_changed = Signal(object)
    exported = Signal(str)

    def __init__(
        self,
        store: WeekHistory,
        week_start_day: int,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._first_weekday = week_start_day
        self._clock = clock
        self._report: WeekReport | None = None
        self.week_start = week_start_for(clock.now().date(), week_start_day)
        self.setWindowTitle(translate("History", "Desk Mobility – Weekly history"))
        self.setWindowIcon(app_icon())
        self._build()
        name_history(self)
        self._load()

    # -- layout

    def _build(self) -> None:
        unit = self.fontMetrics().height()
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        self.previous_button = QPushButton(translate("History", "‹ Previous"), self)
        self.previous_button.setToolTip(translate("History", "Previous week (Alt+Left)"))
        self.this_week_button = QPushButton(translate("History", "This week"), self)
        self.this_week_button.setToolTip(translate("History", "Back to this week (Home)"))
        self.next_button = QPushButton(translate("History", "Next ›"), self)
        self.next_button.setToolTip(translate("History", "Next week (Alt+Right)"))
        # A push button with a menu: its size makes room for the drop-down arrow,
        # and it looks like the week buttons beside it.
        self.export_button = QPushButton(translate("History", "Export CSV…"), self)
        self.export_button.setToolTip(
            translate("History", "Save this week or your whole history as CSV (Ctrl+E)")
        )
        menu = QMenu(self.export_button)
        self.export_week_action = QAction(translate("History", "This week…"), menu)
        self.export_all_action = QAction(translate("History", "All history…"), menu)
        menu.addAction(self.export_week_action)
        menu.addAction(self.export_all_action)
        self.export_button.setMenu(menu)
        self.previous_button.clicked.connect(self.show_previous_week)
        self.next_button.clicked.connect(self.show_next_week)
        self.this_week_button.clicked.connect(self.show_this_week)
        self.export_week_action.triggered.connect(self.export_week)
        self.export_all_action.triggered.connect(self.export_all)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            header.addWidget(button)
        header.addSpacing(unit)
        header.addWidget(self.export_button)

        self.cards = [FigureCard(self) for _ in range(6)]
        cards = QHBoxLayout()
        cards.setSpacing(int(unit * 0.6))
        for card in self.cards:
            cards.addWidget(card)

        self.chart = WeekChart(self)
        self.chart.day_selected.connect(self._show_day)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.day_detail = QLabel(self)
        self.day_detail.setWordWrap(True)
        self.trend_title = QLabel(
            translate(
                "History",
                "Upper-back tightness check-ins, 0 loose to 10 very tight "
                "(○ before a routine, ● after)",
            ),
            self,
        )
        self.trend_title.setWordWrap(True)
        self.trend = TightnessTrend(self)

        week_page = QWidget(self)
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addLayout(cards)
        week_layout.addWidget(self.chart, 1)
        week_layout.addWidget(self.legend)
        week_layout.addWidget(self.day_detail)
        week_layout.addWidget(self.trend_title)
        week_layout.addWidget(self.trend)

        self.empty_title = QLabel(self)
        empty_font = QFont(self.font())
        empty_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.empty_title.setFont(empty_font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(self)
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setMaximumWidth(unit * 30)
        empty_page = QWidget(self)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addSpacing(unit // 2)
        empty_row = QHBoxLayout()  # centred, and as tall as its wrapped lines need
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_text, 4)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)
        empty_layout.addStretch(2)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(week_page)
        self.pages.addWidget(empty_page)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        root = QVBoxLayout(self)
        root.setContentsMargins(unit, unit, unit, unit)
        root.setSpacing(int(unit * 0.6))
        root.addLayout(header)
        root.addWidget(self.pages, 1)
        root.addWidget(self.status)

        for keys, slot in (
            (QKeySequence("Alt+Left"), self.show_previous_week),
            (QKeySequence(Qt.Key.Key_PageUp), self.show_previous_week),
            (QKeySequence("Alt+Right"), self.show_next_week),
            (QKeySequence(Qt.Key.Key_PageDown), self.show_next_week),
            (QKeySequence(Qt.Key.Key_Home), self.show_this_week),
            (QKeySequence("Ctrl+E"), self.export_button.showMenu),
            (QKeySequence(QKeySequence.StandardKey.Close), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)
        self.setTabOrder(self.previous_button, self.this_week_button)
        self.setTabOrder(self.this_week_button, self.next_button)
        self.setTabOrder(self.next_button, self.export_button)
        self.setTabOrder(self.export_button, self.chart)
        self.resize(unit * 62, unit * 44)

    # -- navigation

    @property
    def report(self) -> WeekReport | None:
        return self._report

    def _today(self) -> date:
        return self._clock.now().date()

    def show_week(self, week_start: date) -> None:
        self.week_start = week_start_for(week_start, self._first_weekday)
        self._load()
        self.week_changed.emit(self.week_start)

    def show_previous_week(self) -> None:
        self.show_week(self.week_start - timedelta(days=7))

    def show_next_week(self) -> None:
        if self.next_button.isEnabled():
            self.show_week(self.week_start + timedelta(days=7))

    def show_this_week(self) -> None:
        self.show_week(self._today())

    def refresh(self) -> None:
        """Read the shown week again (the app calls this when new events arrived)."""
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        self._load()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._report is not None:
            self._render(self._report)
        super().changeEvent(event)

    # -- loading and drawing

    def _load(self) -> None:
        now = self._clock.now()
        today = now.date()
        current = week_start_for(today, self._first_weekday)
        self.next_button.setEnabled(self.week_start < current)
        self.this_week_button.setEnabled(self.week_start != current)
        self._set_title(today)
        try:
            report = self._store.week_report(self.week_start, today=today, now=now)
        except StoreError as err:
            self._report = None
            self._show_empty(
                translate("History", "Your history could not be read."),
                render(str(err.args[0]) if err.args else str(err), translate),
            )
            return
        self._report = report
        self._render(report)

    def _set_title(self, today: date) -> None:
        start, end = self.week_start, self.week_start + timedelta(days=6)
        # Each language orders day, month and year its own way: the patterns are translated.
        if start.month == end.month:
            first = QT_TRANSLATE_NOOP("DateFormat", "d")
            last = QT_TRANSLATE_NOOP("DateFormat", "d MMMM yyyy")
        elif start.year == end.year:
            first = QT_TRANSLATE_NOOP("DateFormat", "d MMM")
            last = QT_TRANSLATE_NOOP("DateFormat", "d MMM yyyy")
        else:
            first = last = QT_TRANSLATE_NOOP("DateFormat", "d MMM yyyy")
        span = translate("History", "{start} – {end}").format(
            start=local_date(start, first), end=local_date(end, last)
        )
        current = week_start_for(today, self._first_weekday)
        if start == current:
            label = translate("History", "This week, {span}")
        elif start == current - timedelta(days=7):
            label = translate("History", "Last week, {span}")
        else:
            label = translate("History", "Week, {span}")
        self.title.setText(label.format(span=span))

    def _render(self, report: WeekReport) -> None:
        colors = ChartColors.for_palette(self.palette())
        week = report.this
        if week.is_empty:
            self._show_empty(*self._empty_message(report))
            return
        self.pages.setCurrentIndex(0)
        previous_empty = report.previous.is_empty
        for card, figure in zip(self.cards, report.figures, strict=False):
            card.show_figure(figure, previous_empty, colors, report.compared_days < 7)
            card.show()
        for card in self.cards[len(report.figures) :]:
            card.hide()
        days_with_routine = sum(1 for d in week.days if d.routines_completed)
        self.subtitle.setText(
            translate("History", "{routines} on {days} of 7 days · {reps} · {own}").format(
                routines=COUNTS.routines(week.routines_completed),
                days=number(days_with_routine),
                reps=COUNTS.reps(week.reps),
                own=COUNTS.breaks_on_own(week.natural_breaks),
            )
        )
        self.subtitle.setStyleSheet(f"color: {color_css(colors.muted)};")
        self.chart.set_week(week, report.today)
        self._show_day(self.chart.selected)
        has_trend = bool(week.check_ins)
        self.trend.set_week(week)
        self.trend.setVisible(has_trend)
        self.trend_title.setVisible(has_trend)
        self.trend_title.setStyleSheet(f"color: {color_css(colors.muted)};")
        self.legend.setText(self._legend_html(colors))

    def _show_empty(self, title: str, text: str) -> None:
        self.pages.setCurrentIndex(1)
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.subtitle.setText("")
        self.day_detail.setText("")

    def _empty_message(self, report: WeekReport) -> tuple[str, str]:
        if report.is_future:
            return (
                translate(
                    "History",
                    "This week has not started yet.",
                ),
                translate(
                    "History",
                    "Press Home or This week to come back to today.",
                ),
            )
        if report.is_current_week:
            return (
                translate(
                    "History",
                    "Nothing recorded yet this week.",
                ),
                translate(
                    "History",
                    "Desk Mobility fills this page while it runs in the tray: time spent "
                    "sitting, the breaks it offers and the rotation routines you do. Keep it "
                    "running while you work, and take the next break it offers. Or start a "
                    "routine now from the tray menu.",
                ),
            )
        first = self._store.first_record_day()
        if first is None or first > report.this.week_end:
            since = (
                " "
                + translate("History", "Your history starts on {date}.").format(
                    date=local_date(first, QT_TRANSLATE_NOOP("DateFormat", "dddd d MMMM yyyy"))
                )
                if first
                else ""
            )
            return (
                translate(
                    "History",
                    "Nothing recorded this week.",
                ),
                translate("History", "This is before Desk Mobility started keeping your history.")
                + since,
            )
        return (
            translate(
                "History",
                "Nothing recorded this week.",
            ),
            translate(
                "History",
                "Desk Mobility was not running, or you had the week off. A week away from "
                "the desk is good for the back too. Press Home to see this week.",
            ),
        )

    def _show_day(self, index: int) -> None:
        if self._report is None:
            return
        day = self._report.this.days[index]
        self.day_detail.setText(describe_day(day))

    def _legend_html(self, colors: ChartColors) -> str:
        def swatch(color: QColor, text: str, shape: str = "■") -> str:
            return (
                f"<span style='color:{color.name()}'>{shape}</span>&nbsp;{text}&nbsp;&nbsp;&nbsp; "
            )

        return (
            f"<span style='color:{color_css(colors.muted)}'>"
            + swatch(colors.sitting, translate("History", "sitting"))
            + swatch(colors.longest, translate("History", "longest unbroken stretch"))
            + swatch(colors.quiet, translate("History", "quiet time (calls, do not disturb)"), "▮")
            + "&nbsp; "
            + translate("History", "Breaks:")
            + " "
            + swatch(colors.taken, translate("History", "taken"))
            + swatch(colors.natural, translate("History", "moved when offered"))
            + swatch(colors.snoozed, translate("History", "snoozed"))
            + swatch(colors.skipped, translate("History", "skipped"))
            + swatch(colors.expired, translate("History", "missed"))
            + swatch(colors.natural, translate("History", "break on your own"), "○")
            + "</span>"
        )

    # -- export

    def _ask_export_path(self, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("History", "Export history as CSV"),
            str(Path(folder) / suggested),
            translate("History", "CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".csv")

    def export_week(self) -> Path | None:
        name = f"desk-mobility-week-{self.week_start.isoformat()}.csv"
        return self._export(name, self.week_start)

    def export_all(self) -> Path | None:
        name = f"desk-mobility-history-{self._today().isoformat()}.csv"
        return self._export(name, None)

    def _export(self, suggested: str, week_start: date | None) -> Path | None:
        path = self._ask_export_path(suggested)
        if path is None:
            return None
        try:
            rows = self._store.export_csv(
                path, week_start=week_start, heading=lambda column: translate("CSV", column)
            )
        except (OSError, StoreError) as exc:
            log.warning("export to %s failed: %s", path, exc)
            self.status.setText(
                translate("History", "Could not write {path}: {error}").format(
                    path=path, error=render(str(exc), translate)
                )
            )
            return None
        saved = (
            translate("History", "Saved {rows} of this week to {path}")
            if week_start is not None
            else translate("History", "Saved {rows} of your whole history to {path}")
        )
        self.status.setText(saved.format(rows=COUNTS.rows(rows), path=path))
        self.exported.emit(str(path))
        return path
