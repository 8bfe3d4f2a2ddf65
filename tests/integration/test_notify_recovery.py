"""The session bus dies mid-session and comes back: a due break is never lost.

The app and the notification server share a bus at a fixed address, as a
user session's bus is; it is killed (the server goes with it), a break falls
due and is shown by the tray's own message instead, then the bus and the
server return and the offer goes back to the notification server.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.desktop_session import (
    ALWAYS_WORKING,
    DUNSTRC,
    FRAME,
    DesktopSession,
    sit_almost_to_the_break,
    wait_for,
)
from tests.fake_notification_server import BUS_CONFIG, stop

# The test session bus, listening on a fixed path so it can come back at the same address.
BUS_AT = BUS_CONFIG.replace(
    "<listen>unix:dir={folder}</listen>", "<listen>unix:path={path}</listen>"
)


class SessionBus:
    """A bus and a notification server on it, that a test can kill and bring back."""

    def __init__(self, desktop: DesktopSession) -> None:
        self.desktop = desktop
        self.socket = desktop.root / "user-bus"
        self.address = f"unix:path={self.socket}"
        self.env = {**desktop.env, "DBUS_SESSION_BUS_ADDRESS": self.address}
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> None:
        config = self.desktop.root / "user-bus.conf"
        config.write_text(BUS_AT.format(path=self.socket))
        self.socket.unlink(missing_ok=True)
        bus = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.procs.append(bus)
        assert wait_for(self.socket.exists, 10), "the bus did not start"
        rc = self.desktop.root / "user-dunstrc"
        rc.write_text(DUNSTRC.format(frame=FRAME, dmenu="/bin/true"))
        with (self.desktop.root / "user-dunst.log").open("ab") as log:
            dunst = subprocess.Popen(
                ["dunst", "-config", str(rc)], env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        self.procs.append(dunst)
        assert wait_for(lambda: self.dunstctl("count", "displayed").isdigit(), 10)

    def kill(self) -> None:
        for proc in reversed(self.procs):
            stop(proc)
        self.procs.clear()

    def dunstctl(self, *args: str) -> str:
        done = subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()


@pytest.fixture
def session_bus(desktop: DesktopSession) -> Iterator[SessionBus]:
    bus = SessionBus(desktop)
    bus.start()
    try:
        yield bus
    finally:
        bus.kill()


def _balloons(desktop: DesktopSession, pid: int) -> int:
    """Qt's own tray balloons (QBalloonTip) on screen, mapped by the app's process."""
    found = desktop.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--class", "Desk Mobility"],
        check=False,
    ).stdout.split()
    names = [
        desktop.run(["xprop", "-id", window, "WM_WINDOW_ROLE", "_NET_WM_WINDOW_TYPE"]).stdout
        for window in found
    ]
    return sum("TOOLTIP" in name for name in names)


def test_a_due_break_survives_the_bus_dying_and_returns_to_the_server_after(
    desktop: DesktopSession, session_bus: SessionBus
) -> None:
    desktop.write_settings(ALWAYS_WORKING)
    sit_almost_to_the_break(desktop, seconds_left=6)
    plain_env = desktop.env
    desktop.env = session_bus.env
    try:
        app = desktop.start_app()
    finally:
        desktop.env = plain_env
    assert app.wait_docked(), app.output()
    assert "tray messages stand in whenever the server fails" in app.output()

    session_bus.kill()  # the bus, and the notification server with it
    assert app.wait_for_log("session bus connection lost", 10), app.output()
    assert app.wait_for_log("shown by tray instead of dbus", 15), app.output()
    assert wait_for(lambda: _balloons(desktop, app.pid) == 1, 5), app.output()

    session_bus.start()
    assert app.wait_for_log("reconnected to the notification server", 15), app.output()
    assert app.wait_for_log("is on screen with dbus again", 10), app.output()
    assert wait_for(lambda: session_bus.dunstctl("count", "displayed") == "1", 5)
    assert wait_for(lambda: _balloons(desktop, app.pid) == 0, 5)
    assert app.proc.poll() is None
    assert os.path.exists(session_bus.socket)
