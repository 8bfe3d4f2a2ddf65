"""A boolean D-Bus property that means "do not disturb", heard as it changes.

The value is read once when the service appears and then taken from its
``PropertiesChanged`` signals: no polling. A service that is not there, or
does not have the property, is simply not a source right now; if it starts
later (a notification server started on first use) it is read then.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusServiceWatcher,
)

from desk_mobility.platform.quiet_source import SourceSignals

log = logging.getLogger(__name__)

PROPERTIES = "org.freedesktop.DBus.Properties"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


class DBusFlagSource(QObject):
    """Do-not-disturb while ``interface.prop`` on ``service`` is true; emits ``signals.changed``."""

    reason = "dnd"

    def __init__(
        self,
        name: str,
        service: str,
        path: str,
        interface: str,
        prop: str,
        *,
        bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.signals = SourceSignals()
        self._service, self._path, self._interface, self._prop = service, path, interface, prop
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._on: bool | None = None  # None: not readable now
        self._watcher: QDBusServiceWatcher | None = None

    @property
    def readable(self) -> bool:
        return self._on is not None

    def start(self) -> bool:
        """Listen for changes and read the value now; False without a session bus."""
        if not self._bus.isConnected():
            return False
        ok = self._bus.connect(  # type: ignore[call-overload]
            self._service,
            self._path,
            PROPERTIES,
            "PropertiesChanged",
            self,
            SLOT("_on_properties(QDBusMessage)"),
        )
        if not ok:
            log.info("do-not-disturb: cannot listen for changes of %s", self.name)
        self._watcher = QDBusServiceWatcher(
            self._service, self._bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        self._watcher.serviceOwnerChanged.connect(self._on_owner_changed)
        self._refresh()
        return True

    def read(self, near_due: bool) -> str | None:
        return self.name if self._on else None

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.setWatchedServices([])

    def _refresh(self) -> None:
        props = QDBusInterface(self._service, self._path, PROPERTIES, self._bus)
        reply = props.call("Get", self._interface, self._prop)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            self._set(None)
            return
        self._set(bool(_unwrap(reply.arguments()[0])))

    def _set(self, on: bool | None) -> None:
        if on == self._on:
            return
        was, self._on = self._on, on
        if on is None:
            log.info("do-not-disturb: %s not readable now", self.name)
        elif was is None:
            log.info("do-not-disturb: reading %s (%s)", self.name, "on" if on else "off")
        else:
            log.info("do-not-disturb %s (%s)", "switched on" if on else "switched off", self.name)
        self.signals.changed.emit()

    @Slot(QDBusMessage)
    def _on_properties(self, message: QDBusMessage) -> None:
        # The changed values arrive as a QDBusArgument that PySide6 cannot
        # unpack, so a change of our interface is read back: one small call,
        # only when something changed.
        args = message.arguments()
        if args and args[0] == self._interface:
            self._refresh()

    def _on_owner_changed(self, _service: str, _old: str, new: str) -> None:
        if new:
            self._refresh()
        else:
            self._set(None)


def _unwrap(value: object) -> object:
    """A QDBusVariant arrives wrapped in some PySide6 versions."""
    variant = getattr(value, "variant", None)
    return variant() if callable(variant) else value


def dunst_paused(bus: QDBusConnection | None = None) -> DBusFlagSource:
    return DBusFlagSource(
        "dunst paused",
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        "org.dunstproject.cmd0",
        "paused",
        bus=bus,
    )


def notifications_inhibited(bus: QDBusConnection | None = None) -> DBusFlagSource:
    """KDE Plasma's notification server (and others that follow it) says ``Inhibited``."""
    return DBusFlagSource(
        "notifications inhibited",
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        NOTIFICATIONS,
        "Inhibited",
        bus=bus,
    )
