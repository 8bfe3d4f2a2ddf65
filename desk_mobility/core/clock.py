"""Time, injected.

Every piece of core logic asks a ``Clock`` for the time instead of reading
the system clock, so tests can run an afternoon of sitting in milliseconds and
can make wall time and monotonic time disagree the way a suspend does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Wall time for calendars and records, monotonic time for durations."""

    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; it stops while the machine sleeps."""
        ...

    def since_boot(self) -> float | None:
        """Seconds on a clock that never jumps and keeps counting while the machine sleeps.

        With it a suspend (this clock runs ahead of ``monotonic``) is told from
        someone setting the wall clock (neither moves); None where the system
        has no such clock, and the wall clock has to tell instead.
        """
        ...


class FakeClock:
    """A clock that moves only when told, for tests and benchmarks.

    It keeps a UTC instant and shows it in ``tz``, so a test that crosses a
    daylight-saving change sees the offset change just as a user would.
    """

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._utc = start.astimezone(UTC)
        self._tz = tz if tz is not None else start.tzinfo
        self._mono = 1000.0
        self._boot = 5000.0

    def now(self) -> datetime:
        return self._utc.astimezone(self._tz)

    def monotonic(self) -> float:
        return self._mono

    def since_boot(self) -> float | None:
        return self._boot

    def advance(self, seconds: float) -> None:
        """Time passes normally: both clocks move together."""
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump_wall")
        self._utc += timedelta(seconds=seconds)
        self._mono += seconds
        self._boot += seconds

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: wall time and time since boot move, monotonic time does not."""
        self._utc += timedelta(seconds=seconds)
        self._boot += seconds

    def jump_wall(self, seconds: float) -> None:
        """Someone sets the system clock (either direction): only wall time moves."""
        self._utc += timedelta(seconds=seconds)

    def set_timezone(self, tz: tzinfo) -> None:
        """The user travels: same instant, new local offset."""
        self._tz = tz
