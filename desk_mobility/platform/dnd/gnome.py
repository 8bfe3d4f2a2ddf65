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

from desk_mobility.platform.bus_watch import Body, BusWatch
from desk_mobility.platform.quiet_source import SourceSignals

log = logging.getLogger(__name__)

SCHEMA = "org.gnome.desktop.notifications"
KEY = "show-banners"
DCONF_PATH = "/org/gnome/desktop/notifications/show-banners"
DCONF_WRITER_PATH = "/ca/desrt/dconf/Writer/user"
DCONF_WRITER = "ca.desrt.dconf.Writer"

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


class GnomeBannersSource:
    """Do-not-disturb while GNOME shows no banners; emits ``signals.changed``."""

    name = "GNOME do not disturb"
    reason = "dnd"

    def __init__(self, run: Runner = _gsettings, bus: BusWatch | None = None) -> None:
        self.signals = SourceSignals()
        self._run = run
        self._bus = bus
        self._banners: bool | None = None

    def start(self) -> bool:
        """False where ``gsettings`` or the schema is missing."""
        if self._run is _gsettings and shutil.which("gsettings") is None:
            return False
        self._banners = parse_banners(self._run(["gsettings", "get", SCHEMA, KEY]))
        if self._banners is None:
            return False
        if self._bus is not None:
            self._bus.listen(
                self._on_dconf, path=DCONF_WRITER_PATH, interface=DCONF_WRITER, member="Notify"
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

    def _on_dconf(self, body: Body) -> None:
        # (prefix, [paths under it], tag)
        if len(body) >= 2 and isinstance(body[0], str):
            changes = [str(c) for c in body[1]] if isinstance(body[1], list) else []
            if touches_key(body[0], changes):
                self.reread()
