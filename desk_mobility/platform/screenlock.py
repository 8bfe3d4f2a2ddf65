"""Screen lock and unlock, where the desktop reports them.

Listens for ``ActiveChanged(bool)`` from ``org.freedesktop.ScreenSaver`` and
``org.gnome.ScreenSaver`` on the session bus, and for logind's ``Lock`` and
``Unlock`` on this session's object on the system bus. Where none of these
exist nothing is reported and nothing fails: idle time still tells when the
user is away.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger(__name__)

SCREENSAVER_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = "org.freedesktop.login1"


def _connect(
    bus: QDBusConnection, match: tuple[str, str, str, str], receiver: QObject, slot: str
) -> bool:
    """Connect the D-Bus signal ``(service, path, interface, name)`` to a Qt slot.

    PySide6's stubs ask for the slot as bytes, but only the ``SLOT()`` string
    is accepted at run time (bytes raise ValueError).
    """
    return bool(bus.connect(*match, receiver, SLOT(slot)))  # type: ignore[call-overload]


class ScreenLockMonitor(QObject):
    """Reports the screen locking and unlocking; emits ``locked_changed(bool)``.

    ``start()`` returns the names of the sources it listens to (empty where
    the desktop reports nothing). The same lock reported by two sources is
    emitted once.
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._locked = False
        self.sources: list[str] = []

    @property
    def locked(self) -> bool:
        return self._locked

    def start(self) -> list[str]:
        if self._session.isConnected():
            for path, interface in SCREENSAVER_SIGNALS:
                # An empty service matches the signal from whoever owns the name.
                match = ("", path, interface, "ActiveChanged")
                if _connect(self._session, match, self, "_on_active_changed(bool)"):
                    self.sources.append(interface + path)
        session_path = self._logind_session_path()
        session = LOGIND + ".Session"
        if session_path and _connect(
            self._system, (LOGIND, session_path, session, "Lock"), self, "_on_lock()"
        ):
            _connect(self._system, (LOGIND, session_path, session, "Unlock"), self, "_on_unlock()")
            self.sources.append("logind")
        if self.sources:
            log.info("screen lock reported by: %s", ", ".join(self.sources))
        else:
            log.info("screen lock not reported by this desktop; idle time alone decides")
        return self.sources

    def _logind_session_path(self) -> str | None:
        if not self._system.isConnected():
            return None
        manager = QDBusInterface(
            LOGIND, "/org/freedesktop/login1", LOGIND + ".Manager", self._system
        )
        if not manager.isValid():
            return None
        reply = manager.call("GetSessionByPID", os.getpid())
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        path = reply.arguments()[0]
        text = path.path() if hasattr(path, "path") else str(path)
        return text or None

    def _set(self, locked: bool) -> None:
        if locked == self._locked:
            return
        self._locked = locked
        log.info("screen %s", "locked" if locked else "unlocked")
        self.locked_changed.emit(locked)

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        self._set(bool(active))

    @Slot()
    def _on_lock(self) -> None:
        self._set(True)

    @Slot()
    def _on_unlock(self) -> None:
        self._set(False)
