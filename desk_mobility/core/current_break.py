"""The one break in play, from its offer (or the user's own start) to its end.

A break has two halves: the offer (shown, snoozed, shown again, then taken,
skipped or made moot) and the guide the user opens for it. ``CurrentBreak``
holds both, with their ids, and is the only code that records an offer's
steps or hands out a guide break, so each offer is resolved once and each
guide break ends once. ``BreakMachine`` decides *when* each step happens;
this object makes sure it happens exactly once, and tells the shell what to
show or take down (``Offer`` and ``Withdrawal`` notices).

A break the user starts with no offer open is self-started: its guide break
has no offer id, and nothing about it is recorded as an offer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk_mobility.core.events import (
    BreakOffered,
    BreakOutcome,
    BreakResolved,
    BreakSnoozed,
    EventSink,
)
from desk_mobility.core.sitting import shifted

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Offer:
    """Show (or show again) the break offer; a re-offer keeps the same id."""

    at: datetime
    offer_id: str
    sat_seconds: float
    reoffer: bool


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """The open offer is answered or moot: take the notification down."""

    at: datetime
    offer_id: str


Notice = Offer | Withdrawal


@dataclass(frozen=True, slots=True)
class GuideBreak:
    """A break the guide is open for; ``offer_id`` is None when the user started it."""

    break_id: str
    offer_id: str | None
    started_at: datetime

    @property
    def self_started(self) -> bool:
        return self.offer_id is None


class CurrentBreak:
    """The open offer (at most one) and the guide break (at most one), with their ids."""

    def __init__(self, sink: EventSink, new_id: Callable[[], str]) -> None:
        self._sink = sink
        self._new_id = new_id
        self._offer_id: str | None = None
        self._offered_at: datetime | None = None  # when it was last shown
        self._on_screen = False
        self._snoozed_until: datetime | None = None
        self._guide: GuideBreak | None = None
        self._notices: list[Notice] = []
        # The id of an offer the app stopped with (already recorded as expired):
        # offered again in the same stretch, it is the same break again.
        self._carried: str | None = None

    # -- reading -------------------------------------------------------------

    @property
    def offer_id(self) -> str | None:
        return self._offer_id

    @property
    def offered_at(self) -> datetime | None:
        return self._offered_at

    @property
    def snoozed_until(self) -> datetime | None:
        return self._snoozed_until

    @property
    def guide(self) -> GuideBreak | None:
        return self._guide

    @property
    def carried(self) -> str | None:
        return self._carried

    def answers(self, offer_id: str | None) -> bool:
        """Whether an answer naming ``offer_id`` is for the open offer (None: whichever is open)."""
        if not offer_id or offer_id == self._offer_id:
            return True
        log.info("an answer for offer %s ignored: the open offer is %s", offer_id, self._offer_id)
        return False

    def take_notices(self) -> list[Notice]:
        notices, self._notices = self._notices, []
        return notices

    # -- the offer -----------------------------------------------------------

    def offer(self, now: datetime, sat_seconds: float) -> Offer:
        """Show the offer: a new one, or the open one again under the same id."""
        if self._offer_id is None and self._carried is not None:
            self._offer_id, self._carried = self._carried, None
            reoffer = True
        else:
            reoffer = self._offer_id is not None
        if self._offer_id is None:
            self._offer_id = self._new_id()
        self._offered_at = now
        self._snoozed_until = None
        self._on_screen = True
        self._sink.record(
            BreakOffered(at=now, offer_id=self._offer_id, sat_seconds=sat_seconds, reoffer=reoffer)
        )
        notice = Offer(now, self._offer_id, sat_seconds, reoffer)
        self._notices.append(notice)
        kind = "offered again" if reoffer else "due"
        log.info("break %s after %.0f s of sitting", kind, sat_seconds)
        return notice

    def hold(self, now: datetime) -> None:
        """The open offer stays open but is not shown now; the re-offer interval counts from now."""
        self.withdraw(now)
        self._offered_at = now

    def withdraw(self, now: datetime) -> None:
        """Take the offer off the screen; it stays open."""
        if self._on_screen and self._offer_id is not None:
            self._notices.append(Withdrawal(now, self._offer_id))
        self._on_screen = False

    def snooze(self, now: datetime, until: datetime, minutes: int) -> None:
        """Postpone the break; the offer stays the same and comes back at ``until``."""
        self.withdraw(now)
        self._snoozed_until = until
        if self._offer_id is not None:
            self._sink.record(
                BreakSnoozed(at=now, offer_id=self._offer_id, until=until, snooze_minutes=minutes)
            )
            log.info("break snoozed until %s", until.isoformat(timespec="minutes"))

    def clear_snooze(self) -> None:
        self._snoozed_until = None

    def follow_clock(self, jump: float) -> None:
        """The wall clock was set by ``jump`` seconds: the snooze and the time of
        the last showing keep their real distance from now."""
        if self._snoozed_until is not None:
            self._snoozed_until = shifted(self._snoozed_until, jump)
        if self._offered_at is not None:
            self._offered_at = shifted(self._offered_at, jump)

    def resolve(self, now: datetime, outcome: BreakOutcome) -> bool:
        """What finally became of the open offer; recorded once, then the offer is gone."""
        self.withdraw(now)
        self._snoozed_until = None
        if self._offer_id is None:
            return False
        self._sink.record(BreakResolved(at=now, offer_id=self._offer_id, outcome=outcome))
        log.info("break %s", outcome)
        self._offer_id = None
        self._offered_at = None
        return True

    # -- the guide -----------------------------------------------------------

    def begin(self, now: datetime) -> GuideBreak | None:
        """The guide opens for the open offer, or self-started when none is open."""
        if self._guide is not None:
            return None
        self.withdraw(now)
        self._snoozed_until = None
        self._carried = None  # a break started before the carried one came back is its own
        self._guide = GuideBreak(self._new_id(), self._offer_id, now)
        log.info(
            "break %s begins (%s)",
            self._guide.break_id,
            "self-started" if self._offer_id is None else f"offer {self._offer_id}",
        )
        return self._guide

    def end(self, break_id: str | None) -> GuideBreak | None:
        """The guide closed; only the first end of the break in the guide counts."""
        guide = self._guide
        if guide is None or (break_id is not None and break_id != guide.break_id):
            log.info("end of break %s ignored: it is not the break in the guide", break_id)
            return None
        self._guide = None
        return guide

    # -- state across restarts -----------------------------------------------

    def export_state(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "offer_id": self._offer_id,
            "offered_at": iso(self._offered_at),
            "snoozed_until": iso(self._snoozed_until),
        }

    def carry(self, offer_id: str | None) -> None:
        """The offer the app stopped with: the next offer of this stretch reopens it."""
        self._carried = offer_id

    def restore(
        self, offer_id: str | None, offered_at: datetime | None, snoozed_until: datetime | None
    ) -> None:
        """Carry a saved offer into this run: it is the same break, under the same id."""
        self._offer_id = offer_id
        self._offered_at = offered_at
        self._snoozed_until = snoozed_until
        self._on_screen = False
