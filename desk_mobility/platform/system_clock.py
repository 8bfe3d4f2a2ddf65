"""The machine's own clock, behind core's ``Clock`` protocol.

It lives outside core because it asks the operating system (and tzlocal) for
the local zone; core only ever sees the protocol.
"""

from __future__ import annotations

import time
from datetime import datetime, tzinfo


class SystemClock:
    """The real clock: local wall time in the local zone's rules.

    A named zone (not a fixed offset) matters for anything computed ahead,
    such as "pause until tomorrow" on the evening before a DST change.
    """

    def __init__(self) -> None:
        self._zone = _local_zone()

    def now(self) -> datetime:
        if self._zone is None:
            return datetime.now().astimezone()
        return datetime.now(self._zone)

    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float | None:
        # CLOCK_BOOTTIME (Linux) counts a suspend that CLOCK_MONOTONIC skips;
        # elsewhere the wall clock is the only witness of a sleep.
        if _BOOT_CLOCK is None:
            return None
        return time.clock_gettime(_BOOT_CLOCK)


_BOOT_CLOCK: int | None = getattr(time, "CLOCK_BOOTTIME", None)


def _local_zone() -> tzinfo | None:
    """The system's named time zone, or None to fall back to a fixed offset."""
    try:
        import tzlocal

        zone: tzinfo = tzlocal.get_localzone()
    except Exception:  # an unreadable or unknown zone: offsets still work
        return None
    return zone
