"""The break scheduler on a real Qt event loop, with a fake clock and fake idle time."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from desk_mobility.core.breaks import BreakStage, BreakStatus, Offer
from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import BreakResolved, NaturalBreak, RecordingSink, StretchEnded
from desk_mobility.core.settings import Settings
from desk_mobility.shell.scheduling import SAMPLE_SECONDS, BreakScheduler
from tests.desktop_session import write_state_near_due

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_9AM = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)


class FakeIdleSource:
    name = "fake"

    def __init__(self) -> None:
        self.idle: float | None = 0.0

    def idle_seconds(self) -> float | None:
        return self.idle

    def close(self) -> None:
        pass


class FakeLockMonitor(QObject):
    locked_changed = Signal(bool)


class RealtimeClock:
    """Wall time that runs with the real monotonic clock, from a chosen start."""

    def __init__(self, start: datetime) -> None:
        self._start = start
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._t0)

    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float | None:
        return time.monotonic()


@pytest.fixture
def parts(tmp_path: Path) -> tuple[FakeClock, FakeIdleSource, RecordingSink, Path]:
    return FakeClock(MONDAY_9AM), FakeIdleSource(), RecordingSink(), tmp_path / "state.json"


def build(
    parts: tuple[FakeClock, FakeIdleSource, RecordingSink, Path], **kwargs: object
) -> BreakScheduler:
    clock, idle, sink, state = parts
    settings = kwargs.pop("settings", Settings())
    return BreakScheduler(clock, idle, settings, sink, state, **kwargs)  # type: ignore[arg-type]


def sit(scheduler: BreakScheduler, clock: FakeClock, minutes: float) -> None:
    """Ten-second checks, as the scheduler would make them, minutes at a time."""
    for _ in range(int(minutes * 6)):
        clock.advance(10)
        scheduler.check_now()


def test_a_break_falls_due_is_snoozed_and_the_offer_is_withdrawn(qtbot, parts) -> None:
    clock, _idle, _sink, _ = parts
    scheduler = build(parts)
    statuses: list[BreakStatus] = []
    offers: list[Offer] = []
    scheduler.status_changed.connect(statuses.append)
    scheduler.break_due.connect(offers.append)
    scheduler.start()
    try:
        assert statuses and statuses[-1].stage is BreakStage.SITTING
        assert statuses[-1].idle_source == "fake"
        sit(scheduler, clock, 49)
        assert offers == []
        with qtbot.waitSignal(scheduler.break_due, timeout=100) as due:
            sit(scheduler, clock, 1)
        offer = due.args[0]
        assert isinstance(offer, Offer) and not offer.reoffer
        assert offer.sat_seconds == pytest.approx(3000)
        with qtbot.waitSignal(scheduler.break_withdrawn, timeout=100):
            assert scheduler.snooze()
        assert scheduler.status().stage is BreakStage.SNOOZED
        assert scheduler.status().next_due == clock.now() + timedelta(minutes=10)
        assert not scheduler.snooze()
    finally:
        scheduler.stop()


def test_walking_away_withdraws_the_offer_and_records_a_natural_break(qtbot, parts) -> None:
    clock, idle, sink, _ = parts
    scheduler = build(parts)
    scheduler.start()
    try:
        sit(scheduler, clock, 50)
        assert scheduler.status().stage is BreakStage.DUE
        with qtbot.waitSignal(scheduler.break_withdrawn, timeout=100):
            for _ in range(31):
                clock.advance(10)
                idle.idle = (idle.idle or 0) + 10
                scheduler.check_now()
        assert scheduler.status().sat_seconds == 0
        clock.advance(10)
        idle.idle = 1.0  # back at the keyboard: the natural break is recorded whole
        scheduler.check_now()
        [natural] = sink.of_type(NaturalBreak)
        assert natural.away_seconds > 300
    finally:
        scheduler.stop()


def test_the_guide_finishing_resets_sitting_and_pausing_stops_offers(qtbot, parts) -> None:
    clock, _idle, sink, _ = parts
    scheduler = build(parts)
    scheduler.start()
    try:
        sit(scheduler, clock, 50)
        assert scheduler.start_break()
        assert scheduler.status().stage is BreakStage.IN_BREAK
        assert scheduler.finish_break(completed=True)
        assert scheduler.status().sat_seconds == 0
        assert [e.outcome for e in sink.of_type(BreakResolved)] == ["taken"]  # type: ignore[union-attr]
        until = scheduler.pause_for(60)
        assert scheduler.status().stage is BreakStage.PAUSED
        assert scheduler.status().paused_until == until
        assert scheduler.resume()
        assert scheduler.status().stage is BreakStage.SITTING
        tomorrow = scheduler.pause_until_tomorrow()
        assert tomorrow == datetime(2025, 3, 4, 8, 0, tzinfo=BERLIN)
    finally:
        scheduler.stop()


def test_a_pause_and_the_stretch_survive_a_restart(qtbot, parts) -> None:
    clock, _idle, _sink, state = parts
    scheduler = build(parts)
    scheduler.start()
    sit(scheduler, clock, 20)
    until = scheduler.pause_for(30)
    scheduler.stop()
    saved = json.loads(state.read_text())
    assert saved["sitting"]["sat_seconds"] == pytest.approx(1200)
    clock.advance(60)
    again = build(parts)
    again.start()
    try:
        status = again.status()
        assert status.stage is BreakStage.PAUSED and status.paused_until == until
        assert status.sat_seconds == pytest.approx(1200, abs=1)
        assert status.stretch_started == MONDAY_9AM
    finally:
        again.stop()


def test_a_fullscreen_window_holds_a_due_break_back_until_it_closes(qtbot, parts) -> None:
    clock, _idle, _sink, _ = parts
    fullscreen = {"on": False}
    scheduler = build(parts, fullscreen_probe=lambda: fullscreen["on"])
    offers: list[Offer] = []
    scheduler.break_due.connect(offers.append)
    scheduler.start()
    try:
        sit(scheduler, clock, 45)
        fullscreen["on"] = True
        sit(scheduler, clock, 10)
        status = scheduler.status()
        assert status.stage is BreakStage.QUIET and status.waiting and status.quiet
        assert offers == []
        fullscreen["on"] = False
        sit(scheduler, clock, 1 / 6)
        assert len(offers) == 1
    finally:
        scheduler.stop()


def test_the_fullscreen_window_is_looked_for_only_close_to_a_break(qtbot, parts) -> None:
    """Each look is two X round trips; far from a break a fullscreen window holds nothing."""
    clock, _idle, _sink, _ = parts
    looks: list[datetime] = []

    def probe() -> bool:
        looks.append(clock.now())
        return True

    interval = Settings().sit_minutes
    scheduler = build(parts, fullscreen_probe=probe)
    scheduler.start()
    try:
        sit(scheduler, clock, interval - 3)
        assert looks == []
        assert not scheduler.status().quiet  # not known fullscreen: nothing to hold back yet
        sit(scheduler, clock, 4)  # within two minutes of the break, and past it
        assert looks
        status = scheduler.status()
        assert status.stage is BreakStage.QUIET and status.waiting
    finally:
        scheduler.stop()


def test_a_failing_fullscreen_probe_does_not_stop_the_checks(qtbot, parts) -> None:
    clock, _idle, _sink, _ = parts

    def broken() -> bool:
        raise OSError("window manager went away")

    scheduler = build(parts, fullscreen_probe=broken)
    scheduler.start()
    try:
        sit(scheduler, clock, 1)
        assert scheduler.status().sat_seconds == pytest.approx(60)
    finally:
        scheduler.stop()


def test_the_screen_lock_signal_reaches_the_tracker(qtbot, parts) -> None:
    clock, _idle, sink, _ = parts
    lock = FakeLockMonitor()
    scheduler = build(parts, lock_monitor=lock)
    scheduler.start()
    try:
        sit(scheduler, clock, 50)
        lock.locked_changed.emit(True)
        assert scheduler.status().activity.value == "locked"
        clock.advance(6 * 60)
        with qtbot.waitSignal(scheduler.break_withdrawn, timeout=100):
            lock.locked_changed.emit(False)
        assert [e.outcome for e in sink.of_type(BreakResolved)] == ["natural"]  # type: ignore[union-attr]
    finally:
        scheduler.stop()


def test_new_settings_apply_at_once(qtbot, parts) -> None:
    clock, _idle, _sink, _ = parts
    scheduler = build(parts)
    scheduler.start()
    try:
        sit(scheduler, clock, 30)
        with qtbot.waitSignal(scheduler.break_due, timeout=100):
            scheduler.apply_settings(Settings(sit_minutes=20))
    finally:
        scheduler.stop()


def test_without_an_idle_source_the_status_says_activity_is_unknown(qtbot, parts) -> None:
    clock, idle, _sink, _ = parts
    idle.idle = None
    scheduler = build(parts)
    scheduler.start()
    try:
        sit(scheduler, clock, 5)
        assert scheduler.status().to_dict()["activity"] == "unknown"
        assert scheduler.status().sat_seconds == pytest.approx(300)
    finally:
        scheduler.stop()


# -- the real scheduler ---------------------------------------------------------------


def test_the_scheduler_wakes_itself_exactly_when_the_break_falls_due(qtbot, tmp_path) -> None:
    clock = RealtimeClock(MONDAY_9AM)
    state = tmp_path / "state.json"
    write_state_near_due(state, clock.now(), 50 * 60 - 0.4)
    scheduler = BreakScheduler(clock, FakeIdleSource(), Settings(), RecordingSink(), state)
    started = time.monotonic()
    with qtbot.waitSignal(scheduler.break_due, timeout=3000) as due:
        scheduler.start()
    elapsed = time.monotonic() - started
    try:
        assert 0.3 <= elapsed < 1.5
        assert due.args[0].sat_seconds == pytest.approx(3000, abs=0.5)
        assert scheduler.checks == 2  # the first look, then one wake-up at the due time
    finally:
        scheduler.stop()


def test_while_sitting_it_sleeps_a_whole_sampling_period(qtbot, tmp_path) -> None:
    clock = RealtimeClock(MONDAY_9AM)
    scheduler = BreakScheduler(
        clock, FakeIdleSource(), Settings(), RecordingSink(), tmp_path / "s.json"
    )
    scheduler.start()
    try:
        assert scheduler.next_check_delay(clock.now()) == pytest.approx(SAMPLE_SECONDS, abs=0.1)
        # Many reschedules in a row must leave one pending wake-up, not a pile.
        for _ in range(20):
            scheduler.apply_settings(Settings())
        checks = scheduler.checks
        qtbot.wait(600)
        assert scheduler.checks == checks
    finally:
        scheduler.stop()
    assert (tmp_path / "s.json").exists()


def test_after_stop_nothing_wakes_up(qtbot, tmp_path) -> None:
    clock = RealtimeClock(MONDAY_9AM)
    state = tmp_path / "state.json"
    write_state_near_due(state, clock.now(), 50 * 60 - 0.2)
    scheduler = BreakScheduler(clock, FakeIdleSource(), Settings(), RecordingSink(), state)
    scheduler.start()
    scheduler.stop()
    checks = scheduler.checks
    qtbot.wait(500)
    assert scheduler.checks == checks


def test_the_qt_scheduler_keeps_one_timer_however_often_it_is_woken(qtbot) -> None:
    from datetime import UTC

    from desk_mobility.shell.scheduling import _SingleTimerQtScheduler

    scheduler = _SingleTimerQtScheduler(timezone=UTC, executors={"default": {"type": "debug"}})
    calls = [0]
    process = scheduler._process_jobs

    def counted() -> None:
        calls[0] += 1
        process()

    scheduler._qtimer.timeout.disconnect()
    scheduler._qtimer.timeout.connect(counted)
    runs: list[float] = []
    scheduler.add_job(lambda: runs.append(time.monotonic()), "interval", seconds=0.1, id="tick")
    scheduler.start()
    try:
        for _ in range(20):
            scheduler.wakeup()
        qtbot.wait(1000)
    finally:
        scheduler.shutdown(wait=False)
    # About ten runs in a second, and about one wake-up per run: no chains, no spinning.
    assert 8 <= len(runs) <= 11
    assert calls[0] <= len(runs) + 2


def test_a_stretch_interrupted_by_a_crash_is_closed_with_its_sitting_at_relaunch(
    qtbot, parts
) -> None:
    """40 minutes at the desk, then the app is killed (no orderly quit). Relaunched
    the next morning, yesterday's stretch is closed with nearly all of its sitting
    instead of being left open in the history for ever.
    """
    clock, _idle, _sink, state = parts
    first = build(parts)
    first.start()
    sit(first, clock, 40)
    first._running = False  # killed: no stop(), no save at quit
    first._cancel_job()
    first._scheduler.shutdown(wait=False)

    clock.advance(16 * 3600)
    sink = RecordingSink()
    again = BreakScheduler(clock, FakeIdleSource(), Settings(), sink, state)
    again.start()
    try:
        [ended] = sink.of_type(StretchEnded)
        assert isinstance(ended, StretchEnded)
        assert ended.started == MONDAY_9AM and ended.ended_by == "shutdown"
        assert ended.sat_seconds >= 35 * 60
    finally:
        again.stop()


def test_an_idle_source_that_raises_does_not_end_the_checks(qtbot, parts) -> None:
    """A desktop service throws once mid-morning; breaks keep coming all the same."""
    clock, _idle, _sink, state = parts

    class Flaky(FakeIdleSource):
        fail = False

        def idle_seconds(self) -> float | None:
            if self.fail:
                raise RuntimeError("the idle monitor crashed")
            return super().idle_seconds()

    flaky = Flaky()
    scheduler = BreakScheduler(clock, flaky, Settings(), RecordingSink(), state)
    scheduler.start()
    try:
        sit(scheduler, clock, 10)
        flaky.fail = True
        clock.advance(10)
        status = scheduler.check_now()
        assert not status.activity_known  # that one look could not read activity
        assert scheduler._job_id is not None  # the next look is still scheduled
        flaky.fail = False
        with qtbot.waitSignal(scheduler.break_due, timeout=3000):
            sit(scheduler, clock, 40)
    finally:
        scheduler.stop()


class AskedSource:
    """A quiet watcher that only records how each look asked."""

    name = "recorder"
    reason = "call"

    def __init__(self) -> None:
        self.asked: list[bool] = []

    def read(self, near_due: bool) -> str | None:
        self.asked.append(near_due)
        return None

    def close(self) -> None:
        pass


def test_the_first_look_tells_watchers_whether_a_break_is_near(qtbot, tmp_path) -> None:
    """The first check as well: far from a break, a watcher that starts a process does not."""
    from desk_mobility.shell.quiet_watch import QuietWatch

    clock = FakeClock(MONDAY_9AM)
    asked = {}
    for name, sat in (("fresh", None), ("a minute short", 50 * 60 - 60.0)):
        state = tmp_path / f"{name}.json"
        if sat is not None:
            write_state_near_due(state, clock.now(), sat)
        source = AskedSource()
        scheduler = BreakScheduler(
            clock,
            FakeIdleSource(),
            Settings(),
            RecordingSink(),
            state,
            quiet_watch=QuietWatch([source]),
        )
        scheduler.start()  # restores the stretch, then the first check
        scheduler.stop()
        asked[name] = source.asked
    assert asked == {"fresh": [False], "a minute short": [True]}


def test_the_qt_scheduler_timer_is_precise(qtbot) -> None:
    """Set by value (see shell/scheduling.py); the value must be Qt's own."""
    from datetime import UTC

    from PySide6.QtCore import Qt

    from desk_mobility.shell.scheduling import PRECISE_TIMER, _SingleTimerQtScheduler

    assert Qt.TimerType.PreciseTimer.value == PRECISE_TIMER
    scheduler = _SingleTimerQtScheduler(timezone=UTC, executors={"default": {"type": "debug"}})
    assert scheduler._qtimer.timerType() == Qt.TimerType.PreciseTimer
