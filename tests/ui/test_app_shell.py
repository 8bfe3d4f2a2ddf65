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
