"""The Qt side of break scheduling: when to look, and telling the UI what changed.

``BreakScheduler`` is a thin shell around the plain-Python ``BreakMachine``:
it samples idle time coarsely on the Qt thread through APScheduler's
``QtScheduler``, feeds the machine, and turns what comes back into signals.
Between checks the app sleeps: one wake-up every ``SAMPLE_SECONDS`` while
someone sits, sooner only when a break, a snooze or a pause ends before that.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from apscheduler.executors.debug import DebugExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from desk_mobility.core.breaks import (
    BreakMachine,
    BreakStatus,
    GuideBreak,
    Offer,
    Withdrawal,
    with_idle_source,
)
from desk_mobility.core.clock import Clock
from desk_mobility.core.events import EventSink
from desk_mobility.core.polite import PoliteMoment
from desk_mobility.core.settings import Settings
from desk_mobility.core.sitting import seconds_between
from desk_mobility.files.sitting_state import load_state, save_state
from desk_mobility.platform.idle.sources import IdleSource, WantsThresholds

if TYPE_CHECKING:
    from desk_mobility.shell.quiet_watch import QuietWatch

log = logging.getLogger(__name__)

SAMPLE_SECONDS = 10.0  # while a stretch is open: natural breaks seen within 10 s
AWAY_SAMPLE_SECONDS = 15.0  # nobody there: only the return needs noticing
DIVERGENCE_SECONDS = 5.0  # wall and monotonic time disagreeing this much: a suspend
# The sitting state is written this often during checks (no extra wake-up), so
# a crash or a kill at logout costs at most this much of the open stretch.
STATE_SAVE_SECONDS = 300.0
# Watchers that must look (a camera, the Windows registry, the fullscreen window)
# look this close to a break.
NEAR_DUE_SECONDS = 120.0

# APScheduler logs every job run at INFO; at one check per 10 s that would
# fill the log with nothing. Its warnings and errors still come through.
for _name in ("apscheduler.scheduler", "apscheduler.executors.default"):
    logging.getLogger(_name).setLevel(logging.WARNING)


class LockMonitor(Protocol):
    """Anything with a ``locked_changed(bool)`` signal (see platform.screenlock)."""

    @property
    def locked_changed(self) -> SignalInstance: ...


#: ``Qt.TimerType.PreciseTimer``'s value.
PRECISE_TIMER = 0


class _SingleTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    """QtScheduler with one owned timer.

    Upstream keeps the return value of ``QTimer.singleShot``, which is None in
    PySide6, so it can never stop a pending timer: every ``wakeup()`` starts
    another chain of wake-ups that never ends. It also truncates the wait to
    whole milliseconds, so a timer fires just before the job is due and the
    scheduler spins. Here one precise QTimer is restarted, rounded up.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early; the job is then not due yet
        # and the scheduler wakes a second time for nothing. Set through the
        # property, by value: naming ``Qt.TimerType`` would make PySide6 build
        # its whole ``Qt`` namespace, 1.4 MB the idle app otherwise never
        # needs (see ui/icons.py).
        self._qtimer.setProperty("timerType", PRECISE_TIMER)
        self._qtimer.timeout.connect(self._on_timeout)
        self._anchor = (time.time(), time.monotonic())
        super().__init__(*args, **kwargs)

    def _on_timeout(self) -> None:
        """Run what is due, after moving every job by any jump of the wall clock.

        APScheduler keeps run times on the wall clock while the wait runs on
        the monotonic one. A clock set back two hours would leave the next
        check two hours away, a clock set forward would make it overdue:
        moving the jobs by the jump keeps each one its monotonic distance.
        """
        wall, mono = self._anchor
        jump = (time.time() - wall) - (time.monotonic() - mono)
        if abs(jump) > DIVERGENCE_SECONDS:
            log.info("wall clock moved %+.0f s: scheduled checks moved with it", jump)
            for job in self.get_jobs():
                if job.next_run_time is not None:
                    job.modify(next_run_time=job.next_run_time + timedelta(seconds=jump))
        self._process_jobs()

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        self._anchor = (time.time(), time.monotonic())
        if wait_seconds is not None:
            # Round up: a timer that fires a fraction of a millisecond early
            # finds nothing due and spins until the job is.
            self._qtimer.start(min(math.ceil(wait_seconds * 1000), 2147483647))

    def _stop_timer(self) -> None:
        self._qtimer.stop()


class BreakScheduler(QObject):
    """Runs the break machine on the Qt thread.

    Signals:
    * ``status_changed(BreakStatus)``: after every check and every intent,
      for the tray tooltip, menu and ``--status``.
    * ``break_due(Offer)``: show (or show again, ``offer.reoffer``) the offer.
    * ``break_withdrawn()``: the open offer is answered or moot.
    """

    status_changed = Signal(object)
    break_due = Signal(object)
    break_withdrawn = Signal()

    def __init__(
        self,
        clock: Clock,
        idle_source: IdleSource,
        settings: Settings,
        sink: EventSink,
        state_path: Path,
        *,
        lock_monitor: LockMonitor | None = None,
        fullscreen_probe: Callable[[], bool | None] | None = None,
        quiet_watch: QuietWatch | None = None,
        polite: PoliteMoment | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._idle = idle_source
        self._sink = sink
        self._state_path = state_path
        self._fullscreen_probe = fullscreen_probe
        self._machine = BreakMachine(settings, sink, polite=polite)
        self._tell_thresholds(settings)
        self._quiet_watch = quiet_watch
        if quiet_watch is not None:
            quiet_watch.changed.connect(self._on_quiet_changed)
        self._status: BreakStatus | None = None
        self._last_wall: datetime | None = None
        self._last_mono = 0.0
        self._saved_mono: float | None = None
        self._job_ids = itertools.count(1)
        self._job_id: str | None = None
        self._job_running: str | None = None
        self._running = False
        self.checks = 0  # how many times it woke up: for tests and benchmarks
        # UTC: every run date is an aware instant, so the local zone (and an
        # invalid TZ variable) never matters to the scheduler.
        self._scheduler = _SingleTimerQtScheduler(
            timezone=UTC,
            # Instances, not plugin aliases: an alias makes APScheduler scan every
            # installed package's entry points, which costs memory for nothing.
            # The debug executor runs jobs on the Qt thread, where widgets live.
            executors={"default": DebugExecutor()},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )
        if lock_monitor is not None:
            lock_monitor.locked_changed.connect(self._on_locked_changed)

    # -- life cycle ------------------------------------------------------------

    @property
    def machine(self) -> BreakMachine:
        return self._machine

    @property
    def idle_source_name(self) -> str:
        return self._idle.name

    def start(self) -> None:
        """Restore a recent stretch (and a pause), take the first sample, and schedule."""
        now, mono = self._clock.now(), self._clock.monotonic()
        state = load_state(self._state_path)
        sitting = state.get("sitting")
        if isinstance(sitting, dict):
            self._machine.tracker.restore_state(sitting, now, mono)
        breaks = state.get("breaks")
        if isinstance(breaks, dict):
            self._machine.restore_state(breaks, now)
        self._scheduler.start()
        self._running = True
        log.info("break scheduling started (idle source %s)", self._idle.name)
        # The first check also saves: what was restored is settled, and a
        # later crash must not close the old stretch a second time.
        self.check_now()

    def stop(self) -> None:
        """Save the stretch for a relaunch and stop waking up."""
        if not self._running:
            return
        self._running = False
        self._cancel_job()
        self._scheduler.shutdown(wait=False)
        self._machine.stop(self._clock.now())
        self._after_change()
        self._save()
        log.info("break scheduling stopped")

    def _save(self) -> None:
        now = self._clock.now()
        self._saved_mono = self._clock.monotonic()
        try:
            save_state(
                self._state_path,
                {
                    "sitting": self._machine.tracker.export_state(now),
                    "breaks": self._machine.export_state(),
                },
            )
        except OSError as exc:
            log.warning("could not save the sitting state to %s: %s", self._state_path, exc)

    # -- intents from the tray, the notification and the guide ------------------

    # Each answer is saved at once: a skip or a snooze must survive a crash too.

    def start_break(self, offer_id: str | None = None) -> GuideBreak | None:
        """The guide is built and about to show: the break it is for, or None if one is open."""
        guide = self._machine.start_break(self._clock.now(), offer_id)
        if guide is not None:
            self._after_change(save=True)
        return guide

    def finish_break(self, completed: bool, break_id: str | None = None) -> bool:
        return self._act(
            lambda now: self._machine.finish_break(now, completed, break_id), save=True
        )

    def snooze(self, offer_id: str | None = None) -> bool:
        return self._act(lambda now: self._machine.snooze(now, offer_id), save=True)

    def skip(self, offer_id: str | None = None) -> bool:
        return self._act(lambda now: self._machine.skip(now, offer_id), save=True)

    def pause_for(self, minutes: float) -> datetime:
        until = self._machine.pause_for(self._clock.now(), minutes)
        self._after_change(save=True)
        return until

    def pause_until_tomorrow(self) -> datetime:
        until = self._machine.pause_until_tomorrow(self._clock.now())
        self._after_change(save=True)
        return until

    def resume(self) -> bool:
        return self._act(self._machine.resume, save=True)

    def remind_anyway(self) -> bool:
        """Override quiet time: a waiting break is offered now."""
        return self._act(self._machine.remind_anyway)

    def apply_settings(self, settings: Settings) -> None:
        """New settings count from now: the next check is rescheduled at once."""
        self._machine.apply_settings(settings, self._clock.now())
        self._tell_thresholds(settings)
        self._after_change()

    def _tell_thresholds(self, settings: Settings) -> None:
        """An event-driven idle source must know which idle lengths matter."""
        if isinstance(self._idle, WantsThresholds):
            self._idle.watch_thresholds(
                settings.short_idle_seconds, settings.natural_break_minutes * 60
            )

    def status(self) -> BreakStatus:
        if self._status is None:
            self._status = with_idle_source(
                self._machine.status(self._clock.now()), self._idle.name
            )
        return self._status

    # -- checking ----------------------------------------------------------------

    def check_now(self) -> BreakStatus:
        """Sample idle time, move the machine on, and schedule the next check."""
        self.checks += 1
        now, mono, boot = self._clock.now(), self._clock.monotonic(), self._clock.since_boot()
        if self._last_wall is not None:
            drift = seconds_between(self._last_wall, now) - (mono - self._last_mono)
            if abs(drift) > DIVERGENCE_SECONDS:
                # Resumed from suspend or the clock was set: deadlines computed
                # before are stale, so the scheduler recomputes its wait.
                log.info("wall clock moved %.0f s against monotonic time", drift)
                if self._running:
                    self._scheduler.wakeup()
        self._last_wall, self._last_mono = now, mono
        near_due = self._near_due(now)
        fullscreen = self._probe_fullscreen(near_due)
        self._report_quiet(now, near_due)
        try:
            self._machine.tick(now, mono, self._read_idle(), fullscreen=fullscreen, since_boot=boot)
        except Exception:  # one bad look must not end every look after it
            log.exception("break check failed; the next one is scheduled all the same")
        due_to_save = self._saved_mono is None or mono - self._saved_mono >= STATE_SAVE_SECONDS
        return self._after_change(save=self._running and due_to_save)

    def _read_idle(self) -> float | None:
        try:
            return self._idle.idle_seconds()
        except Exception as exc:  # a desktop service failing: activity unknown for now
            log.warning("idle source %s failed: %s", self._idle.name, exc)
            return None

    def _probe_fullscreen(self, near_due: bool) -> bool:
        """Whether a window is fullscreen, looked for only close to a break.

        A fullscreen window only matters when it would hold a break back. On
        X11 the look is two round trips to the X server, read on Qt's own
        connection (platform/_xlib.py), whose event thread wakes for each
        answer: looking at every check of the day took the idle app from 0.36
        to 0.60 context switches a second. Calls and the camera are watched
        the same way (QuietWatch).
        """
        if (
            not near_due
            or self._fullscreen_probe is None
            or not self._machine.settings.quiet_when_fullscreen
        ):
            return False
        try:
            return bool(self._fullscreen_probe())
        except Exception as exc:  # a window manager hiccup must not stop the checks
            log.warning("fullscreen probe failed: %s", exc)
            return False

    def _report_quiet(self, now: datetime, near_due: bool) -> None:
        if self._quiet_watch is not None:
            self._quiet_watch.report(self._machine.quiet_policy, now, near_due)

    def _near_due(self, now: datetime) -> bool:
        """A break is due, waits, or comes due soon: when watchers that must look, look."""
        status = self.status()  # the first check too: a child watcher starts only if needed
        if status.waiting or status.stage.value == "due":
            return True
        if status.next_due is None:
            return False
        return seconds_between(now, status.next_due) <= NEAR_DUE_SECONDS

    def _on_quiet_changed(self) -> None:
        """A call ended, do-not-disturb switched: look now, not at the next sample."""
        if self._running:
            self.check_now()

    def _on_locked_changed(self, locked: bool) -> None:
        self._machine.set_locked(bool(locked), self._clock.now(), self._clock.monotonic())
        self._after_change()

    def _act(self, intent: Callable[[datetime], bool], *, save: bool = False) -> bool:
        done = intent(self._clock.now())
        if done:
            self._after_change(save=save)
        return done

    def _after_change(self, *, save: bool = False) -> BreakStatus:
        now = self._clock.now()
        for notice in self._machine.take_notices():
            if isinstance(notice, Offer):
                self.break_due.emit(notice)
            elif isinstance(notice, Withdrawal):
                self.break_withdrawn.emit()
        self._status = with_idle_source(self._machine.status(now), self._idle.name)
        if save:
            self._save()
        self._schedule_next(now)
        self.status_changed.emit(self._status)
        return self._status

    def next_check_delay(self, now: datetime) -> float:
        """Seconds until the next look: the sampling period, or sooner if something ends."""
        status = self._status
        period = SAMPLE_SECONDS
        if status is not None and status.stretch_started is None:
            period = AWAY_SAMPLE_SECONDS
        wakeup = self._machine.next_wakeup(now)
        if wakeup is None:
            return period
        return max(0.0, min(period, seconds_between(now, wakeup)))

    def _schedule_next(self, now: datetime) -> None:
        if not self._running:
            return
        delay = self.next_check_delay(now)
        self._cancel_job()
        # A fresh id each time: the job that is running now is removed by the
        # scheduler when it returns, and must not take its successor with it.
        self._job_id = f"check-{next(self._job_ids)}"
        self._scheduler.add_job(
            self._run_job,
            DateTrigger(datetime.now(UTC) + timedelta(seconds=delay), timezone=UTC),
            args=(self._job_id,),
            id=self._job_id,
        )

    def _run_job(self, job_id: str) -> None:
        self._job_running = job_id
        try:
            self.check_now()
        finally:
            self._job_running = None

    def _cancel_job(self) -> None:
        if self._job_id is None:
            return
        if self._job_id == self._job_running:
            # The scheduler removes the job it is running once it returns.
            self._job_id = None
            return
        with contextlib.suppress(JobLookupError):  # already run and gone
            self._scheduler.remove_job(self._job_id)
        self._job_id = None
