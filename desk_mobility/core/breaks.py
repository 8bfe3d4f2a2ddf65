"""When a break is due, and what became of it.

``BreakMachine`` is the break policy: one ``BreakStage`` and one transition
function, ``_goto``, that holds every side effect of entering and leaving a
stage. The shell calls ``tick`` with a fresh idle sample every few seconds,
calls the user's intents (snooze, skip, start, done, pause) when they happen,
and shows the ``BreakStatus`` that comes back. It owns no timer; it says when
it next needs to look (``next_wakeup``) so the shell can sleep until then.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from desk_mobility.core.current_break import (
    CurrentBreak,
    GuideBreak,
    Notice,
    Offer,
    Withdrawal,
)
from desk_mobility.core.events import (
    BreakOutcome,
    EventSink,
    Paused,
    QuietChanged,
    Resumed,
)
from desk_mobility.core.polite import PoliteMoment
from desk_mobility.core.quiet import CALL, DND, FULLSCREEN, Quiet, QuietPolicy
from desk_mobility.core.settings import WEEKDAYS, Settings
from desk_mobility.core.sitting import (
    Activity,
    SittingSnapshot,
    SittingTracker,
    earliest,
    seconds_between,
    shifted,
)

__all__ = [
    "BreakMachine",
    "BreakStage",
    "BreakStatus",
    "GuideBreak",
    "Notice",
    "Offer",
    "Withdrawal",
    "is_working_time",
    "next_hours_boundary",
    "with_idle_source",
]

log = logging.getLogger(__name__)
STATE_VERSION = 2

# "Until tomorrow" said in the small hours means the coming morning.
NIGHT_ENDS = time(4, 0)
FULLSCREEN_REASON = FULLSCREEN


class BreakStage(StrEnum):
    """Where the break cycle stands; the tray and ``--status`` show it."""

    SITTING = "sitting"  # counting towards the next break
    DUE = "due"  # offered, waiting for an answer
    SNOOZED = "snoozed"  # postponed for a few minutes
    IN_BREAK = "in_break"  # the guide is open
    PAUSED = "paused"  # reminders paused by the user until a time
    QUIET = "quiet"  # a call, do-not-disturb, fullscreen: nothing is offered, a due break waits
    OFF_HOURS = "off_hours"  # outside working days or hours: nothing is due


@dataclass(frozen=True, slots=True)
class BreakStatus:
    """Everything the tray tooltip and ``--status`` show, at one instant."""

    at: datetime
    stage: BreakStage
    activity: Activity
    activity_known: bool
    sat_seconds: float
    stretch_started: datetime | None
    seconds_to_due: float | None  # sitting seconds left before the break is due
    next_due: datetime | None  # when it is due if they keep sitting
    snoozed_until: datetime | None
    paused_until: datetime | None
    quiet: bool
    quiet_reason: str | None
    waiting: bool  # a due break is held back by quiet time
    offer_id: str | None
    idle_source: str = ""
    quiet_since: datetime | None = None
    quiet_detail: str = ""  # the program or service behind the quiet reason
    quiet_overridden: bool = False  # "remind me anyway" during quiet time
    held_for_pause: bool = False  # due, the notification waits for a pause in input

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (times as ISO 8601 with offset)."""

        def iso(value: datetime | None) -> str | None:
            return value.isoformat(timespec="seconds") if value else None

        return {
            "at": iso(self.at),
            "stage": self.stage.value,
            "activity": self.activity.value if self.activity_known else "unknown",
            "sat_seconds": round(self.sat_seconds),
            "stretch_started": iso(self.stretch_started),
            "seconds_to_due": (None if self.seconds_to_due is None else round(self.seconds_to_due)),
            "next_due": iso(self.next_due),
            "snoozed_until": iso(self.snoozed_until),
            "paused_until": iso(self.paused_until),
            "quiet": self.quiet,
            "quiet_reason": self.quiet_reason,
            "waiting": self.waiting,
            "offer_id": self.offer_id,
            "idle_source": self.idle_source,
            "quiet_since": iso(self.quiet_since),
            "quiet_detail": self.quiet_detail or None,
            "quiet_overridden": self.quiet_overridden,
            "held_for_pause": self.held_for_pause,
        }


def is_working_time(now: datetime, settings: Settings) -> bool:
    """Inside the working days and hours, in the user's local time."""
    day = WEEKDAYS[now.weekday()]
    return day in settings.working_days and settings.work_start <= now.time() < settings.work_end


def next_hours_boundary(now: datetime, settings: Settings) -> datetime | None:
    """The next moment working time starts or ends, or None if there are no working days."""
    if is_working_time(now, settings):
        return _at(now, now.date(), settings.work_end)
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        if WEEKDAYS[day.weekday()] not in settings.working_days:
            continue
        start = _at(now, day, settings.work_start)
        if seconds_between(now, start) > 0:
            return start
    return None


def _at(now: datetime, day: date, clock_time: time) -> datetime:
    """A local wall time on ``day`` in the zone ``now`` lives in."""
    return datetime.combine(day, clock_time, tzinfo=now.tzinfo)


class BreakMachine:
    """The break policy; emits BreakOffered, BreakSnoozed, BreakResolved, Paused, Resumed.

    Events go to ``sink``; what the shell must show or take down is queued as
    ``Offer``/``Withdrawal`` notices (``take_notices``). The break in play (its
    offer and its guide) is held by one ``CurrentBreak``; this class decides
    when it moves. The sitting tracker it drives is created here unless one is
    passed in.
    """

    def __init__(
        self,
        settings: Settings,
        sink: EventSink,
        tracker: SittingTracker | None = None,
        new_offer_id: Callable[[], str] | None = None,
        *,
        quiet: QuietPolicy | None = None,
        polite: PoliteMoment | None = None,
    ) -> None:
        """``quiet`` answers "is it quiet now"; ``polite`` (None: show at once) "may I show"."""
        self._settings = settings
        self._sink = sink
        self._tracker = tracker or SittingTracker(sink)
        self._tracker.configure(settings.short_idle_seconds, settings.natural_break_minutes * 60)
        self._break = CurrentBreak(sink, new_offer_id or (lambda: uuid.uuid4().hex))
        self._stage = BreakStage.SITTING
        self._snap: SittingSnapshot | None = None
        self._seen_generation = 0
        self._skip_base = 0.0  # sitting seconds already "spent" by a skip
        self._paused_until: datetime | None = None
        self._quiet = False
        self._waiting = False
        self._quiet_policy = quiet or QuietPolicy()
        self._quiet_now: Quiet | None = None
        self._polite = polite
        # A due break waiting for a polite moment: when it came due and the sitting then.
        self._held: tuple[datetime, float] | None = None
        self._idle_seconds: float | None = None
        self._configure_quiet(settings)

    # -- reading -------------------------------------------------------------

    @property
    def stage(self) -> BreakStage:
        return self._stage

    @property
    def tracker(self) -> SittingTracker:
        return self._tracker

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def current(self) -> CurrentBreak:
        """The break in play: its open offer and the guide break, if any."""
        return self._break

    def take_notices(self) -> list[Notice]:
        return self._break.take_notices()

    def status(self, now: datetime) -> BreakStatus:
        snap = self._snap or self._tracker.snapshot(now)
        sat = snap.sat_seconds
        left = max(0.0, self._threshold() - sat)
        to_due: float | None = left
        next_due: datetime | None = None
        snoozed_until = self._break.snoozed_until
        stage = self._stage
        if stage is BreakStage.SITTING:
            next_due = shifted(now, left)
        elif stage is BreakStage.QUIET:
            if self._waiting:
                to_due = 0.0
            elif snoozed_until is not None:
                next_due = snoozed_until
            else:
                next_due = shifted(now, left)
        elif stage is BreakStage.SNOOZED:
            next_due = snoozed_until
        elif stage is BreakStage.DUE:
            to_due = 0.0
            next_due = self._break.offered_at
        elif stage is BreakStage.IN_BREAK:
            to_due = None
        return BreakStatus(
            at=now,
            stage=self._stage,
            activity=snap.activity,
            activity_known=snap.activity_known,
            sat_seconds=sat,
            stretch_started=snap.stretch_started,
            seconds_to_due=to_due,
            next_due=next_due,
            snoozed_until=snoozed_until,
            paused_until=self._paused_until,
            quiet=self._quiet,
            quiet_reason=self._quiet_now.reason if self._quiet_now else None,
            waiting=self._waiting,
            offer_id=self._break.offer_id,
            quiet_since=self._quiet_now.since if self._quiet_now else None,
            quiet_detail=self._quiet_now.detail if self._quiet_now else "",
            quiet_overridden=self._quiet_policy.overridden,
            held_for_pause=self._held is not None,
        )

    def next_wakeup(self, now: datetime) -> datetime | None:
        """The next moment something changes without new input, if any.

        Between samples the shell may sleep until then; idle sampling still
        decides everything that depends on the user.
        """
        candidates: list[datetime] = []
        stage = self._stage
        sat = self._snap.sat_seconds if self._snap else 0.0
        snoozed_until = self._break.snoozed_until
        offered_at = self._break.offered_at
        if stage is BreakStage.SITTING:
            candidates.append(shifted(now, max(0.0, self._threshold() - sat)))
        if snoozed_until and stage in (BreakStage.SNOOZED, BreakStage.QUIET):
            candidates.append(snoozed_until)
        if stage is BreakStage.DUE and offered_at is not None:
            candidates.append(shifted(offered_at, self._settings.reoffer_minutes * 60))
        if stage is BreakStage.PAUSED and self._paused_until is not None:
            candidates.append(self._paused_until)
        if stage is not BreakStage.IN_BREAK:
            boundary = next_hours_boundary(now, self._settings)
            if boundary is not None:
                candidates.append(boundary)
        for look in (self._polite_next_look(now), self._quiet_next_look(now)):
            if look is not None:
                candidates.append(look)
        if not candidates:
            return None
        first = earliest(*candidates)
        return now if first.timestamp() < now.timestamp() else first

    # -- input ---------------------------------------------------------------

    def tick(
        self,
        now: datetime,
        monotonic: float,
        idle_seconds: float | None,
        *,
        fullscreen: bool | None = False,
        since_boot: float | None = None,
    ) -> BreakStatus:
        """Take an idle sample and move the cycle on; returns the status to show.

        ``since_boot`` (``Clock.since_boot``) tells a suspend from a clock change.
        """
        self._snap = self._tracker.sample(now, monotonic, idle_seconds, since_boot=since_boot)
        self._follow_clock(self._tracker.take_clock_jump())
        self._idle_seconds = idle_seconds
        self._quiet_policy.report(FULLSCREEN, bool(fullscreen), now)
        self._update_quiet(now)
        self._evaluate(now)
        return self.status(now)

    def _follow_clock(self, jump: float) -> None:
        """Someone set the wall clock by ``jump`` seconds: a snooze and a re-offer keep
        their real length. A pause keeps its wall time: "until tomorrow" means the clock."""
        if jump:
            self._break.follow_clock(jump)

    def set_locked(self, locked: bool, now: datetime, monotonic: float) -> BreakStatus:
        """The screen was locked or unlocked."""
        self._snap = self._tracker.set_locked(locked, now, monotonic)
        self._evaluate(now)
        return self.status(now)

    def apply_settings(self, settings: Settings, now: datetime) -> BreakStatus:
        """New settings take effect at once (a shorter interval may make a break due now)."""
        self._settings = settings
        self._tracker.configure(settings.short_idle_seconds, settings.natural_break_minutes * 60)
        self._configure_quiet(settings)
        self._update_quiet(now)
        self._evaluate(now)
        return self.status(now)

    def start_break(self, now: datetime, offer_id: str | None = None) -> GuideBreak | None:
        """The guide opens: from the notification, the tray, the window or ``--break-now``.

        An offer that is open (due, snoozed, or waiting for quiet time to end)
        is the break being taken, whichever way the user came in; with none
        open the break is self-started. ``offer_id`` is the offer an answer
        names: one that is no longer open is logged, and the break still
        starts. Returns None while a break is already in the guide.
        """
        if self._stage is BreakStage.IN_BREAK:
            return None
        self._break.answers(offer_id)
        guide = self._break.begin(now)
        if guide is None:
            return None
        self._goto(BreakStage.IN_BREAK, now)
        return guide

    def finish_break(self, now: datetime, completed: bool, break_id: str | None = None) -> bool:
        """The guide closed; only the first end of the break in the guide counts.

        A finished drill resets the sitting clock. An abandoned drill leaves an
        offered break open (it is offered again, gently, after the re-offer
        interval); an abandoned self-started one just goes away.
        """
        if self._stage is not BreakStage.IN_BREAK:
            return False
        guide = self._break.end(break_id)
        if guide is None:
            return False
        if completed:
            self._break.resolve(now, "taken")
            self._goto(BreakStage.SITTING, now)
            self._tracker.end_stretch(now, "break")
            self._snap = self._tracker.snapshot(now)
            self._seen_generation = self._snap.generation
            self._skip_base = 0.0
        elif self._break.offer_id is not None:
            self._goto(BreakStage.DUE, now, announce=False)
        else:
            self._goto(BreakStage.SITTING, now)
        self._evaluate(now)
        return True

    def snooze(self, now: datetime, offer_id: str | None = None) -> bool:
        """Postpone a due break by the snooze length (wall time); the offer stays the same."""
        if not self._has_due_break() or not self._break.answers(offer_id):
            return False
        minutes = self._settings.snooze_minutes
        self._break.snooze(now, shifted(now, minutes * 60), minutes)
        if self._stage is BreakStage.QUIET:
            self._waiting = False
        else:
            self._goto(BreakStage.SNOOZED, now)
        return True

    def skip(self, now: datetime, offer_id: str | None = None) -> bool:
        """Let this break go; the next one is a full interval of sitting away."""
        if not self._has_due_break() or not self._break.answers(offer_id):
            return False
        self._skip_base = self._snap.sat_seconds if self._snap else 0.0
        if self._stage is BreakStage.QUIET:
            self._break.resolve(now, "skipped")
            self._waiting = False
        else:
            self._goto(BreakStage.SITTING, now, outcome="skipped")
        return True

    def pause_for(self, now: datetime, minutes: float) -> datetime:
        """No reminders for ``minutes``; returns when they start again."""
        if minutes <= 0:
            raise ValueError(f"pause minutes must be positive, got {minutes}")
        return self._pause(now, shifted(now, minutes * 60))

    def pause_until_tomorrow(self, now: datetime) -> datetime:
        """No reminders until working hours start on the next working day.

        Said on a Friday evening, "tomorrow" is Monday morning: nothing is due
        at the weekend anyway, and the tray should name the day reminders
        really come back, not a Saturday that passes without them.
        """
        day = now.date() if now.time() < NIGHT_ENDS else now.date() + timedelta(days=1)
        for offset in range(7):
            candidate = day + timedelta(days=offset)
            if WEEKDAYS[candidate.weekday()] in self._settings.working_days:
                day = candidate
                break
        return self._pause(now, _at(now, day, self._settings.work_start))

    def resume(self, now: datetime) -> bool:
        """End a pause early."""
        if self._paused_until is None:
            return False
        self._end_pause(now)
        self._evaluate(now)
        return True

    def stop(self, now: datetime) -> None:
        """The app is stopping: an offer on screen is recorded as expired.

        It is carried in the saved state, so a relaunch within the same
        stretch offers the same break again (and the store reopens it). A
        snoozed offer needs nothing: it says snoozed, and the snooze is saved.
        A natural break under way is recorded as far as it went.
        """
        self._tracker.finish_away(now)
        if self._stage is BreakStage.IN_BREAK:
            return  # the guide closing ends the break first; nothing is open on screen
        offer_id = self._break.offer_id
        if offer_id is None or self._break.snoozed_until is not None:
            return
        self._break.resolve(now, "expired")
        self._break.carry(offer_id)  # saved: a relaunch in this stretch offers it again

    # -- state across restarts -----------------------------------------------

    def export_state(self) -> dict[str, Any]:
        """The pause, and the break in play with the stretch it belongs to."""
        snap = self._snap
        started = snap.stretch_started if snap is not None else None
        state: dict[str, Any] = {
            "version": STATE_VERSION,
            "paused_until": self._paused_until.isoformat() if self._paused_until else None,
            "stretch_started": started.isoformat() if started else None,
            "skip_base": self._skip_base,
            **self._break.export_state(),
            "stopped_offer": self._break.carried,
        }
        return state

    def restore_state(self, data: dict[str, Any], now: datetime) -> None:
        """Continue a saved pause, and the saved break if its stretch continues.

        Call after the tracker restored its stretch. A saved offer whose
        stretch did not continue is moot: it is recorded as expired, unless
        the app already did so when it stopped.
        """
        self._restore_break(data, now)
        until = _saved_time(data, "paused_until")
        if until is not None and seconds_between(now, until) > 0:
            self._pause(now, until, record=False)

    def _restore_break(self, data: dict[str, Any], now: datetime) -> None:
        if data.get("version") != STATE_VERSION:
            return
        raw_offer, raw_stopped = data.get("offer_id"), data.get("stopped_offer")
        offer_id = raw_offer if isinstance(raw_offer, str) else None
        stopped = raw_stopped if isinstance(raw_stopped, str) else None
        saved_stretch = _saved_time(data, "stretch_started")
        current = self._tracker.snapshot(now).stretch_started
        if saved_stretch is None or current is None or current != saved_stretch:
            if offer_id is not None:  # still open when saved (a crash, or a snooze)
                self._break.restore(offer_id, None, None)
                self._break.resolve(now, "expired")
            return  # an offer the app stopped with was recorded then
        skip_base = data.get("skip_base")
        if isinstance(skip_base, int | float) and skip_base >= 0:
            self._skip_base = float(skip_base)
        self._break.carry(stopped)
        if offer_id is None:
            return
        snoozed_until = _saved_time(data, "snoozed_until")
        self._break.restore(offer_id, _saved_time(data, "offered_at"), snoozed_until)
        if snoozed_until is not None:
            self._stage = BreakStage.SNOOZED
        log.info("continuing break offer %s from before the restart", offer_id)

    # -- the cycle -----------------------------------------------------------

    def _threshold(self) -> float:
        return self._skip_base + self._settings.sit_minutes * 60

    def _has_due_break(self) -> bool:
        return self._stage is BreakStage.DUE or (self._stage is BreakStage.QUIET and self._waiting)

    def _pause(self, now: datetime, until: datetime, *, record: bool = True) -> datetime:
        self._paused_until = until
        if record:
            self._sink.record(Paused(at=now, until=until))
        log.info("reminders paused until %s", until.isoformat())
        if self._stage is not BreakStage.IN_BREAK:
            self._goto(BreakStage.PAUSED, now, outcome="expired")
        return until

    def _end_pause(self, now: datetime) -> None:
        self._paused_until = None
        self._sink.record(Resumed(at=now))
        log.info("reminders resumed")
        if self._stage is BreakStage.PAUSED:
            self._goto(BreakStage.SITTING, now)

    def _evaluate(self, now: datetime) -> None:
        """Decide the stage from the facts: the order below is the priority."""
        snap = self._snap or self._tracker.snapshot(now)
        if snap.generation != self._seen_generation:
            self._seen_generation = snap.generation
            self._on_stretch_reset(now, snap)
        if self._stage is BreakStage.IN_BREAK:
            return
        if self._paused_until is not None:
            if seconds_between(now, self._paused_until) > 0:
                if self._stage is not BreakStage.PAUSED:
                    self._goto(BreakStage.PAUSED, now, outcome="expired")
                return
            self._end_pause(now)
        if not is_working_time(now, self._settings):
            if self._stage is not BreakStage.OFF_HOURS:
                self._goto(BreakStage.OFF_HOURS, now, outcome="expired")
            return
        if self._stage is BreakStage.OFF_HOURS:
            self._goto(BreakStage.SITTING, now)
        due_by_sitting = snap.sat_seconds >= self._threshold()
        snoozed_until = self._break.snoozed_until
        snooze_over = snoozed_until is not None and seconds_between(snoozed_until, now) >= 0
        if self._quiet:
            if self._stage is not BreakStage.QUIET:
                self._goto(BreakStage.QUIET, now)
            if not self._waiting and (snooze_over or (snoozed_until is None and due_by_sitting)):
                self._break.clear_snooze()
                self._waiting = True
                log.info("a break is due but waits for quiet time to end")
            return
        if self._stage is BreakStage.QUIET:
            if self._waiting or snooze_over:
                self._arm_catch_up(now)
                self._goto(BreakStage.DUE, now)
            elif snoozed_until is not None:
                self._goto(BreakStage.SNOOZED, now)
            else:
                self._goto(BreakStage.SITTING, now)
        stage = self._stage
        if (stage is BreakStage.SNOOZED and snooze_over) or (
            stage is BreakStage.SITTING and due_by_sitting
        ):
            self._goto(BreakStage.DUE, now)
        elif self._stage is BreakStage.DUE and not self._release_held(now):
            self._maybe_reoffer(now, snap)

    def _on_stretch_reset(self, now: datetime, snap: SittingSnapshot) -> None:
        """A stretch ended: whatever was pending for it is moot."""
        self._skip_base = 0.0
        self._break.carry(None)
        if self._stage is BreakStage.IN_BREAK:
            return
        outcome: BreakOutcome = "natural" if snap.last_end == "natural" else "expired"
        if self._stage in (BreakStage.DUE, BreakStage.SNOOZED):
            self._goto(BreakStage.SITTING, now, outcome=outcome)
        else:
            self._break.resolve(now, outcome)
        self._waiting = False

    def _maybe_reoffer(self, now: datetime, snap: SittingSnapshot) -> None:
        """Offer an ignored break again, no more often than the re-offer interval.

        Only while the user is at the keyboard: a re-offer to an empty chair
        would greet them with a stale pile when they come back.
        """
        offered_at = self._break.offered_at
        if offered_at is None or self._break.offer_id is None:
            return
        if seconds_between(offered_at, now) < self._settings.reoffer_minutes * 60:
            return
        if snap.activity is not Activity.ACTIVE or not self._polite_allows(now):
            return
        self._break.offer(now, snap.sat_seconds)

    def _goto(
        self,
        stage: BreakStage,
        now: datetime,
        *,
        outcome: BreakOutcome | None = None,
        announce: bool = True,
    ) -> None:
        """The one place the stage changes; every entry and exit effect lives here.

        ``outcome`` resolves the open offer on the way (skipped, natural,
        expired). ``announce=False`` re-enters DUE without offering again at
        once (the re-offer interval starts instead).
        """
        old = self._stage
        if old is stage:
            return
        sat = self._snap.sat_seconds if self._snap else 0.0
        if old is BreakStage.DUE:
            self._drop_held()
            self._break.withdraw(now)
        if outcome is not None:
            self._break.resolve(now, outcome)
        self._stage = stage
        log.debug("break stage %s -> %s", old.value, stage.value)
        if stage in (BreakStage.SITTING, BreakStage.PAUSED, BreakStage.OFF_HOURS):
            self._waiting = False
            self._break.clear_snooze()
        elif stage is BreakStage.QUIET:
            if old is BreakStage.DUE:
                self._waiting = True
        elif stage is BreakStage.IN_BREAK:
            self._waiting = False
        elif stage is BreakStage.DUE:
            self._waiting = False
            if announce:
                self._announce(now, sat)
            else:
                self._break.hold(now)

    def _announce(self, now: datetime, sat: float) -> None:
        """Show the offer, or hold it for a polite moment.

        A held break gets no offer id until it shows, so a break that quiet
        time takes down before it ever showed is a first offer (with its
        chime) when it finally does.
        """
        if not self._polite_allows(now):
            self._held = (now, sat)
            log.info("break due; the notification waits for a pause in typing")
            return
        self._break.offer(now, sat)

    # -- quiet time and the polite moment (asked of the injected policies) -----

    @property
    def quiet_policy(self) -> QuietPolicy:
        """Where watchers report calls and do-not-disturb; read at the next tick."""
        return self._quiet_policy

    def remind_anyway(self, now: datetime) -> bool:
        """The user overrides quiet time: a waiting break is offered at once."""
        if not self._quiet_policy.override(now):
            return False
        log.info("quiet time overridden: reminders go ahead")
        if self._polite is not None:
            self._polite.open_now()
        self._update_quiet(now)
        self._evaluate(now)
        return True

    def _configure_quiet(self, settings: Settings) -> None:
        enabled = [
            reason
            for reason, on in (
                (CALL, settings.quiet_during_calls),
                (DND, settings.quiet_when_dnd),
                (FULLSCREEN, settings.quiet_when_fullscreen),
            )
            if on
        ]
        self._quiet_policy.configure(enabled)
        if self._polite is not None:
            self._polite.configure(settings.polite_pause_seconds, settings.polite_cap_seconds)

    def _update_quiet(self, now: datetime) -> None:
        """Take the policy's answer; each change of reason is one recorded quiet period."""
        quiet = self._quiet_policy.current()
        old = self._quiet_now
        self._quiet_now, self._quiet = quiet, quiet is not None
        if (old.reason if old else None) == (quiet.reason if quiet else None):
            return
        if old is not None:
            self._sink.record(QuietChanged(at=now, quiet=False, reason=old.reason))
            log.info("quiet time ended (%s)", old.reason)
        if quiet is not None:
            self._sink.record(QuietChanged(at=now, quiet=True, reason=quiet.reason))
            log.info("quiet time began (%s)", quiet.words)

    def _polite_allows(self, now: datetime) -> bool:
        if self._polite is None:
            return True
        if self._polite.may_show(now, self._idle_seconds):
            self._polite.disarm()
            return True
        return False

    def _polite_next_look(self, now: datetime) -> datetime | None:
        if self._polite is None or self._stage is not BreakStage.DUE:
            return None
        return self._polite.next_look(now, self._idle_seconds)

    def _quiet_next_look(self, now: datetime) -> datetime | None:
        """During quiet time, when the break comes due (to wait), so --status says so then."""
        if self._stage is not BreakStage.QUIET or self._waiting or self._break.snoozed_until:
            return None
        sat = self._snap.sat_seconds if self._snap else 0.0
        return shifted(now, max(0.0, self._threshold() - sat))

    def _arm_catch_up(self, now: datetime) -> None:
        """A break that waited out a call or do-not-disturb waits at most a minute more."""
        if self._polite is not None:
            self._polite.arm(now, catch_up=True)

    def _release_held(self, now: datetime) -> bool:
        """Show the held offer if the moment has come; True while one was held."""
        held = self._held
        if held is None:
            return False
        if self._polite_allows(now):
            self._held = None
            sat = self._snap.sat_seconds if self._snap else held[1]
            self._break.offer(now, sat)
        return True

    def _drop_held(self) -> bool:
        """Leaving DUE before the held offer showed: nothing to take down."""
        if self._polite is not None:
            self._polite.disarm()
        if self._held is None:
            return False
        self._held = None
        return True


def _saved_time(data: dict[str, Any], key: str) -> datetime | None:
    """An aware time from the saved state, or None (a bad value is logged and ignored)."""
    raw = data.get(key)
    if not isinstance(raw, str):
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        log.warning("saved %s ignored: %r is not a time", key, raw)
        return None
    return value if value.tzinfo is not None else None


def with_idle_source(status: BreakStatus, name: str) -> BreakStatus:
    """The status as the shell reports it, naming the idle source in use."""
    return replace(status, idle_source=name)
