"""The fallback notifier: a due break reaches the user whichever link fails, and when."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_mobility.platform.notify.base import NotifierBase
from desk_mobility.platform.notify.fallback import FallbackNotifier


class Link(NotifierBase):
    """A backend that shows when told to; ``confirms`` answers like a D-Bus server."""

    def __init__(self, name: str, works: bool = True, confirms: bool = False) -> None:
        super().__init__()
        self.backend_name = name
        self.works = works
        self.confirms = confirms
        self.shown: list[str] = []
        self.withdrawn = 0
        self.notices: list[tuple[str, str, str | None]] = []

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        if not self.works:
            return False
        self.shown.append(offer_id)
        if self.confirms:
            self.confirmed.emit(offer_id)
        return True

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        if self.works:
            self.notices.append((title, body, folder))
        return self.works

    def withdraw(self) -> None:
        self.withdrawn += 1


def test_a_link_that_cannot_show_hands_the_offer_to_the_next(qapp: QApplication) -> None:
    server, tray = Link("dbus", works=False), Link("tray")
    notifier = FallbackNotifier([server, tray])
    assert notifier.backend_name == "dbus"
    assert notifier.show_break("offer-1", 3000, 10, reoffer=False)
    assert tray.shown == ["offer-1"]
    assert notifier.showing_with == "tray"


def test_a_lost_delivery_moves_the_offer_and_only_the_last_failure_is_reported(
    qapp: QApplication, qtbot: QtBot
) -> None:
    server, tray = Link("dbus"), Link("tray")
    notifier = FallbackNotifier([server, tray])
    failed: list[str] = []
    notifier.delivery_failed.connect(failed.append)
    assert notifier.show_break("offer-1", 3000, 10, reoffer=False)
    server.delivery_failed.emit("offer-1")  # the server went away after accepting it
    assert tray.shown == ["offer-1"] and failed == []
    tray.works = False
    server.delivery_failed.emit("offer-1")  # stale: the tray shows it now
    assert failed == []


def test_the_offer_returns_to_the_server_once_it_confirms(qapp: QApplication, qtbot: QtBot) -> None:
    server, tray = Link("dbus", works=False, confirms=True), Link("tray")
    notifier = FallbackNotifier([server, tray])
    notifier.show_break("offer-1", 3000, 10, reoffer=False)
    assert notifier.showing_with == "tray"
    server.works = True  # the bus and the server are back
    qtbot.waitUntil(lambda: notifier.showing_with == "dbus", timeout=5000)
    assert server.shown == ["offer-1"]
    assert tray.withdrawn == 1  # the stand-in balloon is taken down


def test_signals_of_every_link_reach_the_app(qapp: QApplication) -> None:
    server, tray = Link("dbus"), Link("tray")
    notifier = FallbackNotifier([server, tray])
    started: list[str] = []
    folders: list[str] = []
    notifier.start_requested.connect(started.append)
    tokens: list[str] = []
    notifier.open_folder_requested.connect(folders.append)
    notifier.activation_token.connect(tokens.append)
    tray.start_requested.emit("offer-2")
    server.open_folder_requested.emit("/data")
    server.activation_token.emit("kwin-5")  # Wayland: for the window the click opens
    assert started == ["offer-2"] and folders == ["/data"] and tokens == ["kwin-5"]


def test_a_notice_goes_to_the_first_link_that_shows_it(qapp: QApplication) -> None:
    server, tray = Link("dbus", works=False), Link("tray")
    notifier = FallbackNotifier([server, tray])
    assert notifier.show_notice("History", "The disk is full.", "/data")
    assert tray.notices == [("History", "The disk is full.", "/data")]


def test_the_routine_summary_reaches_every_link(qapp: QApplication) -> None:
    server, tray = Link("dbus"), Link("tray")
    notifier = FallbackNotifier([server, tray])
    notifier.routine_summary = "Seated thoracic rotation, about 4 minutes"
    assert server.routine_summary == tray.routine_summary == notifier.routine_summary
