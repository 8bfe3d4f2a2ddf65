"""The app shell offscreen: no system tray there, so the fallback window must appear."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desk_mobility.app import DeskMobilityApp
from desk_mobility.core.clock import FakeClock
from desk_mobility.files.paths import AppPaths
from desk_mobility.platform.notify.base import NotifierBase, NullNotifier


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "state", tmp_path / "log")
    paths.ensure()
    return paths


@pytest.fixture
def app(qtbot: QtBot, paths: AppPaths) -> Iterator[DeskMobilityApp]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    shell = DeskMobilityApp(qt_app, paths, clock)
    shell.start()
    yield shell
    shell.quit()


def test_without_a_tray_the_window_offers_the_same_actions(
    app: DeskMobilityApp, qtbot: QtBot
) -> None:
    assert app.tray is None
    window = app.no_tray_window
    assert window is not None
    qtbot.waitExposed(window)
    assert app.tray_state == "window"
    offered = {
        button.defaultAction()
        for button in window.findChildren(QToolButton)
        if button.defaultAction() is not None
    }
    expected = {
        app.actions.start_action,
        app.actions.snooze_action,
        app.actions.skip_action,
        app.actions.history_action,
        app.actions.settings_action,
    }
    assert expected <= offered


def test_closing_the_window_keeps_the_app_and_activate_brings_it_back(
    app: DeskMobilityApp, qtbot: QtBot
) -> None:
    window = app.no_tray_window
    assert window is not None
    qtbot.waitExposed(window)
    window.close()
    assert not window.isVisible()
    reply = app.handle_command("activate")
    assert reply["ok"] is True
    assert window.isVisible()


def test_status_command_reports_the_fallback_path(app: DeskMobilityApp) -> None:
    reply = app.handle_command("status")
    assert reply["ok"] is True
    assert reply["status"]["tray"] == "window"


def test_bad_settings_file_is_reported_not_fatal(qtbot: QtBot, paths: AppPaths) -> None:
    paths.settings_file.write_text("[breaks]\nsit_minutes = -5\n")
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    shell = DeskMobilityApp(qt_app, paths, FakeClock(datetime(2026, 3, 2, 9, tzinfo=UTC)))
    try:
        assert shell.settings.sit_minutes == 50
        assert any("sit_minutes" in message for message, _folder in shell.startup_messages)
        shell.start()  # no tray offscreen: the window shows the message at once
        assert shell.no_tray_window is not None
        assert "sit_minutes" in shell.no_tray_window.notice.text()
        assert shell.startup_messages == []
    finally:
        shell.quit()


class _ServerNotifier(NullNotifier):
    """Stands for a notification server that can carry breaks without the window."""

    backend_name = "dbus"


def _start(paths: AppPaths, notifier: NotifierBase) -> DeskMobilityApp:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    shell = DeskMobilityApp(qt_app, paths, clock, notifier_factory=lambda _tray: notifier)
    shell.start()
    return shell


def test_only_the_first_start_without_a_tray_shows_and_explains_the_window(
    qtbot: QtBot, paths: AppPaths
) -> None:
    first = _start(paths, _ServerNotifier())
    try:
        window = first.no_tray_window
        assert window is not None
        qtbot.waitExposed(window)
        assert window._note.isVisibleTo(window)
    finally:
        first.quit()

    later = _start(paths, _ServerNotifier())
    try:
        window = later.no_tray_window
        assert window is not None
        assert not window.isVisible()  # breaks arrive as notifications
        assert later.handle_command("activate")["ok"] is True
        qtbot.waitExposed(window)
        assert not window._note.isVisibleTo(window)  # said once is enough
    finally:
        later.quit()


def test_without_any_notifications_the_window_shows_at_every_start(
    qtbot: QtBot, paths: AppPaths
) -> None:
    for _ in range(2):
        shell = _start(paths, NullNotifier())
        try:
            assert shell.no_tray_window is not None
            qtbot.waitExposed(shell.no_tray_window)
        finally:
            shell.quit()
