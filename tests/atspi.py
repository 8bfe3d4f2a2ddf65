"""A small screen-reader side of the accessibility bus (AT-SPI), for integration tests.

It talks to the bus the way Orca does, over D-Bus (with jeepney, already a
dependency): it asks the session bus where the accessibility bus is, walks
the application's tree of accessible objects, reads names, roles, states and
values, presses through the action interface, and registers for events so
the app's bridge sends them, collecting each announcement and change.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jeepney import DBusAddress, MatchRule, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import HeaderFields, Message, MessageType

REGISTRY = "org.a11y.atspi.Registry"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
VALUE = "org.a11y.atspi.Value"
EVENT_OBJECT = "org.a11y.atspi.Event.Object"

# AT-SPI state numbers (atspi-constants.h, AtspiStateType)
STATES = {
    "checked": 4,
    "enabled": 8,
    "focusable": 11,
    "focused": 12,
    "sensitive": 24,
    "showing": 25,
    "visible": 30,
}


class AtspiError(RuntimeError):
    pass


@dataclass(frozen=True)
class Event:
    """One AT-SPI event: its kind (``Announcement``, ``PropertyChange``...) and source."""

    kind: str
    path: str
    detail: str
    detail1: int
    data: Any

    @property
    def text(self) -> str:
        value = self.data[1] if isinstance(self.data, tuple) else self.data
        return value if isinstance(value, str) else ""


class Node:
    """One accessible object of an application, as a screen reader sees it."""

    def __init__(self, bus: AtspiBus, name: str, path: str) -> None:
        self._bus = bus
        self.bus_name = name
        self.path = path

    def __repr__(self) -> str:
        return f"<{self.role} {self.name!r} {self.path}>"

    def _call(self, interface: str, method: str, signature: str | None = None, *body: Any) -> Any:
        return self._bus.call(self.bus_name, self.path, interface, method, signature, body)

    def _get(self, interface: str, prop: str) -> Any:
        return self._bus.get(self.bus_name, self.path, interface, prop)

    @property
    def name(self) -> str:
        return str(self._get(ACCESSIBLE, "Name"))

    @property
    def description(self) -> str:
        return str(self._get(ACCESSIBLE, "Description"))

    @property
    def role(self) -> str:
        return str(self._call(ACCESSIBLE, "GetRoleName")[0])

    @property
    def interfaces(self) -> list[str]:
        return list(self._call(ACCESSIBLE, "GetInterfaces")[0])

    def states(self) -> set[str]:
        low, high = self._call(ACCESSIBLE, "GetState")[0]
        bits = low | (high << 32)
        return {label for label, number in STATES.items() if bits & (1 << number)}

    def parent(self) -> Node:
        bus_name, path = self._get(ACCESSIBLE, "Parent")
        return Node(self._bus, bus_name, path)

    def children(self) -> list[Node]:
        return [
            Node(self._bus, name, path) for name, path in self._call(ACCESSIBLE, "GetChildren")[0]
        ]

    def walk(self, showing_only: bool = True) -> Iterator[Node]:
        """This node and everything under it (only what is on screen, by default)."""
        yield self
        for child in self.children():
            if showing_only and "showing" not in child.states():
                continue
            yield from child.walk(showing_only)

    def find(self, name: str, role: str | None = None, timeout: float = 10.0) -> Node:
        """The first showing node with this exact name (and role), waiting for it to appear."""
        deadline = time.monotonic() + timeout
        while True:
            for node in self.walk():
                try:
                    if node.name == name and (role is None or node.role == role):
                        return node
                except AtspiError:
                    continue  # gone while we looked: the page changed
            if time.monotonic() > deadline:
                raise AtspiError(f"no showing {role or 'node'} named {name!r}")
            time.sleep(0.1)

    # -- action interface

    def actions(self) -> dict[str, str]:
        """Each action's name with the words that describe it to the user."""
        if ACTION not in self.interfaces:
            return {}
        return {str(entry[0]): str(entry[1]) for entry in self._call(ACTION, "GetActions")[0]}

    def do(self, action: str) -> None:
        names = list(self.actions())
        if action not in names:
            raise AtspiError(f"{self!r} has no action {action!r}, only {names}")
        if not self._call(ACTION, "DoAction", "i", names.index(action))[0]:
            raise AtspiError(f"{action!r} on {self!r} was refused")

    # -- value interface

    @property
    def value(self) -> float:
        return float(self._get(VALUE, "CurrentValue"))

    @property
    def maximum(self) -> float:
        return float(self._get(VALUE, "MaximumValue"))


class AtspiBus:
    """A connection to the accessibility bus of one desktop session."""

    def __init__(self, session_bus_address: str) -> None:
        session = open_dbus_connection(bus=session_bus_address)
        try:
            reply = session.send_and_get_reply(
                new_method_call(
                    DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress"
                ),
                timeout=10,
            )
        finally:
            session.close()
        if reply.header.message_type is MessageType.error:
            raise AtspiError(f"no accessibility bus: {reply.body}")
        self.address = str(reply.body[0])
        self._conn: DBusConnection = open_dbus_connection(bus=self.address)
        self._events: deque[Message] = deque()
        self.heard: list[str] = []
        self._filter = self._conn.filter(
            MatchRule(type="signal", interface=EVENT_OBJECT), queue=self._events
        )

    def close(self) -> None:
        self._filter.close()
        self._conn.close()

    def call(
        self,
        bus_name: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None,
        body: tuple[Any, ...],
    ) -> Any:
        message = new_method_call(DBusAddress(path, bus_name, interface), method, signature, body)
        reply = self._conn.send_and_get_reply(message, timeout=10)
        if reply.header.message_type is MessageType.error:
            raise AtspiError(f"{interface}.{method} on {path}: {reply.body}")
        return reply.body

    def get(self, bus_name: str, path: str, interface: str, prop: str) -> Any:
        reply = self._conn.send_and_get_reply(
            Properties(DBusAddress(path, bus_name, interface)).get(prop), timeout=10
        )
        if reply.header.message_type is MessageType.error:
            raise AtspiError(f"{interface}.{prop} on {path}: {reply.body}")
        return reply.body[0][1]

    def listen(self) -> None:
        """Tell the registry a reader wants object events: Qt's bridge only sends them then."""
        self.call(
            REGISTRY,
            "/org/a11y/atspi/registry",
            REGISTRY,
            "RegisterEvent",
            "sass",
            ("Object:", [], ""),
        )
        self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "AddMatch",
            "s",
            (MatchRule(type="signal", interface=EVENT_OBJECT).serialise(),),
        )

    def desktop(self) -> Node:
        return Node(self, REGISTRY, ROOT_PATH)

    def application(self, pid: int, timeout: float = 15.0) -> Node:
        """The application whose process is ``pid``, once its bridge has registered."""
        deadline = time.monotonic() + timeout
        while True:
            for app in self.desktop().children():
                owner = self.call(
                    "org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus",
                    "GetConnectionUnixProcessID",
                    "s",
                    (app.bus_name,),
                )[0]
                if owner == pid:
                    return app
            if time.monotonic() > deadline:
                raise AtspiError(f"process {pid} never appeared on the accessibility bus")
            time.sleep(0.2)

    # -- events

    def pump(self, seconds: float) -> None:
        """Read what arrives for ``seconds``; matching events land in the queue."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                # it hands back the message it filtered: keep it, in order
                self._events.appendleft(self._conn.recv_until_filtered(self._events, timeout=left))
            except TimeoutError:
                return

    def events(self) -> list[Event]:
        """Every event received so far (then forgotten)."""
        self.pump(0.05)
        out = []
        while self._events:
            message = self._events.popleft()
            detail, detail1, _detail2, data, *_ = message.body
            out.append(
                Event(
                    kind=str(message.header.fields[HeaderFields.member]),
                    path=str(message.header.fields[HeaderFields.path]),
                    detail=str(detail),
                    detail1=int(detail1),
                    data=data,
                )
            )
        return out

    def announcements(self) -> list[str]:
        """Everything announced since the connection opened, oldest first."""
        self.heard.extend(e.text for e in self.events() if e.kind == "Announcement")
        return self.heard

    def heard_words(self, words: str, timeout: float = 5.0) -> bool:
        """Wait until an announcement containing ``words`` has arrived."""
        return self.wait_for(lambda: any(words in text for text in self.announcements()), timeout)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Wait for ``predicate``, reading the bus meanwhile so no event is missed."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                return False
            self.pump(0.1)
        return True
