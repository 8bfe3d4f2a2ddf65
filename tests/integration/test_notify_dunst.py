"""Break notifications through a real notification server (dunst) under Xvfb.

The notifier runs in this test process and talks to dunst over a private
session bus; dunst is driven the way a user would drive it: ``dunstctl action
0`` is a click on the notification, ``dunstctl context`` opens the action menu
through the ``dmenu`` program named in the dunstrc (a script here that picks
the entry named in ``dmenu.sh.pick``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desk_mobility.files.paths import asset_path
from desk_mobility.platform.notify.chain import choose_notifier
from desk_mobility.platform.notify.freedesktop import DBusNotifier
from tests.desktop_session import FRAME, DesktopSession
from tests.fake_notification_server import stop

pytestmark = pytest.mark.integration


@pytest.fixture
def session(tmp_path: Path) -> Iterator[DesktopSession]:
    desk = DesktopSession(tmp_path / "desktop", tray=False, notifications=True)
    try:
        yield desk
    finally:
        desk.stop()


@pytest.fixture
def dunst(session: DesktopSession) -> DesktopSession:
    """The session's dunst, driven through the session's helpers."""
    return session


@pytest.fixture
def notifier(
    qapp: object, session: DesktopSession, dunst: DesktopSession
) -> Iterator[DBusNotifier]:
    chosen = choose_notifier(
        None,
        bus_address=session.bus_address,
        app_icon=str(asset_path("icons", "desk-mobility.svg")),
        platform="linux",
    )
    assert isinstance(chosen, DBusNotifier), chosen.backend_name
    yield chosen
    chosen.close()


def show(qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession, offer_id: str) -> int:
    assert notifier.show_break(offer_id, 52 * 60, 10, reoffer=False)
    qtbot.waitUntil(
        lambda: notifier.current_id != 0 and dunst.notifications_displayed() == 1, timeout=5000
    )
    return notifier.current_id


def test_dunst_is_chosen_with_buttons(notifier: DBusNotifier) -> None:
    assert notifier.backend_name == "dbus"
    assert notifier.server.name == "dunst"
    assert {"actions", "body"} <= notifier.capabilities


def test_break_arrives_is_replaced_in_place_and_withdrawn(
    qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession
) -> None:
    first = show(qtbot, notifier, dunst, "offer-1")
    assert notifier.show_break("offer-1", 62 * 60, 10, reoffer=True)
    notifier.withdraw()  # right away: it must wait for the re-offer's reply
    qtbot.waitUntil(lambda: dunst.notifications_displayed() == 0, timeout=5000)
    (entry,) = dunst.notification_history()  # one notification, not a pile
    assert entry["id"] == first
    assert entry["summary"] == "Time to move"
    assert entry["appname"] == "Desk Mobility"
    assert "You have been sitting for 1 h 02 min." in entry["body"]
    assert "Seated thoracic rotation, about 3 minutes." in entry["body"]


def test_reoffer_keeps_the_same_id(
    qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession
) -> None:
    first = show(qtbot, notifier, dunst, "offer-1")
    with qtbot.assertNotEmitted(notifier.delivery_failed, wait=300):
        assert notifier.show_break("offer-1", 70 * 60, 10, reoffer=True)
    assert notifier.current_id == first
    assert dunst.notifications_displayed() == 1
    assert dunst.notification_history() == []


def test_click_default_action_requests_start(
    qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession
) -> None:
    show(qtbot, notifier, dunst, "offer-2")
    with qtbot.waitSignal(notifier.start_requested, timeout=5000) as blocker:
        dunst.dunstctl("action", "0")
    assert blocker.args == ["offer-2"]
    qtbot.waitUntil(lambda: dunst.notifications_displayed() == 0, timeout=5000)


@pytest.mark.parametrize(
    ("word", "signal_name"), [("Snooze 10 min", "snooze_requested"), ("Skip", "skip_requested")]
)
def test_menu_actions_reach_the_app(
    qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession, word: str, signal_name: str
) -> None:
    show(qtbot, notifier, dunst, "offer-3")
    with (
        qtbot.waitSignal(getattr(notifier, signal_name), timeout=5000) as blocker,
        qtbot.assertNotEmitted(notifier.start_requested),
    ):
        dunst.pick_notification_action(word)
    assert blocker.args == ["offer-3"]
    # dunst keeps a notification after a menu action; the notifier closes it.
    qtbot.waitUntil(lambda: dunst.notifications_displayed() == 0, timeout=5000)
    assert "#Start (Time to move)" in Path(f"{dunst.dmenu}.in").read_text()


def test_closing_it_is_reported_as_dismissed(
    qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession
) -> None:
    show(qtbot, notifier, dunst, "offer-4")
    with qtbot.waitSignal(notifier.dismissed, timeout=5000) as blocker:
        dunst.dunstctl("close")
    assert blocker.args == ["offer-4"]
    assert notifier.current_id == 0


def test_screenshot_of_a_due_break(
    qtbot: QtBot, notifier: DBusNotifier, dunst: DesktopSession, session: DesktopSession
) -> None:
    session.paint_background(0x3B4252)
    show(qtbot, notifier, dunst, "offer-5")
    qtbot.wait(300)  # dunst draws after it answers
    full = session.screenshot(session.root / "root.png")
    shot = session.root / "notification.png"
    subprocess.run(
        ["convert", str(full), "-crop", "500x140+780+0", "+repage", str(shot)], check=True
    )
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (500, 140)
    colours = {image.pixelColor(x, y).name() for x in range(0, 500, 2) for y in range(0, 140, 2)}
    # The frame and the notification's own background are on screen.
    assert any(_near(c, FRAME) for c in colours)
    assert any(_near(c, "#1f2430") for c in colours)


def _near(colour: str, target: str, tolerance: int = 12) -> bool:
    a, b = QColor(colour), QColor(target)
    return all(
        abs(x - y) <= tolerance
        for x, y in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    )


# The tray path needs a Qt process on the X display (this one is offscreen).
TRAY_CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from desk_mobility.platform.notify.chain import choose_notifier

app = QApplication([])
tray = QSystemTrayIcon(QIcon(sys.argv[1]))
tray.show()

def report(**fields):
    print(json.dumps(fields), flush=True)

def balloons():
    return [w for w in app.topLevelWidgets()
            if w.metaObject().className() == "QBalloonTip" and w.isVisible()]

def first_offer():
    notifier = choose_notifier(tray, platform="linux")
    notifier.start_requested.connect(lambda offer: clicked(notifier, offer))
    shown = notifier.show_break("offer-1", 52 * 60, 10, reoffer=False)
    QTimer.singleShot(300, lambda: report(backend=notifier.backend_name, shown=shown,
        balloon=[list(b.geometry().getRect()) for b in balloons()]))

def clicked(notifier, offer):
    report(start=offer, balloons_after_click=len(balloons()))
    notifier.show_break("offer-2", 60 * 60, 10, reoffer=False)
    QTimer.singleShot(300, lambda: withdraw(notifier))

def withdraw(notifier):
    before = len(balloons())
    notifier.withdraw()
    QTimer.singleShot(300, lambda: (report(before_withdraw=before,
                                           after_withdraw=len(balloons())), app.quit()))

QTimer.singleShot(800, first_offer)
sys.exit(app.exec())
"""


@pytest.mark.parametrize("server_capabilities", [None, "body"])
def test_tray_message_when_the_server_cannot_take_actions(
    tmp_path: Path, server_capabilities: str | None
) -> None:
    """No server, or one without buttons, but a tray: Qt's balloon, click = Start."""
    from tests.fake_notification_server import ServerProcess, private_bus

    desk = DesktopSession(tmp_path / "desktop", tray=True, notifications=False)
    server: ServerProcess | None = None
    try:
        # A bus without service activation, so no notification server starts by itself.
        with private_bus(tmp_path / "bus") as bus:
            if server_capabilities is not None:
                server = ServerProcess(bus, tmp_path / "calls.jsonl", server_capabilities)
            script = tmp_path / "tray_child.py"
            script.write_text(TRAY_CHILD)
            child = subprocess.Popen(
                [sys.executable, str(script), str(asset_path("icons", "desk-mobility.svg"))],
                env={**desk.env, "DBUS_SESSION_BUS_ADDRESS": bus},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                assert child.stdout is not None
                first = json.loads(child.stdout.readline() or "{}")
                assert first.get("backend") == "tray", child.stderr.read() if child.stderr else ""
                assert first["shown"] is True
                (x, y, width, height) = first["balloon"][0]
                desk.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "1")
                assert json.loads(child.stdout.readline()) == {
                    "start": "offer-1",
                    "balloons_after_click": 0,
                }
                assert json.loads(child.stdout.readline()) == {
                    "before_withdraw": 1,
                    "after_withdraw": 0,
                }
                assert child.wait(10) == 0
            finally:
                stop(child)  # type: ignore[arg-type]
            if server is not None:
                assert server.calls("Notify") == []  # the balloon, not a button-less message
    finally:
        if server is not None:
            server.stop()
        desk.stop()
