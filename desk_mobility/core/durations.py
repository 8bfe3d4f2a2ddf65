"""Durations as the app shows them, in one place so every surface agrees.

The tray, the notification, ``--status --format waybar``, the weekly view and
the weekly view say a duration the same way: whole minutes, counted down (at
51.6 minutes everything says 51, the way a clock would), and hours from 60
minutes on: "0 min", "45 min", "1 h 05 min". Time left counts up to the
minute; the guide's stopwatch alone shows seconds.
"""

from __future__ import annotations

import math


def whole_minutes(seconds: float) -> int:
    """The minutes fully passed; never negative."""
    if not math.isfinite(seconds):
        return 0
    return max(0, int(seconds // 60))


def duration_text(seconds: float) -> str:
    """'0 min', '45 min', '1 h 05 min'."""
    minutes = whole_minutes(seconds)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def stopwatch_text(seconds: float) -> str:
    """A drill's own time, to the second: '52 s', '3 min 05 s'."""
    total = round(seconds) if math.isfinite(seconds) and seconds > 0 else 0
    minutes, secs = divmod(total, 60)
    if minutes == 0:
        return f"{secs} s"
    return f"{minutes} min {secs:02d} s"


def countdown_text(seconds: float) -> str:
    """Time left, counted up to the minute: 30 s left is '1 min', never '0 min' early."""
    return duration_text(math.ceil(max(seconds, 0.0) / 60) * 60 if math.isfinite(seconds) else 0)
