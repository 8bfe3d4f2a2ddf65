"""Every screen in a generated pseudo-locale: no English left over, no text cut off.

The pseudo translation (see ``tests/translations.py``) makes every message 40 %
longer and brackets it, so a word of the English sources showing outside the
brackets is a string that skipped the translator, and a label whose needed
size exceeds its shown size would clip a long language such as German.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QMenu,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings, interpret
from desk_mobility.core.text import render
from desk_mobility.files.routine_file import load_routine
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.platform.notify.base import break_message, describe_routine
from desk_mobility.shell.status import AppStatus, status_line, tooltip
from desk_mobility.storage.history_store import HistoryStore
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.guide.widgets import KeyBar
from desk_mobility.ui.guide.window import GuideWindow
from desk_mobility.ui.history.week_view import HistoryWindow
from desk_mobility.ui.no_tray_window import NoTrayWindow
from desk_mobility.ui.settings_dialog import SettingsDialog
from desk_mobility.ui.tray import TrayIcon
from tests.translations import (
    build_pseudo_catalog,
    english_words,
    pseudo_routine,
    untranslated,
)
from tests.ui.test_history_view import BERLIN, TODAY, seed_day

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=BERLIN)


@pytest.fixture(scope="module")
def vocabulary() -> set[str]:
    return english_words()


@pytest.fixture(scope="module")
def pseudo_locale(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The pseudo catalogue installed (and the routine's pseudo translation beside a copy)."""
    folder = tmp_path_factory.mktemp("pseudo")
    translator = QTranslator()
    assert translator.load(str(build_pseudo_catalog(folder)))
    QCoreApplication.installTranslator(translator)
    # Day and month names come from QLocale: French ones are no English words.
    QLocale.setDefault(QLocale("fr_FR"))
    yield pseudo_routine(folder)
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a visible widget under ``root`` shows or announces."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QSpinBox):
            texts.append(widget.suffix())
        elif callable(getattr(widget, "text", None)) and not isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())  # the guide's dial and key bar draw their text
        found.extend((name, text) for text in texts if text)
    return found


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found = [("menu", menu.title())] if menu.title() else []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_texts(action.menu()))
        elif action.text():
            found.append(("menu", action.text()))
    return found


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they are shown in."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(
                    f"{label.objectName() or label.text()[:40]!r}: needs height "
                    f"{needed}, has {label.height()}"
                )
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(
                f"{label.objectName() or label.text()[:40]!r}: needs width "
                f"{label.sizeHint().width()}, has {label.width()}"
            )
    for bar in root.findChildren(KeyBar):  # painted: every row must fit, and every row show
        if not bar.isVisible():
            continue
        widths = bar._widths()
        rows = bar._rows(bar.width())
        for row in rows:
            needed = sum(widths[i] for i in row) + bar.GAP * max(len(row) - 1, 0)
            if needed > bar.width() + 1:
                problems.append(f"key bar row {row}: needs width {needed:.0f}, has {bar.width()}")
        if bar.heightForWidth(bar.width()) > bar.height() + 1:
            problems.append(f"key bar: needs height {bar.heightForWidth(bar.width())}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width() + 1:
            problems.append(
                f"button {button.text()[:40]!r}: needs width "
                f"{button.sizeHint().width()}, has {button.width()}"
            )
    return problems


def assert_translated(texts: list[tuple[str, str]], vocabulary: set[str]) -> None:
    leftovers = [
        (where, text, words) for where, text in texts if (words := untranslated(text, vocabulary))
    ]
    assert not leftovers, "English left over:\n" + "\n".join(
        f"  {where}: {text!r} ({', '.join(words)})" for where, text, words in leftovers
    )


def check_screen(qtbot: QtBot, widget: QWidget, vocabulary: set[str]) -> None:
    qtbot.waitExposed(widget)
    for _ in range(3):  # a new text asks for a new layout, which asks for another pass
        QCoreApplication.processEvents()
    assert_translated(widget_texts(widget), vocabulary)
    problems = clipped(widget)
    assert not problems, "text cut off:\n  " + "\n  ".join(problems)


STATUSES = [
    AppStatus("sitting", 23 * 60, next_due=NOW + timedelta(minutes=27)),
    AppStatus("due", 52 * 60, break_due=True),
    AppStatus("due", 52 * 60, break_due=True, quiet=True, quiet_reason="fullscreen"),
    AppStatus("snoozed", 62 * 60, snoozed_until=NOW + timedelta(minutes=10)),
    AppStatus("paused", 5 * 60, paused_until=NOW + timedelta(days=1)),
    AppStatus("off_hours", 75 * 60, off_hours=True, activity_readable=False),
    AppStatus(
        "quiet",
        40 * 60,
        break_due=True,
        quiet=True,
        quiet_reason="call",
        quiet_detail="zoom",
        quiet_since=NOW - timedelta(minutes=20),
    ),
    AppStatus("quiet", 30 * 60, quiet=True, quiet_reason="dnd"),
    AppStatus("due", 55 * 60, break_due=True, held_for_pause=True, quiet_overridden=True),
]


def test_tray_menu_tooltip_and_notification(
    qtbot: QtBot, pseudo_locale: Path, vocabulary: set[str]
) -> None:
    actions = AppActions(10)
    tray = TrayIcon(actions)
    texts = menu_texts(tray.menu)
    for status in STATUSES:
        actions.update(status, status_line(status, NOW))
        texts.append(("status line", actions.status_action.text()))
        texts.extend(("tooltip", line) for line in tooltip(status, NOW).split("\n")[1:])
    routine = load_routine(pseudo_locale, "pseudo")
    for seconds in (20, 52 * 60, 60 * 60, 65 * 60):
        message = break_message(seconds, 10, describe_routine(routine.title, 200))
        texts.extend(
            ("notification", text)
            for text in (
                message.title,
                message.body,
                message.start_label,
                message.snooze_label,
                message.skip_label,
            )
        )
    assert_translated(texts, vocabulary)
    assert len(texts) > 20
    tray.dispose()


def test_guide_pages(qtbot: QtBot, pseudo_locale: Path, vocabulary: set[str]) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    settings = Settings(sets=2, reps_per_direction=3, rest_seconds=20)
    window = GuideWindow(
        load_routine(pseudo_locale, "pseudo"),
        settings,
        clock,
        RecordingSink(),
        week_count=lambda: 3,
        sounds=None,
        dark=False,
    )
    qtbot.addWidget(window)
    window.open_setup()
    seen = set()

    def run(seconds: float) -> None:
        end = clock.monotonic() + seconds
        while clock.monotonic() < end:
            clock.advance(0.25)
            window.tick()
            if window.page not in seen and window.page in ("drill", "rest", "summary"):
                seen.add(window.page)
                check_screen(qtbot, window, vocabulary)

    check_screen(qtbot, window, vocabulary)
    qtbot.keyClicks(window, "w")
    assert window.page == "about"
    check_screen(qtbot, window, vocabulary)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClicks(window, "4")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    run(60)
    qtbot.keyClicks(window, "p")
    check_screen(qtbot, window, vocabulary)  # the pause banner
    qtbot.keyClicks(window, "p")
    run(120)
    assert seen == {"drill", "rest", "summary"}
    window.close()


def test_weekly_view_with_history_and_empty_weeks(
    qtbot: QtBot, tmp_path: Path, pseudo_locale: Path, vocabulary: set[str]
) -> None:
    store, _ = HistoryStore.open(tmp_path / "history.db")
    for offset, routines in ((-9, 1), (-3, 2), (-1, 2), (0, 1)):
        seed_day(store, TODAY + timedelta(days=offset), routines, 50)
    view = HistoryWindow(store, 0, FakeClock(NOW))
    qtbot.addWidget(view)
    view.show()
    check_screen(qtbot, view, vocabulary)
    for day in range(7):
        view.chart.select(day) if hasattr(view.chart, "select") else None
        assert_translated([("day", view.day_detail.text())], vocabulary)
    for _ in range(3):  # last week, the one before, then before the history began
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        check_screen(qtbot, view, vocabulary)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    check_screen(qtbot, view, vocabulary)
    view.close()
    store.close()


def test_settings_every_tab_and_an_error(
    qtbot: QtBot, pseudo_locale: Path, vocabulary: set[str]
) -> None:
    dialog = SettingsDialog(Settings(), lambda _settings: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check_screen(qtbot, dialog, vocabulary)
    sit = dialog.editor("sit_minutes")
    natural = dialog.editor("natural_break_minutes")
    assert isinstance(sit, QSpinBox) and isinstance(natural, QSpinBox)
    sit.setValue(20)
    natural.setValue(25)
    dialog.findChild(QTabWidget, "settings_tabs").setCurrentIndex(0)
    assert dialog.error_text("natural_break_minutes")
    check_screen(qtbot, dialog, vocabulary)
    dialog.close()


def test_no_tray_window(qtbot: QtBot, pseudo_locale: Path, vocabulary: set[str]) -> None:
    window = NoTrayWindow(AppActions(10))
    qtbot.addWidget(window)
    window.show()
    window.set_status_line(status_line(STATUSES[0], NOW))
    check_screen(qtbot, window, vocabulary)
    window.close()


def test_every_error_message(tmp_path: Path, pseudo_locale: Path, vocabulary: set[str]) -> None:
    _, problems = interpret(
        {
            "breaks": {
                "sit_minutes": 20,
                "natural_break_minutes": 25,
                "short_idle_seconds": "x",
                "snooze_minutes": 1.5,
                "reoffer_minutes": 500,
                "working_days": ["mon", "someday"],
                "work_start": "late",
                "work_end": "07:00",
                "quiet_when_fullscreen": "yes",
                "unheard_of": 1,
            },
            "routine": {"mode": "fast", "turn_seconds": float("inf"), "sets": 0},
        }
    )
    _, empty_days = interpret({"breaks": {"working_days": []}})
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    _, damaged_messages = HistoryStore.open(damaged)
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as db:
        db.execute("PRAGMA user_version = 99")
    store, newer_messages = HistoryStore.open(newer)
    store.close()
    messages = [*problems, *empty_days, *damaged_messages, *newer_messages]
    assert len(messages) >= 12
    shown = [("message", render(m, translate, number)) for m in messages]
    assert_translated(shown, vocabulary)


def test_the_key_bar_wraps_rather_than_cut_keys_off(
    qtbot: QtBot, pseudo_locale: Path, vocabulary: set[str]
) -> None:
    """At the guide's narrowest, a long language's keys take more rows, none cut off."""
    window = GuideWindow(
        load_routine(pseudo_locale, "pseudo"),
        Settings(),
        FakeClock(NOW),
        RecordingSink(),
        week_count=lambda: 3,
        sounds=None,
        dark=False,
    )
    qtbot.addWidget(window)
    window.open_setup()
    window.resize(window.minimumWidth(), window.minimumHeight())
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QCoreApplication.processEvents()
    bar = window.keybar
    assert not [p for p in clipped(window) if p.startswith("key bar")]
    assert len(bar._rows(bar.width())) >= 2
    window.close()
