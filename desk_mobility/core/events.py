"""The events the core reports: one vocabulary for the store, the UI and logs.

Producers (sitting tracker, break machine, routine player) hand every event
to a single ``EventSink``; the history store records them, the UI may listen.
All times are timezone-aware local datetimes, so the store can keep both the
UTC instant and the offset the user lived in at that moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol, get_args

Direction = Literal["right", "left"]
# What finally became of an offer: the user moved (taken), let it go (skipped),
# stepped away on their own (natural), or it lapsed unanswered (expired: a
# pause, the end of working hours, or the app stopping with it on screen).
BreakOutcome = Literal["taken", "skipped", "natural", "expired"]
# What a stored offer says now: a final outcome, or "snoozed" while it waits
# to come back (it is the same offer when it does).
OfferState = Literal["snoozed", BreakOutcome]
OFFER_STATES: tuple[OfferState, ...] = get_args(OfferState)
StretchEnd = Literal["natural", "break", "shutdown"]
RoutineMode = Literal["guided", "self-paced"]
CheckInMoment = Literal["before", "after"]


@dataclass(frozen=True, slots=True)
class StretchStarted:
    """The user sat down (or came back) and a new sitting stretch began."""

    at: datetime


@dataclass(frozen=True, slots=True)
class StretchEnded:
    """A sitting stretch closed; ``sat_seconds`` counts only time that was sitting."""

    at: datetime
    started: datetime
    sat_seconds: float
    ended_by: StretchEnd


@dataclass(frozen=True, slots=True)
class NaturalBreak:
    """The user was away long enough that it counts as a break on its own."""

    at: datetime
    away_since: datetime
    away_seconds: float


@dataclass(frozen=True, slots=True)
class BreakOffered:
    """A break became due and was offered (``reoffer`` when it is offered again)."""

    at: datetime
    offer_id: str
    sat_seconds: float
    reoffer: bool = False


@dataclass(frozen=True, slots=True)
class BreakSnoozed:
    """The user postponed an offer; it comes back under the same id at ``until``."""

    at: datetime
    offer_id: str
    until: datetime
    snooze_minutes: int


@dataclass(frozen=True, slots=True)
class BreakResolved:
    """What finally became of an offer; each offer is resolved once."""

    at: datetime
    offer_id: str
    outcome: BreakOutcome


@dataclass(frozen=True, slots=True)
class Paused:
    """Reminders paused by the user until ``until``."""

    at: datetime
    until: datetime


@dataclass(frozen=True, slots=True)
class Resumed:
    """Reminders running again (pause ended or cancelled)."""

    at: datetime


@dataclass(frozen=True, slots=True)
class QuietChanged:
    """Quiet time (fullscreen, presenting) began or ended."""

    at: datetime
    quiet: bool
    reason: str


@dataclass(frozen=True, slots=True)
class RoutineStarted:
    """A guided routine session opened; ``offer_id`` is None for a self-started break."""

    at: datetime
    session_id: str
    routine_id: str
    mode: RoutineMode
    sets: int
    reps_per_direction: int
    offer_id: str | None = None


@dataclass(frozen=True, slots=True)
class RepCounted:
    """The rep count for one set and direction changed; ``reps`` is the new total.

    Carrying the total (not a +1) makes recording idempotent and lets an undo
    travel the same path.
    """

    at: datetime
    session_id: str
    set_number: int
    direction: Direction
    reps: int


@dataclass(frozen=True, slots=True)
class RoutineEnded:
    """A session closed, completed or not; reps already counted stay recorded."""

    at: datetime
    session_id: str
    completed: bool


@dataclass(frozen=True, slots=True)
class CheckIn:
    """How tight the upper back felt, 0 (loose) to 10 (very tight)."""

    at: datetime
    moment: CheckInMoment
    tightness: int
    session_id: str | None = None


Event = (
    StretchStarted
    | StretchEnded
    | NaturalBreak
    | BreakOffered
    | BreakSnoozed
    | BreakResolved
    | Paused
    | Resumed
    | QuietChanged
    | RoutineStarted
    | RepCounted
    | RoutineEnded
    | CheckIn
)


class EventSink(Protocol):
    """Where events go. Implementations must not raise for a bad store."""

    def record(self, event: Event) -> None: ...


class EventFanOut:
    """Passes each event to several sinks, in order."""

    def __init__(self, sinks: Iterable[EventSink] = ()) -> None:
        self._sinks: list[EventSink] = list(sinks)

    def add(self, sink: EventSink) -> None:
        self._sinks.append(sink)

    def record(self, event: Event) -> None:
        for sink in self._sinks:
            sink.record(event)


class RecordingSink:
    """Keeps every event in a list; for tests and for replay."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def record(self, event: Event) -> None:
        self.events.append(event)

    def of_type(self, kind: type[Event]) -> list[Event]:
        return [e for e in self.events if isinstance(e, kind)]
