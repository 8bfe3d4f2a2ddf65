"""Sitting time, told as a user's afternoon."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from desk_sim import BERLIN, MONDAY_9AM, Desk

from desk_mobility.core.events import NaturalBreak, RecordingSink, StretchEnded, StretchStarted
from desk_mobility.core.sitting import Activity, SittingTracker
from desk_mobility.files.sitting_state import load_state, save_state


def sitting_desk(**kwargs: object) -> Desk:
    return Desk(tracker_only=True, **kwargs)  # type: ignore[arg-type]


def test_typing_counts_every_minute_and_starts_one_stretch() -> None:
    desk = sitting_desk().types(minutes=30)
    assert desk.sat_minutes == pytest.approx(30)
    assert [e.at for e in desk.events(StretchStarted)] == [MONDAY_9AM]
    assert desk.snap is not None and desk.snap.activity is Activity.ACTIVE


def test_reading_for_90_seconds_still_counts_as_sitting() -> None:
    desk = sitting_desk().types(minutes=10).reads(seconds=90).types(minutes=1)
    assert desk.sat_minutes == pytest.approx(12.5)
    assert desk.events(StretchEnded) == []


def test_idle_between_short_and_natural_pauses_the_clock_without_resetting() -> None:
    desk = sitting_desk().types(minutes=10).reads(minutes=4)
    # The first two minutes were reading; the next two pause the clock.
    assert desk.sat_minutes == pytest.approx(12)
    assert desk.snap is not None and desk.snap.activity is Activity.IDLE
    desk.reads(minutes=0.5)
    assert desk.sat_minutes == pytest.approx(12)
    desk.types(minutes=1)
    assert desk.sat_minutes == pytest.approx(13)
    assert desk.events(StretchEnded) == []
    assert len(desk.events(StretchStarted)) == 1


def test_walking_away_six_minutes_is_a_natural_break_and_sitting_starts_again() -> None:
    desk = sitting_desk().types(minutes=20)
    left_at = desk.clock.now()
    desk.walks_away(minutes=6)
    assert desk.sat_minutes == 0
    assert desk.snap is not None and desk.snap.activity is Activity.AWAY
    [ended] = desk.events(StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "natural"
    assert ended.at == left_at  # the stretch ended when input stopped, not when noticed
    assert ended.sat_seconds == pytest.approx(20 * 60)  # the walk is not sitting
    assert desk.events(NaturalBreak) == []  # still away: the break is not over yet

    desk.types(minutes=3)
    # The return is seen at the first sample with input: within one period.
    assert desk.sat_minutes == pytest.approx(3, abs=10 / 60)
    [natural] = desk.events(NaturalBreak)
    assert isinstance(natural, NaturalBreak)
    assert natural.away_since == left_at
    # The whole time away, up to the first input after it.
    [_first, second] = desk.events(StretchStarted)
    assert natural.at == second.at
    assert natural.away_seconds == pytest.approx(6 * 60, abs=10)
    assert len(desk.events(StretchStarted)) == 2


def test_a_nap_of_the_laptop_longer_than_a_natural_break_resets_sitting() -> None:
    desk = sitting_desk().types(minutes=25)
    closed_at = desk.clock.now()
    desk.sleeps(minutes=30).touches().types(minutes=2)
    [ended] = desk.events(StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "natural" and ended.at == closed_at
    assert ended.sat_seconds == pytest.approx(25 * 60)
    [natural] = desk.events(NaturalBreak)
    assert isinstance(natural, NaturalBreak)
    assert natural.away_seconds == pytest.approx(30 * 60)
    assert desk.sat_minutes == pytest.approx(2, abs=10 / 60)


def test_a_short_suspend_pauses_the_clock_and_keeps_the_stretch() -> None:
    desk = sitting_desk().types(minutes=25).sleeps(minutes=2).touches().types(minutes=5)
    assert desk.events(StretchEnded) == []
    assert desk.sat_minutes == pytest.approx(30)


def test_a_long_screen_lock_is_a_natural_break_noticed_while_still_locked() -> None:
    desk = sitting_desk().types(minutes=15)
    locked_at = desk.clock.now()
    desk.tracker.set_locked(True, locked_at, desk.clock.monotonic())
    desk.reads(minutes=5, seconds=10)  # samples keep arriving while locked
    [ended] = desk.events(StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "natural" and ended.at == locked_at
    assert desk.tracker.snapshot(desk.clock.now()).activity is Activity.LOCKED
    desk.tracker.set_locked(False, desk.clock.now(), desk.clock.monotonic())
    desk.touches().types(minutes=1)
    assert desk.sat_minutes == pytest.approx(1, abs=0.2)
    assert len(desk.events(StretchStarted)) == 2


def test_a_short_screen_lock_pauses_the_clock() -> None:
    desk = sitting_desk().types(minutes=15)
    desk.tracker.set_locked(True, desk.clock.now(), desk.clock.monotonic())
    desk.reads(minutes=3)
    desk.tracker.set_locked(False, desk.clock.now(), desk.clock.monotonic())
    desk.touches().types(minutes=5)
    assert desk.events(StretchEnded) == []
    assert desk.sat_minutes == pytest.approx(20)


def test_idle_before_an_automatic_lock_counts_towards_the_natural_break() -> None:
    desk = sitting_desk().types(minutes=15)
    last_input = desk.clock.now()
    desk.reads(minutes=3)  # screensaver locks after 3 idle minutes
    desk.tracker.set_locked(True, desk.clock.now(), desk.clock.monotonic())
    desk.reads(minutes=2, seconds=10)
    [ended] = desk.events(StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.at == last_input
    assert ended.sat_seconds == pytest.approx(15 * 60)


def test_sitting_through_a_daylight_saving_change_counts_real_minutes() -> None:
    # 30 March 2025, 02:00 CET becomes 03:00 CEST.
    start = datetime(2025, 3, 30, 1, 30, tzinfo=BERLIN)
    desk = sitting_desk(start=start).types(minutes=60)
    assert desk.sat_minutes == pytest.approx(60)
    assert desk.clock.now().hour == 3 and desk.clock.now().minute == 30
    assert desk.events(StretchEnded) == []


def test_setting_the_clock_back_an_hour_changes_no_durations() -> None:
    desk = sitting_desk().types(minutes=10)
    desk.clock.jump_wall(-3600)
    desk.types(minutes=10)
    assert desk.sat_minutes == pytest.approx(20)
    assert desk.events(StretchEnded) == []


@pytest.mark.parametrize("hours", [2, -2])
def test_a_wall_clock_set_either_way_is_neither_time_away_nor_sitting(hours: int) -> None:
    desk = sitting_desk().types(minutes=10)
    desk.clock.jump_wall(hours * 3600)
    desk.types(minutes=10)
    assert desk.sat_minutes == pytest.approx(20)
    assert desk.events(StretchEnded) == []
    assert desk.events(NaturalBreak) == []


def test_a_suspend_is_still_time_away_when_the_clock_is_also_trusted() -> None:
    desk = sitting_desk().types(minutes=10).sleeps(minutes=30).touches().types(minutes=1)
    assert len(desk.events(NaturalBreak)) == 1
    assert desk.sat_minutes == pytest.approx(1, abs=0.2)


def test_without_a_boot_clock_a_clock_set_forward_still_reads_as_a_suspend() -> None:
    """Where the system has no boot clock, the wall clock is the only witness."""
    desk = sitting_desk()
    desk.boot_clock = False
    desk.types(minutes=10)
    desk.clock.jump_wall(2 * 3600)
    desk.types(minutes=1)
    assert len(desk.events(NaturalBreak)) == 1


def test_without_an_idle_source_every_unlocked_minute_counts() -> None:
    desk = sitting_desk()
    desk.idle_known = False
    desk.reads(minutes=40)
    assert desk.sat_minutes == pytest.approx(40)
    assert desk.snap is not None and not desk.snap.activity_known
    assert desk.snap.idle_seconds is None


@pytest.mark.parametrize("period", [3.0, 7.0, 15.0])
def test_the_result_does_not_depend_on_the_sampling_period(period: float) -> None:
    desk = sitting_desk(period=period)
    desk.types(minutes=12).reads(seconds=100).types(minutes=3).reads(minutes=3).types(minutes=5)
    # 12 + 100 s reading + 3 + (2 reading, 1 paused) + 5
    assert desk.sat_minutes == pytest.approx(12 + 100 / 60 + 3 + 2 + 5, abs=period / 60)


def test_nonsense_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="shorter than"):
        SittingTracker(RecordingSink(), short_idle_seconds=400, natural_break_seconds=300)


# -- across a restart -------------------------------------------------------------


def _relaunch(
    desk: Desk, tmp_path: Path, away_minutes: float
) -> tuple[SittingTracker, bool, RecordingSink]:
    state_file = tmp_path / "state" / "sitting-state.json"
    save_state(state_file, {"sitting": desk.tracker.export_state(desk.clock.now())})
    desk.clock.advance(away_minutes * 60)
    sink = RecordingSink()
    fresh = SittingTracker(sink)
    ok = fresh.restore_state(
        load_state(state_file)["sitting"], desk.clock.now(), desk.clock.monotonic()
    )
    return fresh, ok, sink


def test_relaunching_within_the_natural_break_length_continues_the_stretch(
    tmp_path: Path,
) -> None:
    desk = sitting_desk().types(minutes=30)
    fresh, ok, sink = _relaunch(desk, tmp_path, away_minutes=2)
    assert ok
    snap = fresh.sample(desk.clock.now(), desk.clock.monotonic(), 1.0)
    assert snap.stretch_started == MONDAY_9AM
    assert snap.sat_seconds == pytest.approx(30 * 60, abs=2)  # the 2 min away do not count
    fresh.sample(desk.clock.now() + timedelta(minutes=1), desk.clock.monotonic() + 60, 0.0)
    assert fresh.snapshot(desk.clock.now()).sat_seconds == pytest.approx(31 * 60, abs=2)
    assert sink.events == []


def test_relaunching_after_the_natural_break_length_closes_the_old_stretch(
    tmp_path: Path,
) -> None:
    desk = sitting_desk().types(minutes=30)
    saved_at = desk.clock.now()
    fresh, ok, sink = _relaunch(desk, tmp_path, away_minutes=8)
    assert not ok
    [ended] = sink.events
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "shutdown" and ended.at == saved_at
    assert ended.sat_seconds == pytest.approx(30 * 60)
    snap = fresh.sample(desk.clock.now(), desk.clock.monotonic(), 0.0)
    assert snap.sat_seconds == 0 and snap.stretch_started == desk.clock.now()


def test_a_damaged_state_file_costs_the_stretch_not_the_start(tmp_path: Path) -> None:
    state_file = tmp_path / "sitting-state.json"
    state_file.write_text("{not json", encoding="utf-8")
    assert load_state(state_file) == {}
    state_file.write_text("[1, 2]", encoding="utf-8")
    assert load_state(state_file) == {}
    assert load_state(tmp_path / "missing.json") == {}
    tracker = SittingTracker(RecordingSink())
    assert not tracker.restore_state(
        {"version": 1, "stretch_started": "yesterday"}, MONDAY_9AM, 0.0
    )
    assert not tracker.restore_state({"version": 99}, MONDAY_9AM, 0.0)


def test_state_is_written_atomically_and_reads_back(tmp_path: Path) -> None:
    state_file = tmp_path / "deep" / "sitting-state.json"
    save_state(state_file, {"a": 1})
    save_state(state_file, {"a": 2})
    assert load_state(state_file) == {"a": 2}
    assert [p.name for p in state_file.parent.iterdir()] == ["sitting-state.json"]


# -- an idle source that talks nonsense ---------------------------------------------


@pytest.mark.parametrize("garbage", [float("inf"), 1e13, 2.0**64 / 1000])
def test_an_absurd_idle_reading_mid_afternoon_neither_crashes_nor_rewrites_the_past(
    garbage: float,
) -> None:
    """A desktop service answers a wrapped or overflowed idle time once.

    Idle time cannot grow faster than time passes: the reading is at most the
    idle time of the last sample plus the time since it.
    """
    desk = sitting_desk().types(minutes=30)
    desk.clock.advance(10)
    snap = desk.tracker.sample(desk.clock.now(), desk.clock.monotonic(), garbage)
    assert snap.sat_seconds == pytest.approx(30 * 60 + 10)  # 10 s of reading: still sitting
    assert desk.events(NaturalBreak) == []
    desk.tracker.export_state(desk.clock.now())  # saving at quit must not crash either
    desk.types(minutes=5)
    assert desk.sat_minutes == pytest.approx(35 + 10 / 60)
    assert len(desk.events(StretchStarted)) == 1


def test_an_idle_reading_of_not_a_number_counts_as_activity_unknown() -> None:
    desk = sitting_desk().types(minutes=5)
    desk.clock.advance(10)
    snap = desk.tracker.sample(desk.clock.now(), desk.clock.monotonic(), float("nan"))
    assert not snap.activity_known
    assert snap.sat_seconds == pytest.approx(5 * 60 + 10)


def test_quitting_while_away_records_the_natural_break_as_far_as_it_went() -> None:
    desk = sitting_desk().types(minutes=20)
    left_at = desk.clock.now()
    desk.walks_away(minutes=8)
    desk.tracker.finish_away(desk.clock.now())
    [natural] = desk.events(NaturalBreak)
    assert isinstance(natural, NaturalBreak)
    assert natural.away_since == left_at and natural.at == desk.clock.now()
    assert natural.away_seconds == pytest.approx(8 * 60)
    desk.tracker.finish_away(desk.clock.now())
    assert len(desk.events(NaturalBreak)) == 1


def test_a_huge_idle_time_at_start_up_is_someone_away_not_a_crash() -> None:
    tracker = SittingTracker(RecordingSink())
    snap = tracker.sample(MONDAY_9AM, 1000.0, 1e13)
    assert snap.stretch_started is None
    tracker.export_state(MONDAY_9AM)
    snap = tracker.sample(MONDAY_9AM + timedelta(seconds=10), 1010.0, 0.5)
    assert snap.stretch_started is not None


def test_an_idle_source_that_answers_again_is_believed_about_the_time_it_missed() -> None:
    desk = sitting_desk().types(minutes=20)
    desk.idle_known = False
    desk.walks_away(minutes=6)  # the service was restarting meanwhile
    desk.idle_known = True
    desk.tick()
    assert len(desk.events(StretchEnded)) == 1
    desk.touches()
    assert len(desk.events(NaturalBreak)) == 1
