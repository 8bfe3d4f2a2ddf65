"""How long someone has been sitting, read from input idle time.

The tracker is fed samples of ``(wall time, monotonic time, idle seconds)``
and keeps the current sitting stretch. It never sleeps and owns no timer: the
shell samples coarsely (every few seconds) and the arithmetic below makes the
result independent of the sampling period.

The rules, in the words of the people who use it:

* Reading or thinking without touching anything (idle shorter than
  ``short_idle_seconds``) is still sitting.
* Away at least ``natural_break_seconds`` (idle, screen locked or the machine
  asleep) is a break on its own: the stretch ends as a natural break and the
  sitting clock starts again from zero when they come back.
* Anything in between pauses the clock: it neither counts nor resets.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from desk_mobility.core.events import (
    EventSink,
    NaturalBreak,
    StretchEnd,
    StretchEnded,
    StretchStarted,
)

log = logging.getLogger(__name__)

# Wall time running this much ahead of monotonic time between two samples
# means the machine slept (or the clock was set forward): either way the user
# was not sitting at it.
SUSPEND_TOLERANCE_SECONDS = 15.0
STATE_VERSION = 1
# No reading of idle time is believed beyond this: longer is simply "away",
# and a wrapped or overflowed counter must not reach date arithmetic.
MAX_IDLE_SECONDS = 30 * 24 * 3600.0


def shifted(moment: datetime, seconds: float) -> datetime:
    """``moment`` moved by real elapsed seconds, shown in its own zone.

    Plain ``datetime + timedelta`` adds wall-clock time when the zone has
    daylight saving, which is an hour off across the change.
    """
    moved = moment.astimezone(UTC) + timedelta(seconds=seconds)
    return moved.astimezone(moment.tzinfo)


def seconds_between(earlier: datetime, later: datetime) -> float:
    """Real seconds between two aware instants (same-zone subtraction ignores DST)."""
    return later.timestamp() - earlier.timestamp()


def earliest(*moments: datetime) -> datetime:
    return min(moments, key=datetime.timestamp)


class Activity(StrEnum):
    """What the user is doing, as far as input tells."""

    ACTIVE = "active"  # typing, pointing, or reading briefly: the clock runs
    IDLE = "idle"  # idle past the short threshold: the clock is paused
    AWAY = "away"  # no stretch open: gone, or not yet back
    LOCKED = "locked"  # the screen is locked: away for as long as it lasts


@dataclass(frozen=True, slots=True)
class SittingSnapshot:
    """The tracker's state after a sample, for the break machine and the tray."""

    at: datetime
    activity: Activity
    sat_seconds: float
    stretch_started: datetime | None
    idle_seconds: float | None
    # Bumped whenever a stretch ends (natural break, break taken, shutdown),
    # so a reader can tell "a new stretch" from "the same stretch again".
    generation: int
    last_end: StretchEnd | None
    activity_known: bool


class SittingTracker:
    """Keeps the current sitting stretch; emits StretchStarted, StretchEnded, NaturalBreak.

    Every event goes to ``sink``. Durations come from the monotonic clock, so a
    daylight-saving change or a clock set backwards never adds or removes
    sitting time; wall time stamps the events and detects a suspend.
    """

    def __init__(
        self,
        sink: EventSink,
        *,
        short_idle_seconds: float = 120.0,
        natural_break_seconds: float = 300.0,
    ) -> None:
        self._sink = sink
        self._short = 0.0
        self._natural = 0.0
        self.configure(short_idle_seconds, natural_break_seconds)
        self._stretch_started: datetime | None = None
        self._sat = 0.0
        # Seconds of the current idle run that were counted as sitting; taken
        # back if the run turns out to be the start of a natural break.
        self._idle_run_counted = 0.0
        self._last_wall: datetime | None = None
        self._last_mono = 0.0
        self._last_boot: float | None = None
        self._clock_jump = 0.0  # wall-clock settings seen since take_clock_jump()
        self._last_idle: float | None = None
        self._known = True
        self._locked = False
        self._away_since: datetime | None = None
        # A natural break under way: away since then. It is recorded, whole,
        # when the user comes back (or when the app stops first).
        self._away_from: datetime | None = None
        self._generation = 0
        self._last_end: StretchEnd | None = None

    # -- configuration -------------------------------------------------------

    def configure(self, short_idle_seconds: float, natural_break_seconds: float) -> None:
        if not 0 < short_idle_seconds < natural_break_seconds:
            raise ValueError(
                f"short idle ({short_idle_seconds} s) must be positive and shorter than "
                f"a natural break ({natural_break_seconds} s)"
            )
        self._short = float(short_idle_seconds)
        self._natural = float(natural_break_seconds)

    @property
    def natural_break_seconds(self) -> float:
        return self._natural

    @property
    def short_idle_seconds(self) -> float:
        return self._short

    # -- input ---------------------------------------------------------------

    def sample(
        self,
        now: datetime,
        monotonic: float,
        idle_seconds: float | None,
        *,
        since_boot: float | None = None,
    ) -> SittingSnapshot:
        """Account for the time since the previous sample.

        ``idle_seconds`` is None when activity cannot be read: then every
        unlocked second counts as sitting, which is the honest fallback.
        ``since_boot`` (a clock that counts a suspend but not a clock change)
        tells the two apart; without it wall time running ahead of monotonic
        time is taken for a suspend.
        """
        idle_reading = self._plausible_idle(now, monotonic, idle_seconds)
        self._known = idle_reading is not None
        idle = 0.0 if idle_reading is None else idle_reading
        if self._last_wall is None:
            self._first_sample(now, idle)
        elif self._locked:
            self._check_away(now)
        else:
            awake = max(0.0, monotonic - self._last_mono)
            wall = seconds_between(self._last_wall, now)
            slept = wall - awake
            if since_boot is not None and self._last_boot is not None:
                elapsed = max(0.0, since_boot - self._last_boot)
                if abs(wall - elapsed) > SUSPEND_TOLERANCE_SECONDS:
                    log.info(
                        "wall clock set %+.0f s; durations and time away unaffected",
                        wall - elapsed,
                    )
                    self._clock_jump += wall - elapsed
                # Only real sleep is time away; a clock set forward is not.
                slept = elapsed - awake
                if slept <= SUSPEND_TOLERANCE_SECONDS:
                    slept = 0.0
            if slept > SUSPEND_TOLERANCE_SECONDS:
                log.info("wall clock ran %.0f s ahead of monotonic: counted as away", slept)
                self._slept(now, awake, slept, idle)
            else:
                if slept < -SUSPEND_TOLERANCE_SECONDS:
                    log.info("wall clock moved back %.0f s; durations unaffected", -slept)
                self._interval(now, awake, idle)
        self._last_wall = now
        self._last_mono = monotonic
        self._last_boot = since_boot
        self._last_idle = idle
        return self.snapshot(now)

    def take_clock_jump(self) -> float:
        """Seconds the wall clock was set by (not slept) since the last call; 0 if none."""
        jump, self._clock_jump = self._clock_jump, 0.0
        return jump

    def set_locked(self, locked: bool, now: datetime, monotonic: float) -> SittingSnapshot:
        """The screen was locked or unlocked: away for the whole locked time."""
        if locked == self._locked:
            return self.snapshot(now)
        if locked:
            if self._last_wall is not None:
                # No sample since the last one: assume no input in between.
                assumed_idle = (self._last_idle or 0.0) + max(0.0, monotonic - self._last_mono)
                self.sample(now, monotonic, assumed_idle if self._known else None)
            last_input = shifted(now, -(self._last_idle or 0.0))
            self._away_since = earliest(self._away_since or last_input, last_input)
            self._locked = True
            log.info("screen locked")
            self._check_away(now)
        else:
            self._check_away(now)
            self._locked = False
            log.info("screen unlocked")
            # The locked time is spent; the next sample starts from here.
            self._last_wall = now
            self._last_mono = monotonic
            self._last_boot = None  # unknown here: the next sample goes by the wall clock
            self._last_idle = 0.0
            self._idle_run_counted = 0.0
            self._away_since = None
            if self._stretch_started is None:
                self._start(now, 0.0)
        return self.snapshot(now)

    def end_stretch(self, now: datetime, ended_by: StretchEnd) -> None:
        """Close the stretch for a reason the tracker cannot see (a break taken)."""
        if self._stretch_started is not None:
            self._end(now, ended_by, self._sat)
        self._idle_run_counted = 0.0
        self._away_since = None

    # -- state ---------------------------------------------------------------

    def snapshot(self, now: datetime) -> SittingSnapshot:
        if self._locked:
            activity = Activity.LOCKED
        elif self._stretch_started is None:
            activity = Activity.AWAY
        elif (self._last_idle or 0.0) >= self._short:
            activity = Activity.IDLE
        else:
            activity = Activity.ACTIVE
        return SittingSnapshot(
            at=now,
            activity=activity,
            sat_seconds=self._sat,
            stretch_started=self._stretch_started,
            idle_seconds=self._last_idle if self._known else None,
            generation=self._generation,
            last_end=self._last_end,
            activity_known=self._known,
        )

    def export_state(self, now: datetime) -> dict[str, Any]:
        """What a relaunch needs to continue the stretch (JSON-ready)."""
        last_input = shifted(now, -(self._last_idle or 0.0))
        if self._locked and self._away_since is not None:
            last_input = self._away_since
        return {
            "version": STATE_VERSION,
            "saved_at": now.isoformat(),
            "stretch_started": (
                self._stretch_started.isoformat() if self._stretch_started else None
            ),
            "sat_seconds": round(self._sat - self._idle_run_counted, 3),
            "last_input": last_input.isoformat(),
        }

    def restore_state(self, data: dict[str, Any], now: datetime, monotonic: float) -> bool:
        """Continue a saved stretch if the user cannot have had a natural break since.

        Returns True when the stretch continues. A stretch too old to continue
        is closed with ``ended_by="shutdown"`` at the moment it was saved, so
        history keeps it.
        """
        try:
            if data.get("version") != STATE_VERSION or data.get("stretch_started") is None:
                return False
            saved_at = datetime.fromisoformat(str(data["saved_at"]))
            started = datetime.fromisoformat(str(data["stretch_started"]))
            last_input = datetime.fromisoformat(str(data["last_input"]))
            sat = float(data["sat_seconds"])
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("saved sitting state ignored: %s", exc)
            return False
        if saved_at.tzinfo is None or started.tzinfo is None or last_input.tzinfo is None:
            log.warning("saved sitting state ignored: times without a timezone")
            return False
        away = seconds_between(earliest(last_input, saved_at), now)
        if 0 <= away < self._natural and sat >= 0:
            self._stretch_started = started
            self._sat = sat
            self._idle_run_counted = 0.0
            self._last_wall = now
            self._last_mono = monotonic
            self._last_idle = away
            log.info("continuing a sitting stretch of %.0f s saved %.0f s ago", sat, away)
            return True
        self._sink.record(
            StretchEnded(
                at=saved_at, started=started, sat_seconds=max(sat, 0.0), ended_by="shutdown"
            )
        )
        self._generation += 1
        self._last_end = "shutdown"
        log.info("saved stretch too old to continue (%.0f s away)", away)
        return False

    # -- internals -----------------------------------------------------------

    def _plausible_idle(
        self, now: datetime, monotonic: float, idle_seconds: float | None
    ) -> float | None:
        """The idle reading with a desktop service's nonsense taken out.

        Not a number is "cannot be read". Idle time cannot grow faster than
        time passes, so a reading is capped at the last one plus the time
        since it (wall time, which also covers a suspend); a wrapped or
        overflowed counter would otherwise end the stretch years ago.
        """
        if idle_seconds is None:
            return None
        try:
            idle = float(idle_seconds)
        except (TypeError, ValueError):
            log.debug("idle reading %r is not a number", idle_seconds)
            return None
        if math.isnan(idle):
            return None
        idle = min(max(0.0, idle), MAX_IDLE_SECONDS)
        if self._last_wall is not None and self._last_idle is not None and self._known:
            elapsed = max(monotonic - self._last_mono, seconds_between(self._last_wall, now), 0.0)
            limit = self._last_idle + elapsed + SUSPEND_TOLERANCE_SECONDS
            if idle > limit:
                log.debug("idle reading %.0f s capped at %.0f s", idle, limit)
                idle = limit
        return idle

    def _first_sample(self, now: datetime, idle: float) -> None:
        if self._stretch_started is None and idle < self._short:
            self._start(shifted(now, -idle), idle)
            self._idle_run_counted = idle

    def _interval(self, now: datetime, awake: float, idle: float) -> None:
        """An ordinary stretch of awake time: split it into input and idle."""
        if self._stretch_started is None:
            if idle < self._short:
                back_at = shifted(now, -min(idle, awake))
                self._away_since = None
                self._start(back_at, min(idle, awake))
                self._idle_run_counted = min(idle, awake)
            return
        counted_before = min(max(idle - awake, 0.0), self._short)
        counted_now = min(idle, self._short)
        if idle < awake:  # there was input: a new idle run began at now - idle
            self._sat += (awake - idle) + counted_now
            self._idle_run_counted = counted_now
        else:
            self._sat += counted_now - counted_before
            self._idle_run_counted += counted_now - counted_before
        if idle >= self._natural:
            self._natural_break(now, shifted(now, -idle))

    def _slept(self, now: datetime, awake: float, slept: float, idle: float) -> None:
        """The machine slept between two samples: away from the last input on."""
        assert self._last_wall is not None
        last_input = shifted(self._last_wall, -(self._last_idle or 0.0))
        resumed = shifted(now, -awake)
        away = seconds_between(last_input, resumed)
        if self._stretch_started is not None and away >= self._natural:
            self._natural_break(now, last_input)
        if self._stretch_started is None:
            # Back only if there was input since the machine woke.
            if idle <= awake:
                self._interval(now, awake, idle)
        else:
            # A short nap pauses the clock; the awake part after it counts as usual.
            self._idle_run_counted = 0.0
            self._interval(now, awake, min(idle, awake))

    def _check_away(self, now: datetime) -> None:
        if self._stretch_started is None or self._away_since is None:
            return
        away = seconds_between(self._away_since, now)
        if away >= self._natural:
            self._natural_break(now, self._away_since)

    def finish_away(self, now: datetime) -> None:
        """The app stops while the user is away: record the natural break as far as it saw."""
        self._record_away(now)

    def _natural_break(self, now: datetime, away_since: datetime) -> None:
        """Away long enough: the stretch ends where input stopped; the break runs on."""
        sat = max(0.0, self._sat - self._idle_run_counted)
        self._end(away_since, "natural", sat)
        self._away_from = away_since
        log.info("natural break: away %.0f s so far", seconds_between(away_since, now))

    def _record_away(self, back_at: datetime) -> None:
        if self._away_from is None:
            return
        away = max(0.0, seconds_between(self._away_from, back_at))
        self._sink.record(NaturalBreak(at=back_at, away_since=self._away_from, away_seconds=away))
        log.info("natural break over: away %.0f s", away)
        self._away_from = None

    def _start(self, at: datetime, sat: float) -> None:
        self._record_away(at)
        self._stretch_started = at
        self._sat = sat
        self._sink.record(StretchStarted(at=at))

    def _end(self, at: datetime, ended_by: StretchEnd, sat: float) -> None:
        assert self._stretch_started is not None
        self._sink.record(
            StretchEnded(at=at, started=self._stretch_started, sat_seconds=sat, ended_by=ended_by)
        )
        self._stretch_started = None
        self._sat = 0.0
        self._idle_run_counted = 0.0
        self._generation += 1
        self._last_end = ended_by
