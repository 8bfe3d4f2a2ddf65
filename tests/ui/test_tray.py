"""The tray icon's menu, tooltip and due look (offscreen: the icon is not shown)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from desk_mobility.shell.status import AppStatus, status_line, tooltip
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.tray import TrayIcon

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def test_menu_offers_every_action_in_order(qtbot: QtBot) -> None:
    actions = AppActions(snooze_minutes=10)
    tray = TrayIcon(actions)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Starting…",
        "Start break now",
        "Snooze 10 min",
        "Skip this break",
        "Pause reminders",
        "Resume reminders",
        "Remind me anyway",
        "Weekly history",
        "Settings…",
        "Quit Desk Mobility",
    ]
    pause = next(a for a in tray.menu.actions() if a.text() == "Pause reminders").menu()
    assert [a.text() for a in pause.actions()] == ["For 30 minutes", "For 1 hour", "Until tomorrow"]
    tray.dispose()


def test_tooltip_and_status_line_follow_the_sitting_clock(qtbot: QtBot) -> None:
    actions = AppActions(snooze_minutes=10)
    tray = TrayIcon(actions)
    status = AppStatus(stage="sitting", sat_seconds=21 * 60, next_due=NOW + timedelta(minutes=29))
    actions.update(status, status_line(status, NOW))
    tray.set_state(tooltip(status, NOW), status.break_due)
    assert tray.icon.toolTip() == "Desk Mobility\nSitting for 21 min · next break in 29 min"
    assert actions.status_action.text() == "Sitting for 21 min · next break in 29 min"
    assert not actions.snooze_action.isEnabled()
    tray.dispose()


def test_a_due_break_changes_the_icon_and_enables_snooze_and_skip(qtbot: QtBot) -> None:
    actions = AppActions(snooze_minutes=5)
    tray = TrayIcon(actions)
    calm = tray.icon.icon().pixmap(22, 22).toImage()
    status = AppStatus(stage="due", sat_seconds=51 * 60, break_due=True)
    actions.update(status, status_line(status, NOW))
    tray.set_state(tooltip(status, NOW), status.break_due)
    assert tray.icon.icon().pixmap(22, 22).toImage() != calm
    assert actions.snooze_action.isEnabled() and actions.skip_action.isEnabled()
    assert actions.snooze_action.text() == "Snooze 5 min"
    assert "time for a break" in tray.icon.toolTip()
    tray.dispose()


def test_pause_entries_emit_minutes_and_tomorrow_as_zero(qtbot: QtBot) -> None:
    actions = AppActions(snooze_minutes=10)
    seen: list[int] = []
    actions.pause.connect(seen.append)
    for action in actions.pause_actions():
        action.trigger()
    assert seen == [30, 60, 0]


def test_the_ring_fills_in_eighths_as_the_stretch_goes_on(qtbot: QtBot) -> None:
    from desk_mobility.ui.icons import progress_step

    assert [progress_step(p) for p in (0.0, 0.12, 0.125, 0.5, 0.99, 1.0, 1.7)] == [
        0,
        0,
        1,
        4,
        7,
        8,
        8,
    ]
    tray = TrayIcon(AppActions(snooze_minutes=10))
    tray.set_state("", False, 0.1)
    early = tray.icon.icon().pixmap(32, 32).toImage()
    tray.set_state("", False, 0.6)
    later = tray.icon.icon().pixmap(32, 32).toImage()
    assert early != later
    tray.set_state("", False, 0.61)  # same eighth: the icon is not rebuilt
    assert tray.icon.icon().pixmap(32, 32).toImage() == later
    tray.dispose()


def test_during_quiet_time_the_menu_says_why_and_offers_remind_me_anyway(qtbot: QtBot) -> None:
    actions = AppActions(snooze_minutes=10)
    tray = TrayIcon(actions)
    assert not actions.remind_anyway_action.isVisible()
    status = AppStatus(
        stage="quiet",
        sat_seconds=52 * 60,
        break_due=True,
        quiet=True,
        quiet_reason="dnd",
        quiet_detail="dunst paused",
        quiet_since=NOW - timedelta(minutes=20),
    )
    line = status_line(status, NOW)
    actions.update(status, line)
    assert line == (
        "Sitting for 52 min · break waiting: do not disturb is on (dunst paused) since 13:40"
    )
    assert actions.status_action.text() == line
    assert actions.remind_anyway_action.isVisible()
    assert line in tooltip(status, NOW)
    tray.dispose()


def test_the_icon_follows_the_desktop_colour_scheme_at_the_next_update(
    qtbot: QtBot, monkeypatch
) -> None:
    tray = TrayIcon(AppActions(snooze_minutes=10))
    tray.set_state("", False, 0.3)
    light = tray.icon.icon().pixmap(32, 32).toImage()
    monkeypatch.setattr("desk_mobility.ui.tray.palette_is_dark", lambda: True)
    tray.set_state("", False, 0.3)  # same eighth, darker desktop
    assert tray.icon.icon().pixmap(32, 32).toImage() != light
    tray.dispose()


def test_a_dark_palette_gives_the_dark_icon(qtbot: QtBot) -> None:
    """Qt turns the palette dark with the desktop's scheme; the tray reads the palette."""
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette

    from tests.ui.shipped_icons import shipped_tray_image

    saved = QGuiApplication.palette()
    tray = TrayIcon(AppActions(snooze_minutes=10))
    try:
        dark = QPalette(saved)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        QGuiApplication.setPalette(dark)
        tray.set_state("", False, 0.5)
        shown = (
            tray.icon.icon().pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        )
        expected = shipped_tray_image(True, "4", 32)
        assert shown == expected.convertToFormat(QImage.Format.Format_ARGB32)
    finally:
        QGuiApplication.setPalette(saved)
        tray.dispose()
