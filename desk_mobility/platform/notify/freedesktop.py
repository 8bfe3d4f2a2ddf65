"""Break notifications through ``org.freedesktop.Notifications`` (Linux, BSD).

jeepney speaks D-Bus here because QtDBus cannot marshal the uint32 arguments
of ``Notify``. One connection does everything: the server sends
``ActionInvoked`` only to the connection that called ``Notify``, so the
signals are read from the same socket, which a ``QSocketNotifier`` watches.
Nothing polls and no thread waits; the app sleeps until the server speaks.

Calls made while the app runs never block: ``Notify`` is sent and its reply
(the notification id) handled when it arrives. A re-offer or a withdrawal
asked for before that reply waits for it, so the id can be replaced or closed
instead of leaving a second notification on screen.

The server is known by its unique bus name. Signals from anyone else are
ignored, and when the server is restarted or replaced the old id means
nothing any more (the new server may already have given it to another app's
notification): it is forgotten, and an offer that was on screen is shown
again on the new server.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from jeepney import (
    DBusAddress,
    DBusErrorResponse,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    new_method_call,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from PySide6.QtCore import QObject, QSocketNotifier

from desk_mobility.i18n.phrases import translate
from desk_mobility.platform.bus_watch import ConnectionOverError, incoming, send_numbered
from desk_mobility.platform.notify.base import (
    ACTION_SKIP,
    ACTION_SNOOZE,
    ACTION_START,
    DEFAULT_ROUTINE_SUMMARY,
    NotifierBase,
    NotifierUnavailableError,
)

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
BUS_DRIVER = "org.freedesktop.DBus"

# NotificationClosed reasons from the specification.
CLOSED_EXPIRED = 1
CLOSED_BY_USER = 2
CLOSED_BY_CALL = 3

# A due break stays until the user answers it or the app withdraws it.
PERSISTENT = 0
SERVER_DEFAULT = -1  # a notice expires as the server's own notifications do
ACTION_OPEN_FOLDER = "open-folder"
URGENCY_NORMAL = 1
SETUP_TIMEOUT_SECONDS = 3.0
# After the bus went away: how often to try it again, and how long to wait for it.
RECONNECT_SECONDS = 2.0
RECONNECT_TIMEOUT = 1.0


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """Who answers ``org.freedesktop.Notifications``, for the log."""

    name: str
    vendor: str
    version: str

    def __str__(self) -> str:
        return f"{self.name} {self.version} ({self.vendor})"


@dataclass(frozen=True, slots=True)
class _Show:
    offer_id: str
    sat_seconds: float
    snooze_minutes: int


class _Withdraw:
    pass


class DBusNotifier(NotifierBase):
    """Break notifications with Start / Snooze / Skip through a notification server.

    Emits ``start_requested`` (click or Start), ``snooze_requested``,
    ``skip_requested``, ``dismissed`` (closed by the user or expired) and
    ``delivery_failed`` (the server refused or the bus went away), each with
    the offer id. Build it with ``create``, which raises
    ``NotifierUnavailableError`` when no server answers.
    """

    backend_name = "dbus"

    @classmethod
    def create(
        cls,
        *,
        bus_address: str | None = None,
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        app_name: str = "Desk Mobility",
        app_icon: str = "",
        desktop_entry: str | None = None,
        parent: QObject | None = None,
        timeout: float = SETUP_TIMEOUT_SECONDS,
    ) -> DBusNotifier:
        """Reach the server and ask what it can do; the only calls that wait.

        A server that is installed but not running is started by the bus
        (D-Bus activation) during ``GetCapabilities``.
        """
        conn, capabilities, server, owner = _setup(bus_address, timeout)
        notifier = cls(
            conn,
            capabilities,
            server,
            owner=owner,
            routine_summary=routine_summary,
            app_name=app_name,
            app_icon=app_icon,
            desktop_entry=desktop_entry,
            parent=parent,
        )
        notifier.bus_address = bus_address
        return notifier

    def __init__(
        self,
        conn: DBusConnection,
        capabilities: frozenset[str],
        server: ServerInfo,
        *,
        owner: str = "",
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        app_name: str = "Desk Mobility",
        app_icon: str = "",
        desktop_entry: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(routine_summary, parent)
        self.capabilities = capabilities
        self.server = server
        self.actions_in_notification = "actions" in capabilities
        if not self.actions_in_notification:
            self.backend_name = "dbus-plain"
        self._app_name = app_name
        self._app_icon = app_icon
        self._desktop_entry = desktop_entry
        self._conn: DBusConnection | None = conn
        self._server_id = 0  # id of the notification on screen, 0 for none
        self._offer_id: str | None = None
        self._pending_serial: int | None = None  # a Notify awaiting its id
        self._pending_offer: str | None = None
        self._queued: _Show | _Withdraw | None = None
        # The server's unique bus name ("" until known) and the offer that
        # should be on screen, to show it again if the server is replaced.
        self._owner = owner
        self._showing: _Show | None = None
        # Notices (not breaks): the Notify serials awaiting an id, and the ids
        # on screen, each with the folder its "Open folder" button opens.
        self._notice_serials: dict[int, str] = {}
        self._notice_ids: dict[int, str] = {}
        self.bus_address: str | None = None
        self._last_attempt = -RECONNECT_SECONDS
        self._watch = self._watch_socket(conn)
        self._on_readable()  # what the setup calls left in the parser, and anything since

    def _watch_socket(self, conn: DBusConnection) -> QSocketNotifier:
        watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        watch.activated.connect(self._on_readable)
        return watch

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def reconnect(self) -> bool:
        """Reach the bus again after it went away (a session bus restarted, a crash).

        Cheap when nothing listens (the connect fails at once) and tried at
        most every ``RECONNECT_SECONDS``. True when connected afterwards.
        """
        if self._conn is not None:
            return True
        now = time.monotonic()
        if now - self._last_attempt < RECONNECT_SECONDS:
            return False
        self._last_attempt = now
        try:
            conn, capabilities, server, owner = _setup(self.bus_address, RECONNECT_TIMEOUT)
        except NotifierUnavailableError as err:
            log.debug("notification server still unreachable: %s", err)
            return False
        self._conn = conn
        self.capabilities = capabilities
        self.server = server
        self.actions_in_notification = "actions" in capabilities
        self.backend_name = "dbus" if self.actions_in_notification else "dbus-plain"
        self._owner = owner
        self._watch.deleteLater()
        self._watch = self._watch_socket(conn)
        log.info("reconnected to the notification server %s", server)
        self._on_readable()  # what the setup calls left in the parser, and anything since
        return True

    # -- what the app calls ---------------------------------------------
    @property
    def current_id(self) -> int:
        """The server's id of the notification on screen (0 when none)."""
        return self._server_id

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        if self._conn is None and not self.reconnect():
            log.warning("break %s not shown: the session bus connection is gone", offer_id)
            return False
        request = _Show(offer_id, sat_seconds, snooze_minutes)
        self._showing = request
        if not self._owner:
            # No server on the bus: nothing to send. The offer is sent as soon
            # as one takes the name (see _on_owner_changed).
            log.warning("break %s not shown: no notification server on the bus", offer_id)
            return False
        if self._pending_serial is not None:
            self._queued = request
            return True
        return self._send_notify(request)

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        """A message about the app itself (settings, history), beside any break offer."""
        if self._conn is None and not self.reconnect():
            return False
        actions: list[str] = []
        if folder and "actions" in self.capabilities:
            actions = [ACTION_OPEN_FOLDER, translate("Notification", "Open folder")]
        if "body-markup" in self.capabilities:
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        hints: dict[str, tuple[str, Any]] = {"urgency": ("y", URGENCY_NORMAL)}
        if self._desktop_entry:
            hints["desktop-entry"] = ("s", self._desktop_entry)
        call = new_method_call(
            NOTIFICATIONS,
            "Notify",
            "susssasa{sv}i",
            (self._app_name, 0, self._app_icon, title, body, actions, hints, SERVER_DEFAULT),
        )
        serial = self._send(call)
        if serial is None:
            return False
        self._notice_serials[serial] = folder or ""
        return True

    def withdraw(self) -> None:
        self._showing = None
        if self._pending_serial is not None:
            self._queued = _Withdraw()
            return
        self._close_current()

    def close(self) -> None:
        """Withdraw what is on screen (its buttons would lead nowhere) and hang up."""
        if self._conn is None:
            return
        self._queued = None
        self._showing = None
        self._close_current()
        self._watch.setEnabled(False)
        self._conn.close()
        self._conn = None

    # -- sending --------------------------------------------------------
    def _send_notify(self, request: _Show) -> bool:
        assert self._conn is not None
        message = self.message_for(request.sat_seconds, request.snooze_minutes)
        actions = [ACTION_START, message.start_label]
        if self.actions_in_notification:
            actions += [ACTION_SNOOZE, message.snooze_label, ACTION_SKIP, message.skip_label]
        hints: dict[str, tuple[str, Any]] = {
            "urgency": ("y", URGENCY_NORMAL),
            # The app rings its own chime, and only when quiet times allow.
            "suppress-sound": ("b", True),
        }
        if self._desktop_entry:
            hints["desktop-entry"] = ("s", self._desktop_entry)
        body = message.body
        if "body-markup" in self.capabilities:
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        call = new_method_call(
            NOTIFICATIONS,
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                self._server_id,
                self._app_icon,
                message.title,
                body,
                actions,
                hints,
                PERSISTENT,
            ),
        )
        serial = self._send(call)
        if serial is None:
            return False
        self._pending_serial = serial
        self._pending_offer = request.offer_id
        return True

    def _close_current(self) -> None:
        if self._server_id and self._conn is not None:
            self._send(new_method_call(NOTIFICATIONS, "CloseNotification", "u", (self._server_id,)))
        self._server_id = 0
        self._offer_id = None

    def _send(self, message: Message) -> int | None:
        assert self._conn is not None
        try:
            return send_numbered(self._conn, message)
        except OSError as err:
            self._lost(err)
            return None

    # -- receiving ------------------------------------------------------
    def _on_readable(self, *_: object) -> None:
        if self._conn is None:
            return
        try:
            for message in incoming(self._conn):
                self._dispatch(message)
                if self._conn is None:
                    return
        except ConnectionOverError as over:
            self._lost(over)

    def _dispatch(self, message: Message) -> None:
        header = message.header
        kind = header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            reply_to = header.fields.get(HeaderFields.reply_serial)
            if reply_to in self._notice_serials:
                folder = self._notice_serials.pop(reply_to)
                if kind == MessageType.method_return:
                    self._notice_ids[int(message.body[0])] = folder
                else:
                    log.warning("the notification server refused a notice: %s", message.body)
            elif reply_to == self._pending_serial:
                self._on_notify_reply(message)
            elif kind == MessageType.error:
                log.debug(
                    "server error ignored: %s %s",
                    header.fields.get(HeaderFields.error_name),
                    message.body,
                )
            return
        if kind != MessageType.signal:
            return
        member = header.fields.get(HeaderFields.member)
        interface = header.fields.get(HeaderFields.interface)
        sender = header.fields.get(HeaderFields.sender)
        if interface == BUS_DRIVER and sender == BUS_DRIVER and member == "NameOwnerChanged":
            name, old, new = message.body
            if name == SERVICE:
                self._on_owner_changed(str(old), str(new))
            return
        if interface != SERVICE:
            return
        if self._owner and sender != self._owner:
            log.debug("%s from %s ignored: not the notification server", member, sender)
            return
        if member == "ActionInvoked":
            notification_id, key = message.body
            self._on_action(int(notification_id), str(key))
        elif member == "NotificationClosed":
            notification_id, reason = message.body
            self._on_closed(int(notification_id), int(reason))
        elif member == "ActivationToken":  # spec 1.2: sent just before ActionInvoked
            notification_id, token = message.body
            if int(notification_id) == self._server_id and self._offer_id is not None:
                self.activation_token.emit(str(token))

    def _on_notify_reply(self, message: Message) -> None:
        offer_id = self._pending_offer or ""
        self._pending_serial = None
        self._pending_offer = None
        if message.header.message_type == MessageType.error:
            log.warning(
                "the notification server refused break %s: %s %s",
                offer_id,
                message.header.fields.get(HeaderFields.error_name),
                message.body,
            )
            self._server_id = 0
            self._offer_id = None
            self.delivery_failed.emit(offer_id)
        else:
            self._server_id = int(message.body[0])
            self._offer_id = offer_id
            self._owner = str(message.header.fields.get(HeaderFields.sender, self._owner))
            log.debug("break %s shown as notification %d", offer_id, self._server_id)
            self.confirmed.emit(offer_id)
        queued, self._queued = self._queued, None
        if isinstance(queued, _Show):
            self._send_notify(queued)
        elif isinstance(queued, _Withdraw):
            self._close_current()

    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id in self._notice_ids:
            folder = self._notice_ids.pop(notification_id)
            if key == ACTION_OPEN_FOLDER and folder:
                log.info("notice action: open %s", folder)
                self.open_folder_requested.emit(folder)
            # Done with, as after a break's button: every server then behaves the same.
            self._send(new_method_call(NOTIFICATIONS, "CloseNotification", "u", (notification_id,)))
            return
        if notification_id != self._server_id or self._offer_id is None:
            log.debug("action %r on notification %d ignored (not current)", key, notification_id)
            return
        offer_id = self._offer_id
        self._showing = None
        # Servers close a notification after an action unless it is resident;
        # closing it ourselves makes every server behave the same.
        self._close_current()
        log.info("notification action %r for break %s", key, offer_id)
        if key in (ACTION_START, "start"):
            self.start_requested.emit(offer_id)
        elif key == ACTION_SNOOZE:
            self.snooze_requested.emit(offer_id)
        elif key == ACTION_SKIP:
            self.skip_requested.emit(offer_id)

    def _on_closed(self, notification_id: int, reason: int) -> None:
        self._notice_ids.pop(notification_id, None)
        if notification_id != self._server_id or self._offer_id is None:
            return
        offer_id = self._offer_id
        self._server_id = 0
        self._offer_id = None
        self._showing = None
        if reason != CLOSED_BY_CALL:
            log.info(
                "notification for break %s closed without an answer (reason %d)", offer_id, reason
            )
            self.dismissed.emit(offer_id)

    def _on_owner_changed(self, old: str, new: str) -> None:
        """The server went away, came back, or another one took its place.

        Its notifications went with it and its ids mean nothing now: replacing
        or closing "our" id could hit another app's notification on the new
        server. The id is forgotten and the offer shown again from scratch.
        """
        if old == new:
            return
        log.info("notification server changed (%s -> %s)", old or "none", new or "none")
        self._owner = new
        self._server_id = 0
        self._offer_id = None
        self._notice_serials.clear()
        self._notice_ids.clear()
        if self._pending_serial is not None:
            # The reply comes from the old server or not at all; the request
            # is made again below once a server is there.
            self._pending_serial = None
            self._pending_offer = None
            self._queued = None
        showing = self._showing
        if showing is None:
            return
        if not new:
            log.warning("break %s no longer on screen: no notification server", showing.offer_id)
            self.delivery_failed.emit(showing.offer_id)
            return
        if self._conn is not None:
            log.info("break %s shown again on the new notification server", showing.offer_id)
            self._send_notify(showing)

    def _lost(self, why: object) -> None:
        log.warning("session bus connection lost: %s", why)
        offer_id = self._pending_offer or self._offer_id
        self._watch.setEnabled(False)
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._server_id = 0
        self._offer_id = None
        self._pending_serial = None
        self._pending_offer = None
        self._queued = None
        self._showing = None
        self._notice_serials.clear()
        self._notice_ids.clear()
        if offer_id:
            self.delivery_failed.emit(offer_id)


def _setup(
    bus_address: str | None, timeout: float
) -> tuple[DBusConnection, frozenset[str], ServerInfo, str]:
    """Connect, ask the server what it can do, and subscribe to its signals."""
    try:
        conn = open_dbus_connection(bus=bus_address or "SESSION", auth_timeout=timeout)
    except KeyError as err:
        raise NotifierUnavailableError(
            "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
        ) from err
    except (OSError, RuntimeError, ValueError, TimeoutError) as err:
        raise NotifierUnavailableError(f"cannot reach the session bus: {err}") from err
    try:
        capabilities = _call(conn, "GetCapabilities", timeout)[0]
        info = _call(conn, "GetServerInformation", timeout)
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=timeout)
        owner_rule = MatchRule(
            type="signal", sender=BUS_DRIVER, interface=BUS_DRIVER, member="NameOwnerChanged"
        )
        owner_rule.add_arg_condition(0, SERVICE)
        conn.send_and_get_reply(message_bus.AddMatch(owner_rule), timeout=timeout)
        owner = conn.send_and_get_reply(message_bus.GetNameOwner(SERVICE), timeout=timeout)
    except DBusErrorResponse as err:
        conn.close()
        raise NotifierUnavailableError(f"no notification server ({err.name})") from err
    except (OSError, TimeoutError) as err:
        conn.close()
        raise NotifierUnavailableError(f"the notification server does not answer: {err}") from err
    server = ServerInfo(name=str(info[0]), vendor=str(info[1]), version=str(info[2]))
    owner_name = (
        str(owner.body[0]) if owner.header.message_type == MessageType.method_return else ""
    )
    return conn, frozenset(str(c) for c in capabilities), server, owner_name


def _call(conn: DBusConnection, method: str, timeout: float) -> tuple[Any, ...]:
    reply = conn.send_and_get_reply(new_method_call(NOTIFICATIONS, method), timeout=timeout)
    if reply.header.message_type == MessageType.error:
        raise DBusErrorResponse(reply)
    return tuple(reply.body)
