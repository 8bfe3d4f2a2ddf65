"""A polite moment: a due break's notification waits for a pause in typing.

A notification that lands mid-sentence is dismissed with the next keystroke,
unread. So once a break is due its notification waits until input has
stopped for ``pause_seconds`` (the end of a sentence, a hand on the mug),
but never longer than ``cap_seconds``: someone who types without a pause for
five minutes still gets the break. A user already idle gets it at once, and
so does one whose input cannot be read. A break that waited for a call or
do-not-disturb to end has waited enough already: its wait is capped at a
minute (``CATCH_UP_SECONDS``).

The gate owns no timer; ``next_look`` says when the answer could change
without new input, so the shell sleeps until then.
"""

from __future__ import annotations

from datetime import datetime

from desk_mobility.core.sitting import earliest, seconds_between, shifted

CATCH_UP_SECONDS = 60.0


class PoliteMoment:
    """Answers "may the notification show now" for the break machine."""

    def __init__(self, pause_seconds: float = 15.0, cap_seconds: float = 300.0) -> None:
        self._pause = 0.0
        self._cap = 0.0
        self.configure(pause_seconds, cap_seconds)
        self._since: datetime | None = None
        self._limit = cap_seconds
        self._open = False

    def configure(self, pause_seconds: float, cap_seconds: float) -> None:
        if pause_seconds < 0 or cap_seconds < 0:
            raise ValueError(
                f"pause and cap must not be negative, got {pause_seconds} and {cap_seconds}"
            )
        self._pause = float(pause_seconds)
        self._cap = float(cap_seconds)

    @property
    def waiting_since(self) -> datetime | None:
        """When the current wait began, or None when nothing waits."""
        return self._since

    def arm(self, now: datetime, *, catch_up: bool = False) -> None:
        """A notification wants to show from ``now``; a wait already running goes on."""
        if self._since is None:
            self._since = now
            self._limit = min(self._cap, CATCH_UP_SECONDS) if catch_up else self._cap

    def disarm(self) -> None:
        """The notification showed, or is moot."""
        self._since = None
        self._open = False

    def open_now(self) -> None:
        """The user asked for it: the next ask is answered yes."""
        self._open = True

    def may_show(self, now: datetime, idle_seconds: float | None) -> bool:
        """True at a pause in input, or once the wait reached its cap."""
        self.arm(now)
        if self._open or self._pause <= 0 or idle_seconds is None:
            return True
        if idle_seconds >= self._pause:
            return True
        assert self._since is not None
        return seconds_between(self._since, now) >= self._limit

    def next_look(self, now: datetime, idle_seconds: float | None) -> datetime | None:
        """When the answer turns yes if no key is pressed meanwhile; None if not waiting."""
        if self._since is None:
            return None
        pause_over = shifted(now, max(0.0, self._pause - (idle_seconds or 0.0)))
        return earliest(pause_over, shifted(self._since, self._limit))
