"""The weekly view with seeded history: figures, navigation, empty weeks, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import (
    BreakOffered,
    BreakResolved,
    CheckIn,
    QuietChanged,
    RepCounted,
    RoutineEnded,
    RoutineStarted,
    StretchEnded,
    StretchStarted,
)
from desk_mobility.storage.history_store import HistoryStore
from desk_mobility.ui.history.week_view import HistoryWindow
from desk_mobility.ui.icons import APP_ICON_SIZES

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 26)  # a Thursday


def seed_day(store: HistoryStore, day: date, routines: int, sit_minutes: int) -> None:
    start = datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN)
    for n in range(routines + 1):
        begin = start + timedelta(minutes=70 * n)
        end = begin + timedelta(minutes=sit_minutes)
        store.record(StretchStarted(begin))
        store.record(StretchEnded(end, begin, sit_minutes * 60, "break"))
        offer = f"{day}-{n}"
        store.record(BreakOffered(end, offer, sit_minutes * 60))
        if n == routines:
            store.record(BreakResolved(end, offer, "skipped"))
            continue
        store.record(BreakResolved(end, offer, "taken"))
        session = f"s-{offer}"
        store.record(RoutineStarted(end, session, "thoracic-rotation", "guided", 2, 15, offer))
        for set_number in (1, 2):
            for direction in ("right", "left"):
                store.record(RepCounted(end, session, set_number, direction, 15))  # type: ignore[arg-type]
        store.record(RoutineEnded(end + timedelta(minutes=4), session, True))
    store.record(CheckIn(start + timedelta(hours=6), "after", max(7 - routines, 0)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "history.db")
    for offset, routines in ((-9, 1), (-8, 1), (-3, 2), (-2, 3), (-1, 2), (0, 1)):
        seed_day(opened, TODAY + timedelta(days=offset), routines, 50)
    call = datetime(2026, 11, 26, 10, 30, tzinfo=BERLIN)
    opened.record(QuietChanged(call, True, "call"))
    opened.record(QuietChanged(call + timedelta(minutes=40), False, "call"))
    opened.record(QuietChanged(call + timedelta(hours=2), True, "dnd"))
    opened.record(QuietChanged(call + timedelta(hours=2, minutes=25), False, "dnd"))
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 26, 16, 0, tzinfo=BERLIN))


@pytest.fixture
def window(qtbot, store: HistoryStore, clock: FakeClock) -> HistoryWindow:
    view = HistoryWindow(store, 0, clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def card_texts(view: HistoryWindow) -> dict[str, tuple[str, str]]:
    return {c.title.text(): (c.value.text(), c.change.text()) for c in view.cards if c.isVisible()}


def test_the_window_carries_the_app_icon(window: HistoryWindow) -> None:
    assert {s.width() for s in window.windowIcon().availableSizes()} == set(APP_ICON_SIZES)


def test_this_week_shows_figures_compared_with_last_week(window: HistoryWindow) -> None:
    assert window.week_start == date(2026, 11, 23)
    assert window.title.text() == "This week, 23 – 29 November 2026"
    cards = card_texts(window)
    # Mon-Thu this week: 2 + 3 + 2 + 1 routines; same days last week: Tue + Wed, 1 each.
    assert cards["Routines done"] == ("8", "▲ 6 vs same days last week")
    assert cards["Breaks taken"][0] == "8 of 12"
    assert cards["Routine streak"][0] == "4 days"
    assert cards["Time sitting"][0] == "10 h 00 min"  # 12 stretches of 50 min
    assert cards["Upper-back tightness"][0].endswith("/ 10")
    assert window.pages.currentIndex() == 0
    assert not window.next_button.isEnabled()
    assert not window.this_week_button.isEnabled()
    assert window.trend.isVisible()
    # Today is selected in the chart and described in words.
    assert window.chart.selected == 3
    assert window.day_detail.text().startswith("Thursday 26 November: sat 1 h 40 min")
    assert "1 routine done, 60 reps" in window.day_detail.text()
    assert "quiet time 1 h 05 min (calls 40 min, do not disturb 25 min)" in (
        window.day_detail.text()
    )
    assert "quiet time" in window.legend.text()


def test_keyboard_moves_between_weeks_and_days(qtbot, window: HistoryWindow) -> None:
    seen: list[date] = []
    window.week_changed.connect(seen.append)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.week_start == date(2026, 11, 16)
    assert window.title.text() == "Last week, 16 – 22 November 2026"
    assert card_texts(window)["Routines done"][0] == "2"
    assert window.next_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.week_start == date(2026, 11, 9)
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.week_start == date(2026, 11, 23)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.week_start == date(2026, 11, 23)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # no future weeks
    assert window.week_start == date(2026, 11, 23)
    assert seen == [
        date(2026, 11, 16),
        date(2026, 11, 9),
        date(2026, 11, 23),
        date(2026, 11, 16),
        date(2026, 11, 23),
    ]
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_Left)
    assert window.chart.selected == 2
    assert window.day_detail.text().startswith("Wednesday 25 November")
    assert "2 routines done, 120 reps" in window.day_detail.text()


def test_tab_reaches_every_control(window: HistoryWindow) -> None:
    chain = []
    widget = window.previous_button
    for _ in range(6):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    for control in (
        window.this_week_button,
        window.next_button,
        window.export_button,
        window.chart,
    ):
        assert control in chain


def test_empty_week_says_so_kindly(qtbot, window: HistoryWindow) -> None:
    window.show_week(date(2026, 11, 2))
    assert window.pages.currentIndex() == 1
    assert window.empty_title.text() == "Nothing recorded this week."
    assert "before Desk Mobility started" in window.empty_text.text()
    assert "Tuesday 17 November 2026" in window.empty_text.text()


def test_empty_current_week_tells_what_to_do(qtbot, tmp_path: Path, clock: FakeClock) -> None:
    store, _ = HistoryStore.open(tmp_path / "empty.db")
    view = HistoryWindow(store, 6, clock)  # Sunday-first
    qtbot.addWidget(view)
    assert view.week_start == date(2026, 11, 22)
    assert view.pages.currentIndex() == 1
    assert view.empty_title.text() == "Nothing recorded yet this week."
    assert "tray" in view.empty_text.text() and "start a routine" in view.empty_text.text()
    store.close()


def test_export_writes_the_week_and_everything(
    qtbot, window: HistoryWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = iter([tmp_path / "week", tmp_path / "all.csv"])
    asked: list[str] = []

    def fake_dialog(parent, caption, suggested, filters):
        asked.append(Path(suggested).name)
        return str(next(targets)), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.exported) as signal:
        window.export_week_action.trigger()
    assert signal.args == [str(tmp_path / "week.csv")]
    assert asked[0] == "desk-mobility-week-2026-11-23.csv"
    with (tmp_path / "week.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["date"] for r in rows} == {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"}
    assert sum(1 for r in rows if r["kind"] == "routine") == 8
    assert "Saved" in window.status.text() and "this week" in window.status.text()
    window.export_all_action.trigger()
    with (tmp_path / "all.csv").open(newline="", encoding="utf-8") as handle:
        everything = list(csv.DictReader(handle))
    assert sum(1 for r in everything if r["kind"] == "routine") == 10


def test_export_failure_is_shown_not_raised(
    qtbot, window: HistoryWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: (str(blocker / "week.csv"), "")),
    )
    assert window.export_week() is None
    assert window.status.text().startswith("Could not write")


def test_renders_crisply_at_double_scale_in_a_dark_palette(qtbot, window: HistoryWindow) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(window.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#E8EAED"))
    window.setPalette(palette)
    image = window.chart.grab().toImage()
    assert image.width() > 0
    # The sitting bars are drawn in the dark palette's bar colour.
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert "#3f5f99" in colors
    # And the chart grows with the font, which is how 200 % scaling reaches it.
    small = window.chart.minimumSizeHint()
    font = window.chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.chart.setFont(font)
    assert window.chart.minimumSizeHint().height() > 1.8 * small.height()


def test_the_export_button_has_room_for_its_text_and_its_drop_down_arrow(
    window: HistoryWindow,
) -> None:
    from PySide6.QtWidgets import QStyle

    button = window.export_button
    style = button.style()
    text = button.fontMetrics().horizontalAdvance(button.text())
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    assert button.menu() is not None
    assert button.width() >= text + arrow + margins
