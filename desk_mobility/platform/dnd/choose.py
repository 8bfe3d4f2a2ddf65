"""Which do-not-disturb sources this machine offers; each is optional and logged."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from desk_mobility.platform.quiet_source import QuietSource

if TYPE_CHECKING:
    from desk_mobility.platform.bus_watch import BusWatch

log = logging.getLogger(__name__)


def choose_dnd_sources(
    session_bus: BusWatch | None = None, platform: str | None = None
) -> list[QuietSource]:
    """Every source that can be read here; an empty list where there are none.

    ``session_bus`` carries the Linux sources' signals (None: no session bus).
    """
    platform = platform or sys.platform
    sources: list[QuietSource] = []
    if platform.startswith("linux"):
        from desk_mobility.platform.dnd.dbus_property import (
            dunst_paused,
            notifications_inhibited,
        )
        from desk_mobility.platform.dnd.gnome import GnomeBannersSource

        # Both D-Bus flags are kept even when their server is not running yet:
        # each is read when its service appears.
        for flag in (notifications_inhibited(session_bus), dunst_paused(session_bus)):
            if flag.start():
                sources.append(flag)
        gnome = GnomeBannersSource(bus=session_bus)
        if gnome.start():
            sources.append(gnome)
    elif platform == "win32":
        from desk_mobility.platform.dnd.windows import FocusAssistSource, WnfReader

        try:
            sources.append(FocusAssistSource(WnfReader()))
        except OSError as exc:
            log.info("do-not-disturb: Focus Assist cannot be read (%s)", exc)
    elif platform == "darwin":
        from desk_mobility.platform.dnd.macos import MacFocusSource

        sources.append(MacFocusSource())
    log.info("do-not-disturb sources: %s", ", ".join(s.name for s in sources) or "none here")
    return sources
