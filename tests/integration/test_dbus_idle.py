"""The D-Bus idle sources and screen-lock signals against a stand-in service.

The stand-in runs in its own process on a real private session bus: it owns
the GNOME Mutter idle monitor and/or the freedesktop ScreenSaver names,
answers idle time, and emits ``ActiveChanged`` when asked to. A second
stand-in plays logind on a private system bus: it gives this process a
session and says ``Lock`` and ``Unlock`` on it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk_mobility.platform.bus_watch import BusWatch
from desk_mobility.platform.idle.sources import (
    FreedesktopIdleSource,
    MutterIdleSource,
    choose_idle_source,
)
from desk_mobility.platform.screenlock import ScreenLockMonitor
from tests.desktop_session import DesktopSession, wait_for
from tests.fake_notification_server import private_bus

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
    bus = BusWatch.open(bare_desktop.bus_address)
    assert bus is not None and bus.connected
    monitor = ScreenLockMonitor(session_bus=bus, system_bus=None)
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
        bus.close()


def test_no_lock_reporting_at_all_degrades_silently(qtbot) -> None:
    monitor = ScreenLockMonitor(session_bus=None, system_bus=None)
    assert monitor.start() == []
    assert not monitor.locked
    assert wait_for(lambda: True, 0.1)


LOGIND_STAND_IN = r"""
import select, sys
from jeepney import DBusAddress, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

conn = open_dbus_connection(bus=sys.argv[1])
conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
session = DBusAddress(
    "/org/freedesktop/login1/session/_31", interface="org.freedesktop.login1.Session"
)
print("ready", flush=True)
while True:
    ready, _, _ = select.select([conn.sock, sys.stdin], [], [])
    if sys.stdin in ready:
        line = sys.stdin.readline().strip()
        if not line:
            break
        conn.send(new_signal(session, line))  # Lock or Unlock
        print("sent", flush=True)
    if conn.sock in ready:
        while True:
            try:
                msg = conn.receive(timeout=0)
            except TimeoutError:
                break
            if msg.header.message_type == MessageType.method_call:
                conn.send(new_method_return(msg, "o", (session.object_path,)))
"""


def test_logind_lock_and_unlock_arrive_on_the_system_bus(qtbot, tmp_path: Path) -> None:
    with private_bus(tmp_path / "system") as address:
        logind = subprocess.Popen(
            [sys.executable, "-c", LOGIND_STAND_IN, address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert logind.stdin is not None and logind.stdout is not None
        try:
            assert logind.stdout.readline().strip() == "ready"
            system = BusWatch.open(address)
            monitor = ScreenLockMonitor(session_bus=None, system_bus=system)
            assert monitor.start() == ["logind"]
            changes: list[bool] = []
            monitor.locked_changed.connect(changes.append)
            for member in ("Lock", "Unlock"):
                logind.stdin.write(member + "\n")
                logind.stdin.flush()
                assert logind.stdout.readline().strip() == "sent"
            qtbot.waitUntil(lambda: changes == [True, False], timeout=3000)
            assert system is not None and system.connected
            system.close()
        finally:
            logind.stdin.close()
            logind.wait(10)
            logind.stdout.close()


def test_a_system_bus_without_logind_is_let_go(tmp_path: Path) -> None:
    with private_bus(tmp_path / "system") as address:
        system = BusWatch.open(address)
        assert system is not None
        monitor = ScreenLockMonitor(session_bus=None, system_bus=system)
        assert monitor.start() == []
        assert not system.connected
