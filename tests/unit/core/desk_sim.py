"""A person at a desk, sampled the way the shell samples: a story-telling test helper.

Tests read like an afternoon: ``desk.types(minutes=49)``, ``desk.reads(seconds=90)``,
``desk.walks_away(minutes=6)``. Input idle time is measured on the monotonic
clock, as the X server and the other idle sources do, so it stops while the
machine sleeps.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from desk_mobility.core.breaks import BreakMachine, BreakStatus, Notice
from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import Event, RecordingSink
from desk_mobility.core.polite import PoliteMoment
from desk_mobility.core.settings import Settings
from desk_mobility.core.sitting import SittingSnapshot, SittingTracker

BERLIN = ZoneInfo("Europe/Berlin")
# A Monday morning inside the default working hours.
MONDAY_9AM = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)


class Desk:
    """One user, one machine, one break machine (or just a tracker)."""

    def __init__(
        self,
        start: datetime = MONDAY_9AM,
        *,
        settings: Settings | None = None,
        period: float = 10.0,
        tracker_only: bool = False,
        polite: PoliteMoment | None = None,
        clock: FakeClock | None = None,
        sink: RecordingSink | None = None,
        saved: dict[str, Any] | None = None,
        ids: Iterator[int] | None = None,
    ) -> None:
        self.clock = clock or FakeClock(start)
        self.sink = sink or RecordingSink()
        self.settings = settings or Settings()
        self._ids = ids or itertools.count(1)
        self.machine = BreakMachine(
            self.settings,
            self.sink,
            new_offer_id=lambda: f"offer-{next(self._ids)}",
            polite=polite,
        )
        if saved is not None:
            now, mono = self.clock.now(), self.clock.monotonic()
            self.machine.tracker.restore_state(saved["sitting"], now, mono)
            self.machine.restore_state(saved["breaks"], now)
        self.tracker: SittingTracker = self.machine.tracker
        self.tracker_only = tracker_only
        self.period = period
        self.fullscreen = False
        self.idle_known = True
        # Off: a system without a boot clock, where only the wall clock tells a suspend.
        self.boot_clock = True
        self.notices: list[Notice] = []
        self._last_input = self.clock.monotonic()
        self.snap: SittingSnapshot | None = None
        self.status: BreakStatus | None = None
        self.tick()

    # -- what the person does --------------------------------------------------

    def types(self, minutes: float = 0, seconds: float = 0) -> Desk:
        self._run(minutes * 60 + seconds, typing=True)
        return self

    def reads(self, minutes: float = 0, seconds: float = 0) -> Desk:
        """No input, still in the chair."""
        self._run(minutes * 60 + seconds, typing=False)
        return self

    walks_away = reads  # input cannot tell reading from walking: only duration can
    stays_idle = reads

    def touches(self) -> Desk:
        """One key press, sampled at once."""
        self._last_input = self.clock.monotonic()
        self.tick()
        return self

    def report(self, reason: str, active: bool, detail: str = "") -> Desk:
        """A watcher says a call or do-not-disturb began or ended; the shell checks at once."""
        self.machine.quiet_policy.report(reason, active, self.clock.now(), detail)
        self.tick()
        return self

    def sleeps(self, minutes: float) -> Desk:
        """The laptop lid closes: wall time moves, monotonic time and idle stand still."""
        self.clock.suspend(minutes * 60)
        return self

    def locks(self, minutes: float) -> Desk:
        self.status = self.machine.set_locked(True, self.clock.now(), self.clock.monotonic())
        self._run(minutes * 60, typing=False)
        self._last_input = self.clock.monotonic()
        self.status = self.machine.set_locked(False, self.clock.now(), self.clock.monotonic())
        self._collect()
        return self

    def quits(self) -> dict[str, Any]:
        """The app stops the way the shell stops it; returns the state it saves."""
        now = self.clock.now()
        self.machine.stop(now)
        self._collect()
        return {
            "sitting": self.machine.tracker.export_state(now),
            "breaks": json.loads(json.dumps(self.machine.export_state())),
        }

    def relaunch(self, saved: dict[str, Any], *, after_seconds: float = 5) -> Desk:
        """Start again from ``saved`` on the same clock and history, a little later."""
        self.clock.advance(after_seconds)
        return Desk(
            settings=self.settings,
            period=self.period,
            clock=self.clock,
            sink=self.sink,
            saved=saved,
            ids=self._ids,
        )

    def wait_until(self, when: datetime, typing: bool = True) -> Desk:
        self._run(when.timestamp() - self.clock.now().timestamp(), typing=typing)
        return self

    # -- sampling ----------------------------------------------------------------

    @property
    def idle(self) -> float:
        return self.clock.monotonic() - self._last_input

    def tick(self) -> None:
        idle = self.idle if self.idle_known else None
        now, mono = self.clock.now(), self.clock.monotonic()
        boot = self.clock.since_boot() if self.boot_clock else None
        if self.tracker_only:
            self.snap = self.tracker.sample(now, mono, idle, since_boot=boot)
            return
        self.status = self.machine.tick(
            now, mono, idle, fullscreen=self.fullscreen, since_boot=boot
        )
        self.snap = self.tracker.snapshot(now)
        self._collect()

    def _run(self, seconds: float, typing: bool) -> None:
        remaining = seconds
        while remaining > 1e-9:
            step = min(self.period, remaining)
            self.clock.advance(step)
            remaining -= step
            if typing:
                self._last_input = self.clock.monotonic()
            self.tick()

    def collect(self) -> None:
        """Pick up what the machine asked the shell to show or take down."""
        self._collect()

    def _collect(self) -> None:
        self.notices.extend(self.machine.take_notices())
        if self.snap is None or not self.tracker_only:
            self.snap = self.tracker.snapshot(self.clock.now())

    # -- reading -----------------------------------------------------------------

    @property
    def sat_minutes(self) -> float:
        assert self.snap is not None
        return self.snap.sat_seconds / 60

    def events(self, kind: type[Event]) -> list[Event]:
        return self.sink.of_type(kind)
