"""BusWatch and the do-not-disturb flag it carries, against a stand-in service on a real bus.

The stand-in owns ``org.freedesktop.Notifications`` on a private bus
(dbus-daemon), answers ``Get`` for dunst's ``paused`` property and, told so on
its standard input, changes it and says so with ``PropertiesChanged`` as
dunst does, or leaves the bus.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call
from pytestqt.qtbot import QtBot

from desk_mobility.platform.bus_watch import BusWatch
from desk_mobility.platform.dnd.dbus_property import dunst_paused
from tests.fake_notification_server import private_bus

STAND_IN = r"""
import select, sys
from jeepney import MessageType, new_error, new_method_return, new_signal, DBusAddress
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

address, paused, has_property = sys.argv[1], sys.argv[2] == "true", sys.argv[3] == "yes"
conn = open_dbus_connection(bus=address)
conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
props = DBusAddress("/org/freedesktop/Notifications", interface="org.freedesktop.DBus.Properties")
print("ready", flush=True)

def answer(msg):
    if msg.header.message_type != MessageType.method_call:
        return
    if msg.body[:2] == ("org.dunstproject.cmd0", "paused") and has_property:
        conn.send(new_method_return(msg, "v", (("b", paused),)))
    else:
        conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownProperty", "s", ("no",)))

while True:
    ready, _, _ = select.select([conn.sock, sys.stdin], [], [])
    if sys.stdin in ready:
        line = sys.stdin.readline().strip()
        if line in ("", "quit"):
            break
        paused = line == "pause"
        changed = {"paused": ("b", paused)}
        conn.send(new_signal(props, "PropertiesChanged", "sa{sv}as",
                             ("org.dunstproject.cmd0", changed, [])))
        print("sent", flush=True)
    if conn.sock in ready:
        while True:
            try:
                answer(conn.receive(timeout=0))
            except TimeoutError:
                break
            except ConnectionError:  # the bus went away
                sys.exit(0)
conn.close()
"""


class StandIn:
    def __init__(self, address: str, paused: bool, has_property: bool = True) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                STAND_IN,
                address,
                "true" if paused else "false",
                "yes" if has_property else "no",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def say(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        if line != "quit":
            assert self.readline() == "sent"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.say("quit")
        self.proc.wait(10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def stand_in(bus_address: str) -> Iterator[Callable[..., StandIn]]:
    started: list[StandIn] = []

    def start(paused: bool, has_property: bool = True) -> StandIn:
        started.append(StandIn(bus_address, paused, has_property))
        return started[-1]

    yield start
    for service in started:
        service.stop()


def test_the_flag_is_read_followed_as_it_changes_and_again_when_the_service_returns(
    qtbot: QtBot, bus_address: str, stand_in: Callable[..., StandIn]
) -> None:
    service = stand_in(paused=True)
    bus = BusWatch.open(bus_address)
    assert bus is not None
    source = dunst_paused(bus)
    try:
        assert source.start()
        qtbot.waitUntil(lambda: source.read(False) == "dunst paused", timeout=3000)

        with qtbot.waitSignal(source.signals.changed, timeout=3000):
            service.say("resume")
        assert source.readable and source.read(True) is None

        # Gone from the bus: not a source of quiet now, and not an error.
        with qtbot.waitSignal(source.signals.changed, timeout=3000):
            service.stop()
        assert not source.readable

        # Back, paused: read at once, without waiting for a change.
        stand_in(paused=True)
        qtbot.waitUntil(lambda: source.read(False) == "dunst paused", timeout=3000)
    finally:
        bus.close()


def test_a_listener_that_fails_does_not_silence_the_others(
    qtbot: QtBot, bus_address: str, stand_in: Callable[..., StandIn]
) -> None:
    service = stand_in(paused=False)
    bus = BusWatch.open(bus_address)
    assert bus is not None

    def broken(_body: object) -> None:
        raise ValueError("a listener's own mistake")

    assert bus.listen(
        broken,
        path="/org/freedesktop/Notifications",
        interface="org.freedesktop.DBus.Properties",
        member="PropertiesChanged",
    )
    source = dunst_paused(bus)
    try:
        assert source.start()
        qtbot.waitUntil(lambda: source.readable, timeout=3000)
        with qtbot.waitSignal(source.signals.changed, timeout=3000):
            service.say("pause")
        assert source.read(False) == "dunst paused"
        assert bus.connected
    finally:
        bus.close()


def test_a_service_without_the_property_is_not_a_source_and_nothing_fails(
    qtbot: QtBot, bus_address: str, stand_in: Callable[..., StandIn]
) -> None:
    stand_in(paused=True, has_property=False)
    bus = BusWatch.open(bus_address)
    assert bus is not None
    source = dunst_paused(bus)
    answers: list[object] = []
    try:
        assert source.start()
        # A call asked after the flag's own read is answered after it.
        address = DBusAddress(
            "/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"
        )
        assert bus.call(new_method_call(address, "GetId"), answers.append)
        qtbot.waitUntil(lambda: len(answers) == 1, timeout=3000)
        assert isinstance(answers[0], tuple) and answers[0][0]
        assert not source.readable and source.read(True) is None
    finally:
        bus.close()


def test_a_bus_that_goes_away_is_reported_once_and_everything_after_is_refused(
    qtbot: QtBot, tmp_path: Path
) -> None:
    daemon = private_bus(tmp_path / "bus")
    address = daemon.__enter__()
    service = StandIn(address, paused=True)
    bus = BusWatch.open(address)
    assert bus is not None
    source = dunst_paused(bus)
    assert source.start()
    qtbot.waitUntil(lambda: source.readable, timeout=3000)
    lost: list[bool] = []
    bus.lost.connect(lambda: lost.append(True))
    with qtbot.waitSignal(bus.lost, timeout=5000):
        daemon.__exit__(None, None, None)  # the bus daemon stops
    service.stop()
    assert lost == [True]
    assert not bus.connected and not source.readable
    replies: list[object] = []
    peer = DBusAddress("/", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus.Peer")
    assert not bus.call(new_method_call(peer, "Ping"), replies.append)
    assert not bus.listen(replies.append, path="/", interface="x.y", member="Z")
    assert replies == []


def test_no_bus_at_all_is_none_not_an_error(tmp_path: Path) -> None:
    assert BusWatch.open(f"unix:path={tmp_path / 'nobody-listens'}") is None
    assert not dunst_paused(None).start()
