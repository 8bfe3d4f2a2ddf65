"""The app on a real Wayland desktop: KWin, waybar's tray, and windows that come forward.

waybar's tray module is a real StatusNotifierItem host (and watcher); the app's
icon registers with it, its menu is read over com.canonical.dbusmenu as any
host reads it, and a click goes through the item's ``Activate``. Which window
KWin shows and which one is active comes from KWin itself (its scripting API).
Activation tokens are real ones from KWin's xdg-activation, asked for by the
test as the tray host or notification server would; the notification server
is the test stand-in, since no server packaged for Debian 12 sends
``ActivationToken`` yet.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

from desk_mobility.platform.notify.base import ACTION_START
from tests.desktop_session import ALWAYS_WORKING, AppProcess, missing_programs, wait_for
from tests.desktop_session import write_state_near_due as _write_state
from tests.fake_notification_server import ServerProcess
from tests.wayland_session import KWinSession

MENU_ENTRIES = {
    "Start break now",
    "Skip this break",
    "Pause reminders",
    "Weekly history",
    "Settings…",
    "Quit Desk Mobility",
}
HISTORY = "Desk Mobility – Weekly history"
# Another program's window, active before the app shows anything: the case where
# the compositor's focus-stealing prevention matters.
OTHER_APP = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("another program's window")
label.setWindowTitle("Editor")
label.resize(500, 300)
label.show()
app.exec()
"""


class Desktop:
    def __init__(self, root: Path) -> None:
        self.session = KWinSession(root)
        self.bus: DBusConnection | None = None
        self.other: subprocess.Popen[bytes] | None = None
        self.app: AppProcess | None = None
        self.server: ServerProcess | None = None

    def start(self) -> None:
        self.session.start_waybar()
        self.server = ServerProcess(self.session.bus_address, self.session.root / "calls.jsonl")
        self.bus = open_dbus_connection(bus=self.session.bus_address)
        self.other = subprocess.Popen(
            [sys.executable, "-c", OTHER_APP],
            env=self.session.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert wait_for(lambda: self.active_caption() == "Editor", 20, 0.3), self.windows()
        self.session.write_settings(ALWAYS_WORKING)
        self.app = self.session.start_app()
        assert self.app.wait_for_log("break scheduling started", 30), self.app.output()

    def windows(self) -> list[dict[str, Any]]:
        return self.session.windows()

    def active_caption(self) -> str:
        return next((w["caption"] for w in self.windows() if w["active"]), "")

    def window(self, caption: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w["caption"] == caption), None)

    def call(self, bus_name: str, path: str, interface: str, method: str, *args: Any) -> Any:
        assert self.bus is not None
        signature = {
            "Get": "ss",
            "GetLayout": "iias",
            "Event": "isvu",
            "Activate": "ii",
            "ProvideXdgActivationToken": "s",
        }.get(method)
        message = new_method_call(
            DBusAddress(path, bus_name=bus_name, interface=interface), method, signature, args
        )
        return unwrap_msg(self.bus.send_and_get_reply(message, timeout=5))

    def tray_item(self) -> tuple[str, str]:
        (items,) = self.call(
            "org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties",
            "Get",
            "org.kde.StatusNotifierWatcher",
            "RegisteredStatusNotifierItems",
        )
        assert len(items[1]) == 1, items
        service, _, path = items[1][0].partition("/")
        return service, "/" + path

    def stop(self) -> None:
        if self.bus is not None:
            self.bus.close()
        if self.server is not None:
            self.server.stop()
        if self.other is not None and self.other.poll() is None:
            self.other.terminate()
            self.other.wait(10)
        self.session.stop()


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = missing_programs("kwin_wayland", "waybar", "dbus-daemon", "dbus-send")
    if missing:
        pytest.fail(f"Wayland integration tests need {', '.join(missing)}: run scripts/test.sh")
    found = Desktop(tmp_path_factory.mktemp("wayland-desktop"))
    try:
        found.start()
        yield found
    finally:
        found.stop()


def _labels(node: tuple[Any, ...]) -> list[str]:
    _id, props, children = node
    labels = [props["label"][1].replace("_", "")] if "label" in props else []
    for _signature, child in children:
        labels.extend(_labels(child))
    return labels


def _entry_id(node: tuple[Any, ...], label: str) -> int | None:
    item_id, props, children = node
    if "label" in props and props["label"][1].replace("_", "") == label:
        return int(item_id)
    for _signature, child in children:
        found = _entry_id(child, label)
        if found is not None:
            return found
    return None


def test_the_tray_icon_registers_with_waybar_and_offers_the_menu(desktop: Desktop) -> None:
    service, path = desktop.tray_item()
    (menu_path,) = desktop.call(
        service,
        path,
        "org.freedesktop.DBus.Properties",
        "Get",
        "org.kde.StatusNotifierItem",
        "Menu",
    )
    _revision, layout = desktop.call(
        service, menu_path[1], "com.canonical.dbusmenu", "GetLayout", 0, -1, []
    )
    labels = set(_labels(layout))
    assert labels >= MENU_ENTRIES, labels
    assert any(label.startswith("Snooze ") for label in labels)
    assert desktop.session.status()["tray"] in {"shown", "docked"}

    # A click on a menu entry, as waybar sends it, runs the entry.
    history = _entry_id(layout, "Weekly history")
    assert history is not None
    desktop.call(
        service,
        menu_path[1],
        "com.canonical.dbusmenu",
        "Event",
        history,
        "clicked",
        ("i", 0),
        int(time.time()),
    )
    assert wait_for(lambda: desktop.window(HISTORY) is not None, 10, 0.3)


def _app_log(desktop: Desktop) -> str:
    assert desktop.app is not None
    return desktop.app.output()


def test_without_a_token_the_window_still_opens_and_the_log_says_so(desktop: Desktop) -> None:
    """KWin 5.27 lets Qt's own token request through, so only the opening is checked."""
    assert desktop.window(HISTORY) is not None
    desktop.session.click("Editor")
    assert wait_for(lambda: desktop.active_caption() == "Editor", 5, 0.3)
    before = _app_log(desktop).count(f"{HISTORY} opened without an activation token")
    assert desktop.session.cli("--history").returncode == 0
    assert wait_for(
        lambda: _app_log(desktop).count(f"{HISTORY} opened without an activation token") > before,
        10,
    )
    window = desktop.window(HISTORY)
    assert window is not None and not window["minimized"]


def test_a_tray_click_with_a_token_brings_the_window_to_the_front(desktop: Desktop) -> None:
    desktop.session.click("Editor")
    assert wait_for(lambda: desktop.active_caption() == "Editor", 5, 0.3)
    service, path = desktop.tray_item()
    token = desktop.session.activation_token()
    item = "org.kde.StatusNotifierItem"
    desktop.call(service, path, item, "ProvideXdgActivationToken", token)
    desktop.call(service, path, item, "Activate", 0, 0)
    assert wait_for(lambda: desktop.active_caption() == HISTORY, 10, 0.3), desktop.windows()
    assert f"{HISTORY} brought to the front with an activation token" in _app_log(desktop)
    assert desktop.session.activated_with_a_granted_token(HISTORY)


def test_start_in_the_notification_brings_the_guide_to_the_front(desktop: Desktop) -> None:
    """ActivationToken then ActionInvoked, as spec 1.2 servers send them."""
    assert desktop.app is not None and desktop.server is not None
    desktop.app.stop()
    state = Path(desktop.session.env["XDG_STATE_HOME"]) / "desk-mobility" / "sitting-state.json"
    _write_state(state, datetime.now().astimezone(), 10 * 60 - 2)
    desktop.app = desktop.session.start_app()
    notified = desktop.server.wait_calls("Notify", 1, timeout=30)
    assert notified, _app_log(desktop)
    assert wait_for(lambda: desktop.active_caption() == "Editor", 10, 0.3), desktop.windows()
    token = desktop.session.activation_token()
    notification_id = 1
    assert desktop.server.invoke_action_with_token(notification_id, ACTION_START, token)

    def guide_active() -> bool:
        return any(
            w["active"] and w["caption"].endswith("· Desk Mobility") for w in desktop.windows()
        )

    assert wait_for(guide_active, 15, 0.3), desktop.windows()
    assert desktop.session.activated_with_a_granted_token(
        "Seated thoracic rotation · Desk Mobility"
    )
    assert "guide window brought to the front with an activation token from the notification" in (
        _app_log(desktop)
    )


def test_without_a_tray_the_window_closes_without_quitting(tmp_path: Path) -> None:
    """GNOME without the AppIndicator extension: no StatusNotifierWatcher on the bus."""
    session = KWinSession(tmp_path / "no-tray")
    server = ServerProcess(session.bus_address, tmp_path / "calls.jsonl")
    try:
        session.write_settings(ALWAYS_WORKING)
        app = session.start_app()
        assert app.wait_for_log("break scheduling started", 30), app.output()

        def shown() -> bool:
            return any(w["caption"] == "Desk Mobility" for w in session.windows())

        assert wait_for(shown, 10, 0.3), session.windows()
        assert session.status()["tray"] == "window"
        session.close_window("Desk Mobility")
        assert wait_for(lambda: not shown(), 10, 0.3)
        assert session.status()["stage"] == "sitting"  # still running
        again = session.cli()
        assert again.returncode == 0
        assert "its window is shown again" in again.stdout + again.stderr
        assert wait_for(shown, 10, 0.3)

        # The next start (at login, say) explained nothing new: the window stays closed
        # while breaks can arrive as notifications, until the app is started again.
        app.stop()
        app = session.start_app()
        assert app.wait_for_log("the window stays closed", 30), app.output()
        time.sleep(1.0)
        assert not shown()
        assert session.cli().returncode == 0
        assert wait_for(shown, 10, 0.3)
    finally:
        server.stop()
        session.stop()
