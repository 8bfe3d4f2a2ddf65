"""The D-Bus idle sources and screen-lock signals against a stand-in service.

The stand-in runs in its own process on a real private session bus: it owns
the GNOME Mutter idle monitor and/or the freedesktop ScreenSaver names,
answers idle time, and emits ``ActiveChanged`` when asked to.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from desk_mobility.platform.idle.sources import (
    FreedesktopIdleSource,
    MutterIdleSource,
    choose_idle_source,
)
from desk_mobility.platform.screenlock import ScreenLockMonitor
from tests.desktop_session import DesktopSession, wait_for

SERVICE = r"""
import sys
from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

address, *roles = sys.argv[1:]
conn = open_dbus_connection(bus=address)
names = {
    "mutter": "org.gnome.Mutter.IdleMonitor",
    "freedesktop": "org.freedesktop.ScreenSaver",
    "refusing": "org.freedesktop.ScreenSaver",
}
for role in roles:
    conn.send_and_get_reply(message_bus.RequestName(names[role]))
conn.send_and_get_reply(message_bus.RequestName("org.example.StandIn"))
print("ready", flush=True)
while True:
    msg = conn.receive()
    if msg.header.message_type != MessageType.method_call:
        continue
    member = msg.header.fields.get(HeaderFields.member)
    if member == "GetIdletime" and "mutter" in roles:
        conn.send(new_method_return(msg, "t", (4200,)))
    elif member == "GetSessionIdleTime" and "freedesktop" in roles:
        conn.send(new_method_return(msg, "u", (7300,)))
    elif member == "GetSessionIdleTime":
        conn.send(new_error(msg, "org.freedesktop.DBus.Error.NotSupported", "s",
                            ("This method is not part of the idle inhibition specification",)))
    elif member == "Lock":
        locked = msg.body[0]
        sig = new_signal(DBusAddress("/org/freedesktop/ScreenSaver",
                                     interface="org.freedesktop.ScreenSaver"),
                         "ActiveChanged", "b", (locked,))
        conn.send(sig)
        conn.send(new_method_return(msg))
    else:
        conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))
"""


@pytest.fixture
def stand_in(bare_desktop: DesktopSession) -> Iterator[Callable[..., None]]:
    procs: list[subprocess.Popen[str]] = []

    def start(*roles: str) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVICE, bare_desktop.bus_address, *roles],
            env=bare_desktop.env,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def bus_env(desk: DesktopSession) -> dict[str, str]:
    """A session with a bus but no X display: only D-Bus can answer."""
    return {"DBUS_SESSION_BUS_ADDRESS": desk.bus_address}


def test_gnome_mutter_answers_first(bare_desktop: DesktopSession, stand_in) -> None:
    stand_in("mutter", "freedesktop")
    source = choose_idle_source("linux", bus_env(bare_desktop))
    try:
        assert source.name == "gnome-mutter"
        assert source.idle_seconds() == pytest.approx(4.2)
    finally:
        source.close()


def test_the_freedesktop_screensaver_answers_on_kde_and_others(
    bare_desktop: DesktopSession, stand_in
) -> None:
    stand_in("freedesktop")
    source = choose_idle_source("linux", bus_env(bare_desktop))
    try:
        assert source.name == "freedesktop-screensaver"
        assert source.idle_seconds() == pytest.approx(7.3)
    finally:
        source.close()


def test_a_screensaver_that_refuses_the_call_is_passed_over(
    bare_desktop: DesktopSession, stand_in, caplog
) -> None:
    caplog.set_level("INFO", logger="desk_mobility.platform.idle.sources")
    stand_in("refusing")
    source = choose_idle_source("linux", bus_env(bare_desktop))
    assert source.name == "unknown"
    assert "NotSupported" in caplog.text


def test_when_nothing_answers_the_fallback_is_quick(bare_desktop: DesktopSession) -> None:
    started = time.monotonic()
    assert choose_idle_source("linux", bus_env(bare_desktop)).name == "unknown"
    assert time.monotonic() - started < 3


def test_a_service_that_goes_away_reads_as_unknown_not_a_crash(
    bare_desktop: DesktopSession,
) -> None:
    source = MutterIdleSource(bare_desktop.bus_address)
    try:
        assert source.idle_seconds() is None  # ServiceUnknown: nobody owns the name
    finally:
        source.close()
    second = FreedesktopIdleSource(bare_desktop.bus_address)
    second.close()


def test_screen_lock_arrives_from_active_changed(
    qtbot, bare_desktop: DesktopSession, stand_in
) -> None:
    stand_in("freedesktop")
    bus = QDBusConnection.connectToBus(bare_desktop.bus_address, "desk-mobility-lock-test")
    assert bus.isConnected()
    monitor = ScreenLockMonitor(session_bus=bus, system_bus=QDBusConnection("none"))
    try:
        assert "org.freedesktop.ScreenSaver/org/freedesktop/ScreenSaver" in monitor.start()
        changes: list[bool] = []
        monitor.locked_changed.connect(changes.append)

        def ask(locked: bool) -> None:
            bare_desktop.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.example.StandIn",
                    "/org/freedesktop/ScreenSaver",
                    "org.example.StandIn.Lock",
                    f"boolean:{'true' if locked else 'false'}",
                ]
            )

        ask(True)
        qtbot.waitUntil(lambda: changes == [True], timeout=3000)
        assert monitor.locked
        ask(True)  # said twice, reported once
        ask(False)
        qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
    finally:
        del monitor
        QDBusConnection.disconnectFromBus("desk-mobility-lock-test")


def test_no_lock_reporting_at_all_degrades_silently(qtbot) -> None:
    monitor = ScreenLockMonitor(
        session_bus=QDBusConnection("none"), system_bus=QDBusConnection("none")
    )
    assert monitor.start() == []
    assert not monitor.locked
    assert wait_for(lambda: True, 0.1)
