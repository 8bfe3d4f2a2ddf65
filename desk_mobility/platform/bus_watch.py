"""D-Bus signals and calls heard through the Qt event loop, over one jeepney connection.

The screen-lock and do-not-disturb watchers only listen: a signal now and
then, a property read when a service appears. jeepney already speaks D-Bus for
the notifications (``platform.notify.freedesktop``), so these watchers use it
too rather than keeping PySide6's QtDBus loaded all day for them (0.25 MB of
bindings). A ``QSocketNotifier`` wakes the loop when the bus has something to
say: nothing polls and no thread waits.

Replies never block the app: ``call`` sends, and the answer is handed over
when it arrives. The only waits are connecting, and ``call_now`` for a
question asked once at start, as QtDBus's calls waited.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator
from typing import Any

from jeepney import HeaderFields, MatchRule, Message, MessageType
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

BUS_DRIVER = "org.freedesktop.DBus"
CONNECT_TIMEOUT = 2.0

Body = tuple[Any, ...]
SignalHandler = Callable[[Body], None]
ReplyHandler = Callable[[Body | None], None]


class BusWatch(QObject):
    """One connection to a bus, its signals routed to whoever asked for them.

    Build it with ``open``, which gives None where the bus cannot be reached:
    no bus is not an error for a watcher, it just hears nothing. ``lost`` is
    emitted once if the bus goes away (a session ending, the daemon
    restarted); everything listening is then silent.
    """

    lost = Signal()

    @classmethod
    def open(
        cls,
        bus: str = "SESSION",
        *,
        timeout: float = CONNECT_TIMEOUT,
        parent: QObject | None = None,
    ) -> BusWatch | None:
        """``bus`` is ``SESSION``, ``SYSTEM`` or an address."""
        try:
            conn = open_dbus_connection(bus=bus, auth_timeout=timeout)
        except KeyError:  # DBUS_SESSION_BUS_ADDRESS not set
            log.info("no %s bus address", bus.lower())
            return None
        except (OSError, RuntimeError, ValueError, TimeoutError) as err:
            log.info("cannot reach the %s bus: %s", bus.lower(), err)
            return None
        return cls(conn, parent)

    def __init__(self, conn: DBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn: DBusConnection | None = conn
        self._listeners: list[tuple[MatchRule, SignalHandler]] = []
        self._replies: dict[int, ReplyHandler] = {}
        self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_readable)

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def listen(
        self,
        handler: SignalHandler,
        *,
        path: str,
        interface: str,
        member: str,
        sender: str | None = None,
        arg0: str | None = None,
    ) -> bool:
        """Call ``handler(body)`` for each such signal; False when the bus is gone.

        ``sender`` may be a well-known name: the bus then sends only what its
        owner of the moment says. Signals are told apart here by path,
        interface, member and ``arg0``; the sender is the bus's business,
        since a well-known name never appears in a message.
        """

        def rule(sent_by: str | None) -> MatchRule:
            made = MatchRule(
                type="signal", sender=sent_by, path=path, interface=interface, member=member
            )
            if arg0 is not None:
                made.add_arg_condition(0, arg0)
            return made

        if self._send(message_bus.AddMatch(rule(sender))) is None:
            return False
        self._listeners.append((rule(None), handler))
        return True

    def watch_owner(self, service: str, handler: Callable[[str], None]) -> bool:
        """Call ``handler(new_owner)`` when ``service`` gets an owner ("" when it has none)."""
        return self.listen(
            lambda body: handler(str(body[2])),
            sender=BUS_DRIVER,
            path="/org/freedesktop/DBus",
            interface=BUS_DRIVER,
            member="NameOwnerChanged",
            arg0=service,
        )

    def call(self, message: Message, on_reply: ReplyHandler) -> bool:
        """Send a method call; ``on_reply(body)`` when it is answered, ``on_reply(None)`` on error.

        False (and no ``on_reply``) when the bus is gone.
        """
        serial = self._send(message)
        if serial is None:
            return False
        self._replies[serial] = on_reply
        return True

    def call_now(self, message: Message, timeout: float = CONNECT_TIMEOUT) -> Body | None:
        """Wait for the answer (None on error): for a question asked once, before ``listen``.

        A signal arriving meanwhile would be read and dropped by the wait.
        """
        if self._conn is None:
            return None
        self._watch.setEnabled(False)
        try:
            reply = self._conn.send_and_get_reply(message, timeout=timeout)
        except OSError as err:  # TimeoutError included
            log.info("no answer on the bus: %s", err)
            return None
        finally:
            self._watch.setEnabled(True)
        return None if reply.header.message_type == MessageType.error else tuple(reply.body)

    def close(self) -> None:
        if self._conn is None:
            return
        self._watch.setEnabled(False)
        self._conn.close()
        self._conn = None
        self._listeners.clear()
        self._replies.clear()

    def _send(self, message: Message) -> int | None:
        if self._conn is None:
            return None
        try:
            return send_numbered(self._conn, message)
        except OSError as err:
            self._lose(err)
            return None

    def _on_readable(self, *_: object) -> None:
        if self._conn is None:
            return
        try:
            for message in incoming(self._conn):
                self._dispatch(message)
                if self._conn is None:
                    return  # a listener closed it
        except ConnectionOverError as over:
            self._lose(over)

    def _dispatch(self, message: Message) -> None:
        kind = message.header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            serial = message.header.fields.get(HeaderFields.reply_serial, -1)
            handler = self._replies.pop(serial, None)
            if handler is not None:
                body = tuple(message.body) if kind == MessageType.method_return else None
                self._hand_over(handler, body)
            return
        if kind != MessageType.signal:
            return
        for rule, listener in list(self._listeners):
            if rule.matches(message):
                self._hand_over(listener, tuple(message.body))

    @staticmethod
    def _hand_over(handler: Callable[[Any], None], body: Body | None) -> None:
        # Whatever another program put in a message, one listener's mistake
        # must not silence the others or the rest of the messages read.
        try:
            handler(body)
        except Exception:
            log.exception("a D-Bus listener failed on %.200r", body)

    def _lose(self, why: object) -> None:
        log.warning("D-Bus connection lost: %s", why)
        waiting = list(self._replies.values())
        self.close()
        for handler in waiting:
            handler(None)
        self.lost.emit()


class ConnectionOverError(Exception):
    """The bus closed the connection, the socket failed, or what came is not D-Bus."""


def send_numbered(conn: DBusConnection, message: Message) -> int:
    """Send ``message`` under the connection's next serial, returned to match the reply.

    Raises OSError when the socket fails. The notifier, which keeps a
    connection of its own, sends the same way.
    """
    serial: int = next(conn.outgoing_serial)
    conn.send(message, serial=serial)
    return serial


def incoming(conn: DBusConnection) -> Iterator[Message]:
    """Each whole message the socket holds now, read without waiting.

    For a socket the event loop said is readable. Raises ConnectionOverError
    when the connection is over, or at bytes that are not D-Bus as jeepney
    reads it (nothing after them would be either). Lazy, so a caller that
    closes the connection on one message reads no further.
    """
    try:
        data = conn.sock.recv(65536, socket.MSG_DONTWAIT)
    except (BlockingIOError, InterruptedError):
        data = None
    except OSError as err:
        raise ConnectionOverError(str(err)) from err
    else:
        if not data:
            raise ConnectionOverError("the bus closed the connection")
        conn.parser.add_data(data)
    while True:
        try:
            message = conn.parser.get_next_message()
        except Exception as err:
            raise ConnectionOverError(f"unreadable message ({err!r})") from err
        if message is None:
            return
        yield message
