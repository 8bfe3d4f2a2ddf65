"""A stand-in ``org.freedesktop.Notifications`` server for a private test bus.

Run it in a subprocess (a blocking client in the same process would
deadlock with it):

    python -m tests.fake_notification_server --bus ADDRESS --record calls.jsonl \
        [--capabilities actions,body] [--name-only]

It prints ``ready`` once it owns the name. Every call it receives is appended
to the record file as one JSON object per line. Like real servers it sends
``ActionInvoked`` and ``NotificationClosed`` only to the connection that
called ``Notify``. Tests drive it through a second interface on the same
object, ``test.FakeNotifications``:

- ``InvokeAction(u id, s key)``: as if the user pressed that action;
- ``InvokeActionWithToken(u id, s key, s token)``: the same, sending the
  xdg-activation ``token`` in ``ActivationToken`` first, as spec 1.2 servers do;
- ``Dismiss(u id)``: as if the user closed the notification (reason 2);
- ``SetInhibited(b on)``: switch do-not-disturb, as KDE Plasma's server keeps it in
  its ``Inhibited`` property, announced with ``PropertiesChanged``.

``--refuse`` makes ``Notify`` answer with an error, for delivery failures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import DBusNameFlags, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONTROL = "test.FakeNotifications"
EMITTER = DBusAddress(PATH, interface=SERVICE)
PROPERTIES = "org.freedesktop.DBus.Properties"


class FakeServer:
    def __init__(
        self, conn: DBusConnection, capabilities: list[str], record: Path, refuse: bool
    ) -> None:
        self.conn = conn
        self.capabilities = capabilities
        self.record = record
        self.refuse = refuse
        self.next_id = 1
        self.open: dict[int, str] = {}  # id -> caller's unique name
        self.inhibited = False

    def log(self, entry: dict[str, Any]) -> None:
        with self.record.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")

    def signal(self, destination: str, member: str, body: tuple[Any, ...]) -> None:
        message = new_signal(
            EMITTER, member, "uu" if member == "NotificationClosed" else "us", body
        )
        message.header.fields[HeaderFields.destination] = destination
        self.conn.send(message)

    def handle(self, msg: Message) -> None:
        fields = msg.header.fields
        if msg.header.message_type != MessageType.method_call:
            return
        interface = fields.get(HeaderFields.interface)
        member = fields.get(HeaderFields.member)
        sender = fields.get(HeaderFields.sender, "")
        reply: Message
        if interface == SERVICE and member == "GetCapabilities":
            self.log({"call": member})
            reply = new_method_return(msg, "as", (self.capabilities,))
        elif interface == SERVICE and member == "GetServerInformation":
            self.log({"call": member})
            reply = new_method_return(msg, "ssss", ("fake", "tests", "1.0", "1.2"))
        elif interface == SERVICE and member == "Notify":
            app, replaces, icon, summary, body, actions, hints, timeout = msg.body
            self.log(
                {
                    "call": member,
                    "app_name": app,
                    "replaces_id": replaces,
                    "app_icon": icon,
                    "summary": summary,
                    "body": body,
                    "actions": list(actions),
                    "hints": {k: v[1] for k, v in hints.items()},
                    "expire_timeout": timeout,
                }
            )
            if self.refuse:
                reply = new_error(
                    msg, "test.FakeNotifications.Refused", "s", ("refused for the test",)
                )
            else:
                notification_id = replaces if replaces in self.open else self.next_id
                if notification_id == self.next_id:
                    self.next_id += 1
                self.open[notification_id] = sender
                reply = new_method_return(msg, "u", (notification_id,))
        elif interface == SERVICE and member == "CloseNotification":
            (notification_id,) = msg.body
            self.log({"call": member, "id": notification_id})
            caller = self.open.pop(notification_id, None)
            reply = new_method_return(msg)
            self.conn.send(reply)
            if caller is not None:
                self.signal(caller, "NotificationClosed", (notification_id, 3))
            return
        elif (
            interface == PROPERTIES
            and member == "Get"
            and tuple(msg.body)
            == (
                SERVICE,
                "Inhibited",
            )
        ):
            reply = new_method_return(msg, "v", (("b", self.inhibited),))
        elif interface == CONTROL and member == "SetInhibited":
            (self.inhibited,) = msg.body
            self.log({"call": member, "on": self.inhibited})
            changed = new_signal(
                DBusAddress(PATH, interface=PROPERTIES),
                "PropertiesChanged",
                "sa{sv}as",
                (SERVICE, {"Inhibited": ("b", self.inhibited)}, []),
            )
            self.conn.send(changed)
            reply = new_method_return(msg)
        elif interface == CONTROL and member == "InvokeAction":
            notification_id, key = msg.body
            self.log({"call": member, "id": notification_id, "key": key})
            caller = self.open.get(notification_id)
            if caller is not None:
                self.signal(caller, "ActionInvoked", (notification_id, key))
            reply = new_method_return(msg, "b", (caller is not None,))
        elif interface == CONTROL and member == "InvokeActionWithToken":
            notification_id, key, token = msg.body
            self.log({"call": member, "id": notification_id, "key": key, "token": token})
            caller = self.open.get(notification_id)
            if caller is not None:
                self.signal(caller, "ActivationToken", (notification_id, token))
                self.signal(caller, "ActionInvoked", (notification_id, key))
            reply = new_method_return(msg, "b", (caller is not None,))
        elif interface == CONTROL and member == "Dismiss":
            (notification_id,) = msg.body
            self.log({"call": member, "id": notification_id})
            caller = self.open.pop(notification_id, None)
            if caller is not None:
                self.signal(caller, "NotificationClosed", (notification_id, 2))
            reply = new_method_return(msg, "b", (caller is not None,))
        else:
            reply = new_error(
                msg,
                "org.freedesktop.DBus.Error.UnknownMethod",
                "s",
                (f"no method {interface}.{member}",),
            )
        self.conn.send(reply)


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextlib.contextmanager
def private_bus(folder: Path) -> Iterator[str]:
    """A session bus of our own, without service activation.

    The stock session configuration would start any installed notification
    server (dunst is D-Bus activatable) the moment a client asks for one,
    which defeats a test of "no server on the bus". Yields the bus address;
    the daemon is stopped by its PID.
    """
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    proc = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        yield address
    finally:
        stop(proc)


class ServerProcess:
    """The fake server running in a subprocess, with helpers to read and drive it."""

    def __init__(
        self,
        bus_address: str,
        record: Path,
        capabilities: str = "actions,body",
        refuse: bool = False,
    ) -> None:
        self.bus_address = bus_address
        self.record = record
        argv = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--bus",
            bus_address,
            "--record",
            str(record),
            "--capabilities",
            capabilities,
        ]
        if refuse:
            argv.append("--refuse")
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode().strip()
        if line != "ready":
            stop(self.proc)
            raise RuntimeError(f"fake notification server did not start: {line!r}")
        self._control = open_dbus_connection(bus=bus_address)

    def calls(self, name: str | None = None) -> list[dict[str, Any]]:
        if not self.record.exists():
            return []
        entries = [json.loads(line) for line in self.record.read_text().splitlines() if line]
        return [e for e in entries if name is None or e["call"] == name]

    def wait_calls(self, name: str, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait (without an event loop) until ``count`` calls of ``name`` were recorded."""
        deadline = time.monotonic() + timeout
        while len(self.calls(name)) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.calls(name)

    def invoke_action(self, notification_id: int, key: str) -> bool:
        """As if the user pressed the action ``key``; False if no such notification."""
        return bool(self._control_call("InvokeAction", "us", (notification_id, key)))

    def invoke_action_with_token(self, notification_id: int, key: str, token: str) -> bool:
        """As if the user pressed ``key`` on a server that hands over an activation token."""
        return bool(
            self._control_call("InvokeActionWithToken", "uss", (notification_id, key, token))
        )

    def dismiss(self, notification_id: int) -> bool:
        """As if the user closed the notification."""
        return bool(self._control_call("Dismiss", "u", (notification_id,)))

    def set_inhibited(self, on: bool) -> None:
        """Switch the server's do-not-disturb (KDE's ``Inhibited``)."""
        self._control_call("SetInhibited", "b", (on,))

    def _control_call(self, member: str, signature: str, body: tuple[Any, ...]) -> Any:
        address = DBusAddress(PATH, bus_name=SERVICE, interface=CONTROL)
        reply = self._control.send_and_get_reply(
            new_method_call(address, member, signature, body), timeout=5
        )
        return reply.body[0] if reply.body else None

    def stop(self) -> None:
        self._control.close()
        stop(self.proc)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop one child by its PID and reap it."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bus", required=True, help="D-Bus address of the private bus")
    parser.add_argument("--record", required=True, type=Path, help="JSON-lines call log")
    parser.add_argument(
        "--capabilities",
        default="actions,body",
        help="comma-separated list GetCapabilities answers",
    )
    parser.add_argument("--refuse", action="store_true", help="answer Notify with an error")
    args = parser.parse_args(argv)
    conn = open_dbus_connection(bus=args.bus)
    reply = conn.send_and_get_reply(message_bus.RequestName(SERVICE, DBusNameFlags.do_not_queue))
    if reply.body[0] != 1:
        print(f"could not own {SERVICE}: {reply.body}", file=sys.stderr, flush=True)
        return 1
    capabilities = [c for c in args.capabilities.split(",") if c]
    server = FakeServer(conn, capabilities, args.record, args.refuse)
    print("ready", flush=True)
    while True:
        try:
            message = conn.receive()
        except (ConnectionResetError, OSError):
            return 0
        server.handle(message)


if __name__ == "__main__":
    sys.exit(main())
