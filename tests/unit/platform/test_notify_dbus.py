"""The D-Bus notifier against a stand-in server on a private bus."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk_mobility.platform.notify.freedesktop import SERVICE as SERVICE_NAME
from desk_mobility.platform.notify.freedesktop import DBusNotifier
from tests.fake_notification_server import ServerProcess, private_bus

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def server(bus: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(bus, tmp_path / "calls.jsonl")
    yield process
    process.stop()


@pytest.fixture
def notifier(qapp: object, server: ServerProcess) -> Iterator[DBusNotifier]:
    made = DBusNotifier.create(
        bus_address=server.bus_address, app_icon="desk-mobility", desktop_entry="desk-mobility"
    )
    yield made
    made.close()


def shown(qtbot: QtBot, notifier: DBusNotifier, offer_id: str = "offer-1") -> int:
    assert notifier.show_break(offer_id, 52 * 60, 10, reoffer=False)
    qtbot.waitUntil(lambda: notifier.current_id != 0, timeout=3000)
    return notifier.current_id


def test_notify_carries_words_buttons_and_no_timeout(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    shown(qtbot, notifier)
    (call,) = server.calls("Notify")
    assert call["app_name"] == "Desk Mobility"
    assert call["app_icon"] == "desk-mobility"
    assert call["summary"] == "Time to move"
    assert call["body"] == (
        "You have been sitting for 52 min.\nSeated thoracic rotation, about 3 minutes."
    )
    assert call["actions"] == ["default", "Start", "snooze", "Snooze 10 min", "skip", "Skip"]
    assert call["expire_timeout"] == 0
    assert call["replaces_id"] == 0
    assert call["hints"] == {"urgency": 1, "suppress-sound": True, "desktop-entry": "desk-mobility"}


def test_reoffer_replaces_the_notification_in_place(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    first = shown(qtbot, notifier)
    assert notifier.show_break("offer-1", 62 * 60, 10, reoffer=True)
    calls = server.wait_calls("Notify", 2)
    assert calls[1]["replaces_id"] == first
    assert "sitting for 1 h 02 min." in calls[1]["body"]
    qtbot.wait(50)
    assert notifier.current_id == first


def test_reoffer_sent_before_the_first_reply_still_replaces(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    # No event loop runs between the two calls, so the first id is not known yet.
    assert notifier.show_break("offer-1", 50 * 60, 10, reoffer=False)
    assert notifier.show_break("offer-1", 60 * 60, 10, reoffer=True)
    qtbot.waitUntil(lambda: len(server.calls("Notify")) == 2, timeout=3000)
    first, second = server.calls("Notify")
    assert first["replaces_id"] == 0
    qtbot.waitUntil(lambda: notifier.current_id != 0, timeout=3000)
    assert second["replaces_id"] == notifier.current_id


def test_withdraw_closes_the_notification(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    notification_id = shown(qtbot, notifier)
    notifier.withdraw()
    assert server.wait_calls("CloseNotification", 1) == [
        {"call": "CloseNotification", "id": notification_id}
    ]
    assert notifier.current_id == 0


def test_withdraw_right_after_show_waits_for_the_id(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    notifier.show_break("offer-1", 50 * 60, 10, reoffer=False)
    notifier.withdraw()
    qtbot.waitUntil(lambda: len(server.calls("CloseNotification")) == 1, timeout=3000)
    assert server.calls("CloseNotification")[0]["id"] == 1
    assert notifier.current_id == 0


@pytest.mark.parametrize(
    ("key", "signal_name"),
    [
        ("default", "start_requested"),
        ("snooze", "snooze_requested"),
        ("skip", "skip_requested"),
    ],
)
def test_each_action_reaches_the_app_with_its_offer(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
    key: str,
    signal_name: str,
) -> None:
    notification_id = shown(qtbot, notifier, "offer-7")
    fired: list[tuple[str, str]] = []
    for name in ("start_requested", "snooze_requested", "skip_requested"):
        getattr(notifier, name).connect(lambda offer, name=name: fired.append((name, offer)))
    with qtbot.waitSignal(getattr(notifier, signal_name), timeout=3000) as blocker:
        assert server.invoke_action(notification_id, key)
    assert blocker.args == ["offer-7"]
    assert fired == [(signal_name, "offer-7")]
    # The answered notification goes away, even on a server that would keep it.
    assert server.wait_calls("CloseNotification", 1)[0]["id"] == notification_id


def test_action_on_an_old_notification_is_ignored(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    old = shown(qtbot, notifier, "offer-1")
    notifier.withdraw()
    server.wait_calls("CloseNotification", 1)
    shown(qtbot, notifier, "offer-2")
    with qtbot.assertNotEmitted(notifier.start_requested, wait=200):
        assert not server.invoke_action(old, "default")  # the server forgot it too


def test_user_dismissal_is_reported(
    qtbot: QtBot,
    notifier: DBusNotifier,
    server: ServerProcess,
) -> None:
    notification_id = shown(qtbot, notifier, "offer-3")
    with qtbot.waitSignal(notifier.dismissed, timeout=3000) as blocker:
        assert server.dismiss(notification_id)
    assert blocker.args == ["offer-3"]
    assert notifier.current_id == 0


def test_a_refused_notification_is_reported(
    qapp: object, qtbot: QtBot, bus: str, tmp_path: Path
) -> None:
    refusing = ServerProcess(bus, tmp_path / "refuse.jsonl", refuse=True)
    try:
        notifier = DBusNotifier.create(bus_address=bus)
        with qtbot.waitSignal(notifier.delivery_failed, timeout=3000) as blocker:
            assert notifier.show_break("offer-9", 3000, 10, reoffer=False)
        assert blocker.args == ["offer-9"]
        notifier.close()
    finally:
        refusing.stop()


def test_losing_the_bus_is_survived(qapp: object, qtbot: QtBot, tmp_path: Path) -> None:
    with private_bus(tmp_path / "short-bus") as address:
        server = ServerProcess(address, tmp_path / "calls.jsonl")
        notifier = DBusNotifier.create(bus_address=address)
        shown(qtbot, notifier, "offer-4")
        server.stop()
    # The bus daemon is gone now: the offer on screen is reported lost, nothing raises.
    with qtbot.waitSignal(notifier.delivery_failed, timeout=3000) as blocker:
        pass
    assert blocker.args == ["offer-4"]
    assert notifier.show_break("offer-5", 3000, 10, reoffer=False) is False
    notifier.withdraw()
    notifier.close()


def test_a_restarted_server_gets_the_offer_again_without_touching_stale_ids(
    qapp: object, qtbot: QtBot, bus: str, tmp_path: Path
) -> None:
    """The notification daemon crashes and restarts while a break is on screen.

    The break reappears on the new server as a fresh notification (the old id
    may belong to another app's message there now), and its buttons work.
    """
    first = ServerProcess(bus, tmp_path / "first.jsonl")
    notifier = DBusNotifier.create(bus_address=bus)
    second: ServerProcess | None = None
    try:
        old_id = shown(qtbot, notifier, "offer-8")
        first.stop()
        second = ServerProcess(bus, tmp_path / "second.jsonl")
        server = second
        qtbot.waitUntil(lambda: len(server.calls("Notify")) == 1, timeout=3000)
        [again] = second.calls("Notify")
        assert again["replaces_id"] == 0  # never the old server's id
        assert "sitting for 52 min" in again["body"]
        qtbot.waitUntil(lambda: notifier.current_id != 0, timeout=3000)
        new_id = notifier.current_id
        # A re-offer replaces the notification on the new server.
        assert notifier.show_break("offer-8", 62 * 60, 10, reoffer=True)
        qtbot.waitUntil(lambda: len(server.calls("Notify")) == 2, timeout=3000)
        assert second.calls("Notify")[1]["replaces_id"] == new_id
        assert old_id == 1 and new_id == 1  # same number, different server
        qtbot.wait(50)
        with qtbot.waitSignal(notifier.start_requested, timeout=3000) as blocker:
            assert second.invoke_action(notifier.current_id, "default")
        assert blocker.args == ["offer-8"]
    finally:
        notifier.close()
        first.stop()
        if second is not None:
            second.stop()


def test_a_server_that_goes_away_reports_the_offer_lost(
    qapp: object, qtbot: QtBot, bus: str, tmp_path: Path
) -> None:
    server = ServerProcess(bus, tmp_path / "calls.jsonl")
    notifier = DBusNotifier.create(bus_address=bus)
    try:
        shown(qtbot, notifier, "offer-6")
        with qtbot.waitSignal(notifier.delivery_failed, timeout=3000) as blocker:
            server.stop()
        assert blocker.args == ["offer-6"]
        assert notifier.current_id == 0
    finally:
        notifier.close()
        server.stop()


def test_a_click_signal_from_someone_other_than_the_server_is_ignored(
    qtbot: QtBot, notifier: DBusNotifier, server: ServerProcess
) -> None:
    """Another program on the bus broadcasts an ActionInvoked with our id."""
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    notification_id = shown(qtbot, notifier, "offer-2")
    rogue = open_dbus_connection(bus=server.bus_address)
    try:
        emitter = DBusAddress("/org/freedesktop/Notifications", interface=SERVICE_NAME)
        with qtbot.assertNotEmitted(notifier.start_requested, wait=300):
            rogue.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, "default")))
        with qtbot.assertNotEmitted(notifier.dismissed, wait=300):
            rogue.send(new_signal(emitter, "NotificationClosed", "uu", (notification_id, 2)))
        assert notifier.current_id == notification_id
    finally:
        rogue.close()
