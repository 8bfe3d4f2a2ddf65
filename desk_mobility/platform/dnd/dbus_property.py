"""A boolean D-Bus property that means "do not disturb", heard as it changes.

The value is read once when the service appears and then taken from its
``PropertiesChanged`` signals: no polling. A service that is not there, or
does not have the property, is simply not a source right now; if it starts
later (a notification server started on first use) it is read then.
"""

from __future__ import annotations

import logging

from jeepney import DBusAddress, Properties

from desk_mobility.platform.bus_watch import Body, BusWatch
from desk_mobility.platform.quiet_source import SourceSignals

log = logging.getLogger(__name__)

PROPERTIES = "org.freedesktop.DBus.Properties"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


class DBusFlagSource:
    """Do-not-disturb while ``interface.prop`` on ``service`` is true; emits ``signals.changed``."""

    reason = "dnd"

    def __init__(
        self, name: str, service: str, path: str, interface: str, prop: str, *, bus: BusWatch | None
    ) -> None:
        self.name = name
        self.signals = SourceSignals()
        self._service, self._path, self._interface, self._prop = service, path, interface, prop
        self._bus = bus
        self._on: bool | None = None  # None: not readable now

    @property
    def readable(self) -> bool:
        return self._on is not None

    def start(self) -> bool:
        """Listen for changes and ask for the value; False without a session bus.

        The value arrives a moment later; until then it reads as unknown.
        """
        if self._bus is None or not self._bus.listen(
            self._on_properties,
            sender=self._service,
            path=self._path,
            interface=PROPERTIES,
            member="PropertiesChanged",
            arg0=self._interface,
        ):
            return False
        self._bus.watch_owner(self._service, self._on_owner_changed)
        self._bus.lost.connect(lambda: self._set(None))
        self._refresh()
        return True

    def read(self, near_due: bool) -> str | None:
        return self.name if self._on else None

    def close(self) -> None:
        pass  # the connection is the app's, closed with it

    def _refresh(self) -> None:
        address = DBusAddress(self._path, bus_name=self._service, interface=self._interface)
        if self._bus is not None:
            self._bus.call(Properties(address).get(self._prop), self._on_value)

    def _on_value(self, body: Body | None) -> None:
        # A property's value arrives as a variant: (signature, value).
        if not body or not isinstance(body[0], tuple) or len(body[0]) != 2:
            self._set(None)
            return
        self._set(bool(body[0][1]))

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

    def _on_properties(self, body: Body) -> None:
        # (interface, {name: (signature, value)}, [names invalidated])
        changed = body[1] if len(body) > 1 and isinstance(body[1], dict) else {}
        invalidated = body[2] if len(body) > 2 else []
        if self._prop in changed:
            self._on_value((changed[self._prop],))
        elif self._prop in invalidated:
            self._refresh()

    def _on_owner_changed(self, new_owner: str) -> None:
        if new_owner:
            self._refresh()
        else:
            self._set(None)


def dunst_paused(bus: BusWatch | None) -> DBusFlagSource:
    return DBusFlagSource(
        "dunst paused",
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        "org.dunstproject.cmd0",
        "paused",
        bus=bus,
    )


def notifications_inhibited(bus: BusWatch | None) -> DBusFlagSource:
    """KDE Plasma's notification server (and others that follow it) says ``Inhibited``."""
    return DBusFlagSource(
        "notifications inhibited",
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        NOTIFICATIONS,
        "Inhibited",
        bus=bus,
    )
