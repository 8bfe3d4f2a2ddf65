"""Screen lock and unlock, where the desktop reports them.

Listens for ``ActiveChanged(bool)`` from ``org.freedesktop.ScreenSaver`` and
``org.gnome.ScreenSaver`` on the session bus, and for logind's ``Lock`` and
``Unlock`` on this session's object on the system bus (both through
``BusWatch``). Where none of these exist nothing is reported and nothing
fails: idle time still tells when the user is away.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # jeepney, behind BusWatch, is installed on Linux only
    from desk_mobility.platform.bus_watch import Body, BusWatch

log = logging.getLogger(__name__)

SCREENSAVER_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = "org.freedesktop.login1"


class ScreenLockMonitor(QObject):
    """Reports the screen locking and unlocking; emits ``locked_changed(bool)``.

    ``start()`` returns the names of the sources it listens to (empty where
    the desktop reports nothing). The same lock reported by two sources is
    emitted once. Either bus may be None: not there. The system bus is the
    monitor's alone, and closed at start where logind has no session for
    this process.
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        session_bus: BusWatch | None,
        system_bus: BusWatch | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session_bus
        self._system = system_bus
        self._locked = False
        self.sources: list[str] = []

    @property
    def locked(self) -> bool:
        return self._locked

    def start(self) -> list[str]:
        if self._session is not None:
            for path, interface in SCREENSAVER_SIGNALS:
                # No sender: whoever owns the name says it.
                if self._session.listen(
                    self._on_active_changed, path=path, interface=interface, member="ActiveChanged"
                ):
                    self.sources.append(interface + path)
        session_path = self._logind_session_path()
        if self._system is not None and session_path:
            session = LOGIND + ".Session"
            listening = [
                self._system.listen(
                    handler, sender=LOGIND, path=session_path, interface=session, member=member
                )
                for member, handler in (("Lock", self._on_lock), ("Unlock", self._on_unlock))
            ]
            if all(listening):
                self.sources.append("logind")
        elif self._system is not None:
            self._system.close()
            self._system = None
        if self.sources:
            log.info("screen lock reported by: %s", ", ".join(self.sources))
        else:
            log.info("screen lock not reported by this desktop; idle time alone decides")
        return self.sources

    def _logind_session_path(self) -> str | None:
        if self._system is None:
            return None
        from jeepney import DBusAddress, new_method_call  # with a bus, jeepney is there

        manager = DBusAddress(
            "/org/freedesktop/login1", bus_name=LOGIND, interface=LOGIND + ".Manager"
        )
        reply = self._system.call_now(
            new_method_call(manager, "GetSessionByPID", "u", (os.getpid(),))
        )
        return str(reply[0]) if reply else None

    def _set(self, locked: bool) -> None:
        if locked == self._locked:
            return
        self._locked = locked
        log.info("screen %s", "locked" if locked else "unlocked")
        self.locked_changed.emit(locked)

    def _on_active_changed(self, body: Body) -> None:
        if body and isinstance(body[0], bool):
            self._set(body[0])

    def _on_lock(self, _body: Body) -> None:
        self._set(True)

    def _on_unlock(self, _body: Body) -> None:
        self._set(False)
