"""Quiet time: the reasons a due break must wait, combined into one answer.

A break that pops up during a call, under do-not-disturb or over a
fullscreen presentation gets dismissed unread, and a dismissed break is a
lost one; so while any of these holds, nothing is offered and a break that
comes due waits. The watchers that notice each reason live in the platform
layer; they only report "this reason holds now" here. ``QuietPolicy`` keeps
since when each one holds, picks the one to name (a call before
do-not-disturb before a fullscreen window: the most specific first), and
knows when the user said "remind me anyway", which holds until every reason
has cleared, so the next call is quiet again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from desk_mobility.core.text import QT_TRANSLATE_NOOP

CALL: Final = "call"
DND: Final = "dnd"
FULLSCREEN: Final = "fullscreen"
# The order in which a reason is named when several hold at once.
PRIORITY: Final = (CALL, DND, FULLSCREEN)

# How the tray says it, after "Quiet: " (the reason names are for --status).
REASON_WORDS: Final = {
    CALL: QT_TRANSLATE_NOOP("Quiet", "you are on a call"),
    DND: QT_TRANSLATE_NOOP("Quiet", "do not disturb is on"),
    FULLSCREEN: QT_TRANSLATE_NOOP("Quiet", "a window is fullscreen"),
}


def reason_words(reason: str, detail: str = "") -> str:
    """The reason in plain words, with the program behind it when known."""
    words = REASON_WORDS.get(reason, reason)
    return f"{words} ({detail})" if detail else words


@dataclass(frozen=True, slots=True)
class Quiet:
    """The reason in force: why breaks wait, since when, and what said so."""

    reason: str
    since: datetime
    detail: str = ""  # e.g. the program using the microphone, or the DND source

    @property
    def words(self) -> str:
        return reason_words(self.reason, self.detail)


class QuietPolicy:
    """Answers "is it quiet now, and why" for the break machine.

    Reasons not enabled in the settings are still tracked (so switching one
    back on takes effect at once) but never make it quiet.
    """

    def __init__(self, enabled: Iterable[str] = PRIORITY) -> None:
        self._enabled = frozenset(enabled)
        self._active: dict[str, Quiet] = {}
        self._overridden_since: datetime | None = None

    def configure(self, enabled: Iterable[str]) -> None:
        self._enabled = frozenset(enabled)
        if not self._holding():
            self._overridden_since = None

    def report(self, reason: str, active: bool, now: datetime, detail: str = "") -> None:
        """A watcher's latest word on one reason; repeating it changes nothing."""
        held = self._active.get(reason)
        if not active:
            self._active.pop(reason, None)
            if not self._holding():
                self._overridden_since = None
        elif held is None:
            self._active[reason] = Quiet(reason, now, detail)
        elif detail and detail != held.detail:
            self._active[reason] = Quiet(reason, held.since, detail)

    def holding(self) -> Quiet | None:
        """The reason that holds, whether or not the user overrode it."""
        for reason in PRIORITY:
            if reason in self._enabled and reason in self._active:
                return self._active[reason]
        for reason, quiet in sorted(self._active.items()):
            if reason in self._enabled and reason not in PRIORITY:
                return quiet
        return None

    def current(self) -> Quiet | None:
        """The reason breaks wait for now, or None: reminders go ahead."""
        if self._overridden_since is not None:
            return None
        return self.holding()

    @property
    def overridden(self) -> bool:
        return self._overridden_since is not None

    def override(self, now: datetime) -> bool:
        """ "Remind me anyway": until this quiet time is over. False if nothing holds."""
        if self.holding() is None:
            return False
        self._overridden_since = now
        return True

    def _holding(self) -> bool:
        return self.holding() is not None
