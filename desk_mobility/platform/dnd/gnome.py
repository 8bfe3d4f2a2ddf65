"""GNOME's do-not-disturb: ``org.gnome.desktop.notifications show-banners`` set to false.

The value is read with ``gsettings`` (the schema's default included), once
at start and again whenever dconf announces a write under the key's folder
on the session bus: its ``ca.desrt.dconf.Writer.Notify`` signal. Nothing is
polled. Without ``gsettings`` or the schema this is not a source.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable, Sequence

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from desk_mobility.platform.quiet_source import SourceSignals

log = logging.getLogger(__name__)

SCHEMA = "org.gnome.desktop.notifications"
KEY = "show-banners"
DCONF_PATH = "/org/gnome/desktop/notifications/show-banners"
DCONF_WRITER = ("", "/ca/desrt/dconf/Writer/user", "ca.desrt.dconf.Writer", "Notify")

Runner = Callable[[Sequence[str]], str | None]


def parse_banners(output: str | None) -> bool | None:
    """``gsettings get`` output as a boolean, None when it is not one."""
    text = (output or "").strip()
    return {"true": True, "false": False}.get(text)


def touches_key(prefix: str, changes: Sequence[str]) -> bool:
    """Whether a dconf change notice (a prefix and relative paths) covers the key."""
    paths = [prefix + change for change in changes] or [prefix]
    return any(DCONF_PATH.startswith(path) for path in paths)


def _gsettings(argv: Sequence[str]) -> str | None:
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


class GnomeBannersSource(QObject):
    """Do-not-disturb while GNOME shows no banners; emits ``signals.changed``."""

    name = "GNOME do not disturb"
    reason = "dnd"

    def __init__(
        self,
        run: Runner = _gsettings,
        bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.signals = SourceSignals()
        self._run = run
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._banners: bool | None = None

    def start(self) -> bool:
        """False where ``gsettings`` or the schema is missing."""
        if self._run is _gsettings and shutil.which("gsettings") is None:
            return False
        self._banners = parse_banners(self._run(["gsettings", "get", SCHEMA, KEY]))
        if self._banners is None:
            return False
        if self._bus.isConnected():
            self._bus.connect(  # type: ignore[call-overload]
                *DCONF_WRITER, self, SLOT("_on_dconf(QDBusMessage)")
            )
        log.info("do-not-disturb: reading GNOME show-banners (%s)", self._banners)
        return True

    def read(self, near_due: bool) -> str | None:
        return self.name if self._banners is False else None

    def close(self) -> None:
        pass

    def reread(self) -> None:
        banners = parse_banners(self._run(["gsettings", "get", SCHEMA, KEY]))
        if banners is not None and banners != self._banners:
            self._banners = banners
            log.info("GNOME do not disturb %s", "switched off" if banners else "switched on")
            self.signals.changed.emit()

    @Slot(QDBusMessage)
    def _on_dconf(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) >= 2 and isinstance(args[0], str):
            changes = [str(c) for c in args[1]] if isinstance(args[1], list) else []
            if touches_key(args[0], changes):
                self.reread()
