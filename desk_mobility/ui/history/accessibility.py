"""The weekly view as a screen reader meets it: named controls, and the chart in words.

The chart is painted; its text equivalent is the selected day's full
sentence, kept in the chart's description (a reader reads it on focus) and
announced as Left and Right move from day to day.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QPushButton

from desk_mobility.i18n.phrases import translate
from desk_mobility.ui.accessibility import announce, name
from desk_mobility.ui.history.charts import TightnessTrend, WeekChart


class HistoryWindow(Protocol):
    """What this module reads of the weekly view (``week_view.HistoryWindow`` fits)."""

    chart: WeekChart
    trend: TightnessTrend
    status: QLabel
    export_button: QPushButton
    previous_button: QPushButton
    this_week_button: QPushButton
    next_button: QPushButton


def name_history(window: HistoryWindow) -> None:
    """Name what the window's text does not name, and speak each day the chart selects."""
    name(
        window.chart,
        translate("HistoryAccessibility", "Week chart"),
        window.chart.accessibleDescription(),
    )
    name(window.trend, translate("HistoryAccessibility", "Tightness trend"))
    name(window.status, translate("HistoryAccessibility", "Export result"))
    name(window.export_button, window.export_button.text(), window.export_button.toolTip())
    for button in (window.previous_button, window.this_week_button, window.next_button):
        name(button, button.text().strip("‹› "), button.toolTip())
    window.chart.day_selected.connect(lambda _index: speak_day(window))


def speak_day(window: HistoryWindow) -> None:
    """The newly selected day, said when the chart has the keyboard (the user moved to it)."""
    chart = window.chart
    if chart.hasFocus():
        announce(chart, chart.accessibleDescription())
