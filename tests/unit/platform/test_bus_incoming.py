"""Reading a D-Bus socket the event loop says is readable: the watch and the notifier share it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from jeepney import DBusAddress, HeaderFields, new_method_call
from jeepney.low_level import Parser

from desk_mobility.platform.bus_watch import ConnectionOverError, incoming


@dataclass
class FakeConnection:
    """The two parts of jeepney's connection that ``incoming`` reads."""

    sock: socket.socket
    parser: Parser = field(default_factory=Parser)


@pytest.fixture
def pair() -> Iterator[tuple[FakeConnection, socket.socket]]:
    ours, theirs = socket.socketpair()
    yield FakeConnection(ours), theirs
    ours.close()
    theirs.close()


def a_message(member: str) -> bytes:
    address = DBusAddress("/org/example", bus_name="org.example", interface="org.example")
    return new_method_call(address, member).serialise(serial=7)


def test_each_whole_message_comes_once(pair) -> None:
    conn, theirs = pair
    theirs.sendall(a_message("One") + a_message("Two")[:10])
    members = [m.header.fields[HeaderFields.member] for m in incoming(conn)]
    assert members == ["One"]  # the first, whole
    assert list(incoming(conn)) == []  # the second is not complete yet: nothing, no wait


def test_garbage_ends_the_connection_with_a_reason(pair) -> None:
    conn, theirs = pair
    theirs.sendall(b"X" * 64)
    with pytest.raises(ConnectionOverError, match="unreadable message"):
        list(incoming(conn))


def test_the_other_end_closing_ends_it(pair) -> None:
    conn, theirs = pair
    theirs.close()
    with pytest.raises(ConnectionOverError, match="closed the connection"):
        list(incoming(conn))
