"""Which notifier the app gets, on a machine as it really is at start-up."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desk_mobility.platform.notify.chain import NullNotifier, choose_notifier
from tests.fake_notification_server import ServerProcess, private_bus

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def bare_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH without notify-send, so plyer has nothing to fall back on."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    return folder


def fake_notify_send(folder: Path) -> Path:
    """A notify-send that writes its arguments to a file, one per line."""
    out = folder / "notify-send.args"
    script = folder / "notify-send"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{out}"\n')
    script.chmod(0o755)
    return out


def test_no_session_bus_at_all_leaves_the_tray_to_show_it(
    qapp: QApplication,
    bare_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with caplog.at_level(logging.INFO, logger="desk_mobility.platform.notify.chain"):
        notifier = choose_notifier(None, platform="linux")
    assert isinstance(notifier, NullNotifier)
    assert notifier.backend_name == "none"
    assert "no session bus" in notifier.reason
    assert notifier.show_break("offer-1", 3000, 10, reoffer=False) is False
    assert "none available" in caplog.text and "no session bus" in caplog.text


def test_a_bus_address_nobody_listens_on_is_survived(
    qapp: QApplication,
    bare_path: Path,
    tmp_path: Path,
) -> None:
    notifier = choose_notifier(None, bus_address=f"unix:path={tmp_path}/gone", platform="linux")
    assert notifier.backend_name == "none"
    assert "cannot reach the session bus" in notifier.reason  # type: ignore[attr-defined]


def test_no_server_on_the_bus(qapp: QApplication, bus: str, bare_path: Path) -> None:
    notifier = choose_notifier(None, bus_address=bus, platform="linux")
    assert notifier.backend_name == "none"
    assert "ServiceUnknown" in notifier.reason  # type: ignore[attr-defined]


def test_offscreen_tray_icon_cannot_carry_messages(
    qapp: QApplication,
    bus: str,
    bare_path: Path,
) -> None:
    tray = QSystemTrayIcon()
    notifier = choose_notifier(tray, bus_address=bus, platform="linux")
    assert notifier.backend_name == "none"
    assert "tray: no system tray" in notifier.reason  # type: ignore[attr-defined]


def test_server_with_actions_is_first_choice(
    qapp: QApplication,
    bus: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = ServerProcess(bus, tmp_path / "calls.jsonl")
    try:
        with caplog.at_level(logging.INFO, logger="desk_mobility.platform.notify.chain"):
            notifier = choose_notifier(None, bus_address=bus, platform="linux")
        assert notifier.backend_name == "dbus"
        assert notifier.actions_in_notification
        assert "fake 1.0 (tests)" in caplog.text
        assert [c["call"] for c in server.calls()] == ["GetCapabilities", "GetServerInformation"]
        notifier.close()
    finally:
        server.stop()


def test_server_without_actions_gives_a_plain_message_when_no_tray(
    qapp: QApplication,
    bus: str,
    tmp_path: Path,
    qtbot: object,
) -> None:
    server = ServerProcess(bus, tmp_path / "calls.jsonl", capabilities="body")
    try:
        notifier = choose_notifier(None, bus_address=bus, platform="linux")
        assert notifier.backend_name == "dbus-plain"
        assert not notifier.actions_in_notification
        assert notifier.show_break("offer-1", 52 * 60, 10, reoffer=False)
        (call,) = server.wait_calls("Notify", 1)
        # Only the body click is offered: the tray menu keeps Snooze and Skip.
        assert call["actions"] == ["default", "Start"]
        notifier.close()
    finally:
        server.stop()


def test_plyer_is_the_last_resort(
    qapp: QApplication,
    bus: str,
    bare_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    args_file = fake_notify_send(bare_path)
    with caplog.at_level(logging.INFO, logger="desk_mobility.platform.notify.chain"):
        notifier = choose_notifier(None, bus_address=bus, platform="linux")
    assert notifier.backend_name == "plyer"
    assert "NotifySendNotification" in caplog.text
    assert notifier.show_break("offer-1", 52 * 60, 10, reoffer=False) is True
    args = args_file.read_text().splitlines()
    assert args[:3] == [
        "Time to move",
        "You have been sitting for 52 min.",
        "Seated thoracic rotation, about 3 minutes.",
    ]


def test_plyer_failing_at_show_time_reports_false(
    qapp: QApplication,
    bus: str,
    bare_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_notify_send(bare_path)
    notifier = choose_notifier(None, bus_address=bus, platform="linux")
    assert notifier.backend_name == "plyer"
    monkeypatch.setenv("PATH", str(bare_path / "nowhere"))  # notify-send went away
    assert notifier.show_break("offer-1", 3000, 10, reoffer=False) is False


def test_dbus_is_only_tried_where_it_belongs(
    qapp: QApplication,
    bus: str,
    tmp_path: Path,
    bare_path: Path,
) -> None:
    server = ServerProcess(bus, tmp_path / "calls.jsonl")
    try:
        notifier = choose_notifier(None, bus_address=bus, platform="win32")
        assert notifier.backend_name == "none"
        assert "D-Bus" not in notifier.reason  # type: ignore[attr-defined]
        assert server.calls() == []
    finally:
        server.stop()
