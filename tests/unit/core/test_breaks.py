"""The break policy, told as a user's working day."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from desk_sim import BERLIN, MONDAY_9AM, Desk

from desk_mobility.core.breaks import BreakStage, Offer, Withdrawal, next_hours_boundary
from desk_mobility.core.events import (
    BreakOffered,
    BreakResolved,
    BreakSnoozed,
    NaturalBreak,
    Paused,
    QuietChanged,
    Resumed,
    StretchEnded,
)
from desk_mobility.core.settings import WEEKDAYS, Settings

ALL_DAY_EVERY_DAY = Settings(working_days=WEEKDAYS, work_start=time(0, 0), work_end=time(23, 59))


def offers(desk: Desk) -> list[BreakOffered]:
    return [e for e in desk.events(BreakOffered) if isinstance(e, BreakOffered)]


def outcomes(desk: Desk) -> list[str]:
    return [e.outcome for e in desk.events(BreakResolved) if isinstance(e, BreakResolved)]


def stage(desk: Desk) -> BreakStage:
    return desk.machine.stage


def test_sits_49_min_reads_90_s_types_2_min_then_walks_away_6_min() -> None:
    desk = Desk().types(minutes=49)
    assert offers(desk) == []
    desk.reads(seconds=90).types(minutes=2)
    assert stage(desk) is BreakStage.DUE
    [offer] = offers(desk)
    # Reading counts as sitting: due a minute into the reading, at 09:50.
    assert offer.at == MONDAY_9AM + timedelta(minutes=50)
    assert offer.sat_seconds == pytest.approx(50 * 60)
    assert not offer.reoffer
    assert desk.notices == [Offer(offer.at, offer.offer_id, offer.sat_seconds, False)]

    desk.walks_away(minutes=6)
    assert stage(desk) is BreakStage.SITTING
    assert desk.sat_minutes == 0
    assert desk.events(NaturalBreak) == []  # recorded, whole, on the way back
    assert outcomes(desk) == ["natural"]
    assert isinstance(desk.notices[-1], Withdrawal)
    assert desk.status is not None and desk.status.seconds_to_due == 50 * 60

    desk.types(minutes=49)
    assert len(desk.events(NaturalBreak)) == 1
    assert stage(desk) is BreakStage.SITTING  # a fresh 50 minutes, not the old ones


def test_snooze_after_snooze_offers_the_same_break_again_each_time() -> None:
    desk = Desk().types(minutes=50)
    assert stage(desk) is BreakStage.DUE
    assert desk.machine.snooze(desk.clock.now())
    assert stage(desk) is BreakStage.SNOOZED
    assert desk.status is not None
    desk.types(minutes=9, seconds=50)
    assert stage(desk) is BreakStage.SNOOZED
    desk.types(seconds=10)
    assert stage(desk) is BreakStage.DUE
    assert desk.machine.snooze(desk.clock.now())
    desk.types(minutes=10)
    assert stage(desk) is BreakStage.DUE
    assert outcomes(desk) == []  # a snooze is not what became of the break
    snoozes = [e for e in desk.events(BreakSnoozed) if isinstance(e, BreakSnoozed)]
    assert [e.snooze_minutes for e in snoozes] == [10, 10]
    assert [o.offer_id for o in offers(desk)] == ["offer-1"] * 3
    assert [o.reoffer for o in offers(desk)] == [False, True, True]
    # Snooze only answers a due break.
    desk.machine.skip(desk.clock.now())
    assert not desk.machine.snooze(desk.clock.now())


def test_skip_lets_this_break_go_and_the_next_is_a_full_interval_away() -> None:
    desk = Desk().types(minutes=50)
    assert desk.machine.skip(desk.clock.now())
    assert stage(desk) is BreakStage.SITTING
    assert outcomes(desk) == ["skipped"]
    desk.types(minutes=49, seconds=50)
    assert stage(desk) is BreakStage.SITTING
    desk.types(seconds=10)
    assert stage(desk) is BreakStage.DUE
    assert desk.machine.skip(desk.clock.now())
    assert not desk.machine.skip(desk.clock.now())  # nothing left to skip


def test_a_finished_drill_is_a_break_taken_and_sitting_starts_from_zero() -> None:
    desk = Desk().types(minutes=50)
    now = desk.clock.now()
    assert desk.machine.start_break(now)
    desk.collect()
    assert stage(desk) is BreakStage.IN_BREAK
    assert isinstance(desk.notices[-1], Withdrawal)  # the notification goes away
    desk.types(minutes=4)  # pressing Space for each rep
    assert desk.machine.finish_break(desk.clock.now(), completed=True)
    assert outcomes(desk) == ["taken"]
    ended = [e for e in desk.events(StretchEnded) if isinstance(e, StretchEnded)]
    assert [e.ended_by for e in ended] == ["break"]
    assert desk.machine.tracker.snapshot(desk.clock.now()).sat_seconds == 0
    desk.types(minutes=49)
    assert stage(desk) is BreakStage.SITTING
    desk.types(minutes=1, seconds=10)
    assert stage(desk) is BreakStage.DUE


def test_an_abandoned_drill_leaves_the_break_due_and_offers_it_again_later() -> None:
    desk = Desk().types(minutes=50)
    [first] = offers(desk)
    desk.machine.start_break(desk.clock.now())
    desk.types(minutes=1)
    desk.machine.finish_break(desk.clock.now(), completed=False)
    assert stage(desk) is BreakStage.DUE
    assert outcomes(desk) == []
    desk.types(minutes=9, seconds=50)
    assert len(offers(desk)) == 1
    desk.types(seconds=10)
    again = offers(desk)[-1]
    assert again.reoffer and again.offer_id == first.offer_id


def test_a_break_started_from_the_tray_before_it_is_due_is_self_started_not_an_offer() -> None:
    desk = Desk().types(minutes=20)
    guide = desk.machine.start_break(desk.clock.now())
    assert guide is not None and guide.self_started and guide.offer_id is None
    assert desk.machine.start_break(desk.clock.now()) is None
    assert desk.machine.finish_break(desk.clock.now(), completed=True, break_id=guide.break_id)
    assert outcomes(desk) == []
    assert offers(desk) == []
    desk.collect()
    assert desk.sat_minutes == 0  # the drill still resets the sitting clock
    assert not desk.machine.finish_break(desk.clock.now(), completed=True)


def test_an_ignored_break_is_offered_again_gently_never_more_than_every_10_min() -> None:
    desk = Desk().types(minutes=50)
    desk.types(minutes=35)
    [first, *again] = offers(desk)
    assert len(again) == 3
    assert all(o.reoffer and o.offer_id == first.offer_id for o in again)
    times = [first.at] + [o.at for o in again]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 10 * 60


def test_no_re_offer_to_an_empty_chair() -> None:
    desk = Desk().types(minutes=50).reads(minutes=4, seconds=50)
    assert len(offers(desk)) == 1  # idle: not offered again
    desk.reads(minutes=6)  # long enough: a natural break
    assert outcomes(desk) == ["natural"]
    assert len(offers(desk)) == 1


def test_a_due_break_waits_while_a_window_is_fullscreen_and_is_offered_after() -> None:
    desk = Desk().types(minutes=45)
    desk.fullscreen = True
    desk.types(minutes=20)
    assert stage(desk) is BreakStage.QUIET
    assert desk.status is not None and desk.status.waiting and desk.status.quiet
    assert offers(desk) == []
    desk.fullscreen = False
    desk.types(seconds=10)
    assert stage(desk) is BreakStage.DUE
    [offer] = offers(desk)
    assert not offer.reoffer
    quiet = [e for e in desk.events(QuietChanged) if isinstance(e, QuietChanged)]
    assert [e.quiet for e in quiet] == [True, False]
    assert quiet[0].reason == "fullscreen"


def test_fullscreen_over_an_offered_break_takes_it_down_until_quiet_ends() -> None:
    desk = Desk().types(minutes=50)
    [offer] = offers(desk)
    desk.fullscreen = True
    desk.types(minutes=30)
    assert stage(desk) is BreakStage.QUIET
    assert desk.notices[-1] == Withdrawal(desk.notices[-1].at, offer.offer_id)
    desk.fullscreen = False
    desk.types(seconds=10)
    again = offers(desk)[-1]
    assert again.reoffer and again.offer_id == offer.offer_id
    assert len(offers(desk)) == 2


def test_a_natural_break_during_quiet_time_clears_the_waiting_break() -> None:
    desk = Desk().types(minutes=50)
    desk.fullscreen = True
    desk.types(seconds=10).walks_away(minutes=6)
    assert outcomes(desk) == ["natural"]
    desk.fullscreen = False
    desk.types(minutes=1)
    assert stage(desk) is BreakStage.SITTING


def test_fullscreen_is_ignored_when_the_setting_is_off() -> None:
    desk = Desk(settings=Settings(quiet_when_fullscreen=False))
    desk.fullscreen = True
    desk.types(minutes=50)
    assert stage(desk) is BreakStage.DUE
    assert desk.events(QuietChanged) == []


def test_outside_working_hours_nothing_is_due_and_an_open_offer_expires() -> None:
    evening = datetime(2025, 3, 3, 18, 5, tzinfo=BERLIN)
    desk = Desk(start=evening).types(minutes=50)
    assert stage(desk) is BreakStage.DUE
    desk.types(minutes=4, seconds=50)  # 18:59:50
    assert stage(desk) is BreakStage.DUE
    desk.types(seconds=10)  # 19:00
    assert stage(desk) is BreakStage.OFF_HOURS
    assert outcomes(desk) == ["expired"]
    assert isinstance(desk.notices[-1], Withdrawal)
    desk.types(minutes=120)
    assert len(offers(desk)) == 1
    assert desk.status is not None and desk.status.next_due is None


def test_sitting_before_work_starts_counts_once_working_hours_begin() -> None:
    early = datetime(2025, 3, 4, 7, 30, tzinfo=BERLIN)
    desk = Desk(start=early).types(minutes=29, seconds=50)
    assert stage(desk) is BreakStage.OFF_HOURS
    assert desk.machine.next_wakeup(desk.clock.now()) == datetime(2025, 3, 4, 8, 0, tzinfo=BERLIN)
    desk.types(seconds=10)
    assert stage(desk) is BreakStage.SITTING
    desk.types(minutes=20)  # 08:20: fifty minutes sat since 07:30
    assert stage(desk) is BreakStage.DUE


def test_nothing_is_due_at_the_weekend() -> None:
    saturday = datetime(2025, 3, 8, 10, 0, tzinfo=BERLIN)
    desk = Desk(start=saturday).types(minutes=180)
    assert stage(desk) is BreakStage.OFF_HOURS
    assert offers(desk) == []
    assert next_hours_boundary(desk.clock.now(), desk.settings) == datetime(
        2025, 3, 10, 8, 0, tzinfo=BERLIN
    )


def test_no_working_days_means_no_boundary_and_no_break() -> None:
    desk = Desk(settings=Settings(working_days=())).types(minutes=60)
    assert stage(desk) is BreakStage.OFF_HOURS
    assert next_hours_boundary(desk.clock.now(), desk.settings) is None


def test_pause_for_30_minutes_then_the_break_comes_when_the_pause_ends() -> None:
    desk = Desk().types(minutes=40)
    until = desk.machine.pause_for(desk.clock.now(), 30)
    assert until == MONDAY_9AM + timedelta(minutes=70)
    assert stage(desk) is BreakStage.PAUSED
    desk.types(minutes=29, seconds=50)
    assert stage(desk) is BreakStage.PAUSED and offers(desk) == []
    desk.types(seconds=10)
    assert stage(desk) is BreakStage.DUE  # sat 70 min: due as soon as reminders resume
    assert [type(e).__name__ for e in desk.sink.events if isinstance(e, Paused | Resumed)] == [
        "Paused",
        "Resumed",
    ]


def test_pausing_over_an_offered_break_takes_it_down_and_resume_ends_the_pause_early() -> None:
    desk = Desk().types(minutes=50)
    desk.machine.pause_for(desk.clock.now(), 60)
    desk.collect()
    assert outcomes(desk) == ["expired"]
    assert isinstance(desk.notices[-1], Withdrawal)
    desk.types(minutes=5)
    assert desk.machine.resume(desk.clock.now())
    assert not desk.machine.resume(desk.clock.now())
    assert stage(desk) is BreakStage.DUE
    assert len(offers(desk)) == 2
    with pytest.raises(ValueError, match="positive"):
        desk.machine.pause_for(desk.clock.now(), 0)


def test_pause_until_tomorrow_holds_across_midnight_and_ends_at_work_start() -> None:
    desk = Desk(start=datetime(2025, 3, 3, 17, 0, tzinfo=BERLIN)).types(minutes=10)
    until = desk.machine.pause_until_tomorrow(desk.clock.now())
    assert until == datetime(2025, 3, 4, 8, 0, tzinfo=BERLIN)
    desk.wait_until(datetime(2025, 3, 4, 0, 30, tzinfo=BERLIN))
    assert stage(desk) is BreakStage.PAUSED
    assert desk.machine.next_wakeup(desk.clock.now()) == until
    desk.wait_until(datetime(2025, 3, 4, 7, 59, 50, tzinfo=BERLIN))
    assert stage(desk) is BreakStage.PAUSED
    desk.walks_away(minutes=6).types(seconds=10)  # 08:06: pause over, fresh stretch
    assert stage(desk) is BreakStage.SITTING
    assert len(desk.events(Resumed)) == 1


def test_until_tomorrow_said_in_the_small_hours_means_this_morning() -> None:
    desk = Desk(start=datetime(2025, 3, 4, 1, 0, tzinfo=BERLIN))
    until = desk.machine.pause_until_tomorrow(desk.clock.now())
    assert until == datetime(2025, 3, 4, 8, 0, tzinfo=BERLIN)


def test_pause_until_tomorrow_on_friday_evening_lasts_until_monday_morning() -> None:
    friday_evening = datetime(2025, 3, 7, 18, 30, tzinfo=BERLIN)
    desk = Desk(start=friday_evening).types(minutes=10)
    until = desk.machine.pause_until_tomorrow(desk.clock.now())
    assert until == datetime(2025, 3, 10, 8, 0, tzinfo=BERLIN)
    assert desk.machine.status(desk.clock.now()).paused_until == until
    # Working late on Friday night, past midnight: still Monday.
    late = Desk(start=datetime(2025, 3, 8, 1, 0, tzinfo=BERLIN))
    assert late.machine.pause_until_tomorrow(late.clock.now()) == until
    # Someone who works Saturdays gets their Saturday.
    six_days = replace(Settings(), working_days=WEEKDAYS[:6])
    saturday_worker = Desk(start=friday_evening, settings=six_days)
    saturday = saturday_worker.machine.pause_until_tomorrow(saturday_worker.clock.now())
    assert saturday == datetime(2025, 3, 8, 8, 0, tzinfo=BERLIN)


def test_snooze_across_the_spring_daylight_saving_change_lasts_ten_real_minutes() -> None:
    # 30 March 2025: 02:00 CET jumps to 03:00 CEST.
    start = datetime(2025, 3, 30, 1, 5, tzinfo=BERLIN)
    desk = Desk(start=start, settings=ALL_DAY_EVERY_DAY).types(minutes=50)
    assert stage(desk) is BreakStage.DUE
    desk.machine.snooze(desk.clock.now())  # 01:55 CET
    assert desk.status is not None
    status = desk.machine.status(desk.clock.now())
    assert status.snoozed_until == datetime(2025, 3, 30, 3, 5, tzinfo=BERLIN)
    desk.types(minutes=9, seconds=50)
    assert stage(desk) is BreakStage.SNOOZED
    desk.types(seconds=10)
    assert stage(desk) is BreakStage.DUE
    assert desk.clock.now().utcoffset() == timedelta(hours=2)


def test_pause_until_tomorrow_on_the_autumn_change_ends_at_local_work_start() -> None:
    # 26 October 2025: 03:00 CEST falls back to 02:00 CET.
    desk = Desk(start=datetime(2025, 10, 25, 18, 0, tzinfo=BERLIN), settings=ALL_DAY_EVERY_DAY)
    until = desk.machine.pause_until_tomorrow(desk.clock.now())
    assert until.hour == 0 and until.day == 26  # work_start is midnight here
    desk2 = Desk(start=datetime(2025, 10, 25, 18, 0, tzinfo=BERLIN))
    until2 = desk2.machine.pause_until_tomorrow(desk2.clock.now())
    # Said on a Saturday: the next working morning is Monday, after the change.
    assert (until2.day, until2.hour, until2.utcoffset()) == (27, 8, timedelta(hours=1))
    desk2.wait_until(until2 - timedelta(seconds=10))
    assert stage(desk2) is BreakStage.PAUSED
    desk2.types(seconds=10)
    assert stage(desk2) is not BreakStage.PAUSED


def test_a_long_screen_lock_over_a_due_break_is_a_natural_break() -> None:
    desk = Desk().types(minutes=50)
    desk.locks(minutes=6)
    assert outcomes(desk) == ["natural"]
    assert stage(desk) is BreakStage.SITTING
    assert isinstance(desk.notices[-1], Withdrawal)


def test_a_suspend_over_a_snoozed_break_resets_it() -> None:
    desk = Desk().types(minutes=50)
    desk.machine.snooze(desk.clock.now())
    desk.sleeps(minutes=45).touches().types(minutes=1)
    assert stage(desk) is BreakStage.SITTING
    assert desk.sat_minutes == pytest.approx(1, abs=0.2)


def test_a_shorter_interval_applies_at_once() -> None:
    desk = Desk().types(minutes=30)
    status = desk.machine.apply_settings(replace(desk.settings, sit_minutes=25), desk.clock.now())
    assert status.stage is BreakStage.DUE
    assert len(offers(desk)) == 1


def test_next_wakeup_is_the_moment_the_break_falls_due() -> None:
    desk = Desk().types(minutes=20)
    now = desk.clock.now()
    assert desk.machine.next_wakeup(now) == now + timedelta(minutes=30)
    desk.types(minutes=30)
    now = desk.clock.now()
    assert desk.machine.next_wakeup(now) == now + timedelta(minutes=10)  # re-offer
    desk.machine.snooze(now)
    assert desk.machine.next_wakeup(now) == now + timedelta(minutes=10)
    desk.machine.start_break(now)
    assert desk.machine.next_wakeup(now) is None


def test_the_status_is_plain_json_for_the_command_line() -> None:
    desk = Desk().types(minutes=12)
    assert desk.status is not None
    data = json.loads(json.dumps(desk.status.to_dict()))
    assert data["stage"] == "sitting"
    assert data["sat_seconds"] == 720
    assert data["seconds_to_due"] == 38 * 60
    assert data["next_due"] == "2025-03-03T09:50:00+01:00"
    assert data["activity"] == "active"
    desk.idle_known = False
    desk.types(seconds=10)
    assert desk.status.to_dict()["activity"] == "unknown"


def test_a_pause_survives_a_restart() -> None:
    desk = Desk().types(minutes=5)
    until = desk.machine.pause_for(desk.clock.now(), 60)
    saved = desk.machine.export_state()
    fresh = Desk(start=desk.clock.now())
    fresh.machine.restore_state(saved, fresh.clock.now())
    assert fresh.machine.stage is BreakStage.PAUSED
    assert fresh.machine.status(fresh.clock.now()).paused_until == until
    assert fresh.events(Paused) == []  # recorded once, when the user paused
    fresh.machine.restore_state({"paused_until": "soon"}, fresh.clock.now())


def test_a_skip_holds_across_a_quit_and_a_relaunch() -> None:
    desk = Desk().types(minutes=50)
    assert desk.machine.skip(desk.clock.now())
    again = desk.relaunch(desk.quits())
    again.types(minutes=1)
    assert stage(again) is BreakStage.SITTING
    assert [o.offer_id for o in offers(again)] == ["offer-1"]  # not offered again at once
    again.types(minutes=49)
    assert stage(again) is BreakStage.DUE  # a full interval after the skip
    assert outcomes(again) == ["skipped"]


def test_a_snooze_holds_across_a_relaunch_and_comes_back_as_the_same_offer() -> None:
    desk = Desk().types(minutes=50)
    assert desk.machine.snooze(desk.clock.now())
    again = desk.relaunch(desk.quits())
    assert stage(again) is BreakStage.SNOOZED
    again.types(minutes=10)
    assert stage(again) is BreakStage.DUE
    assert [(o.offer_id, o.reoffer) for o in offers(again)] == [
        ("offer-1", False),
        ("offer-1", True),
    ]
    assert outcomes(again) == []


def test_quitting_with_an_offer_on_screen_records_it_and_a_relaunch_offers_it_again() -> None:
    desk = Desk().types(minutes=50)
    saved = desk.quits()
    assert outcomes(desk) == ["expired"]
    assert isinstance(desk.notices[-1], Withdrawal)
    again = desk.relaunch(saved)
    again.touches()
    assert stage(again) is BreakStage.DUE
    assert [(o.offer_id, o.reoffer) for o in offers(again)] == [
        ("offer-1", False),
        ("offer-1", True),
    ]
    assert again.machine.skip(again.clock.now())
    assert outcomes(again) == ["expired", "skipped"]


def test_a_saved_offer_whose_stretch_is_over_is_recorded_as_expired_once() -> None:
    desk = Desk().types(minutes=50)
    assert desk.machine.snooze(desk.clock.now())
    saved = desk.quits()
    later = desk.relaunch(saved, after_seconds=3600)  # away an hour: a new stretch
    assert stage(later) is BreakStage.SITTING
    assert outcomes(later) == ["expired"]
    on_screen = Desk().types(minutes=50)
    later = on_screen.relaunch(on_screen.quits(), after_seconds=3600)
    assert outcomes(later) == ["expired"]  # recorded at the quit, not again


def test_two_real_breaks_are_two_offers_whatever_was_pressed() -> None:
    """One break snoozed then taken, one skipped: the history holds two offers."""
    desk = Desk(settings=ALL_DAY_EVERY_DAY).types(minutes=50)
    assert desk.machine.snooze(desk.clock.now())
    desk.types(minutes=10)
    guide = desk.machine.start_break(desk.clock.now())
    assert guide is not None and guide.offer_id == "offer-1"
    assert desk.machine.finish_break(desk.clock.now(), True, guide.break_id)
    desk.types(minutes=51)
    assert desk.machine.skip(desk.clock.now())
    assert len({o.offer_id for o in offers(desk)}) == 2
    assert outcomes(desk) == ["taken", "skipped"]
    assert len(desk.events(BreakSnoozed)) == 1


def test_an_answer_naming_another_offer_changes_nothing() -> None:
    desk = Desk().types(minutes=50)
    assert not desk.machine.snooze(desk.clock.now(), "offer-from-before")
    assert not desk.machine.skip(desk.clock.now(), "offer-from-before")
    assert stage(desk) is BreakStage.DUE
    assert desk.machine.skip(desk.clock.now(), "offer-1")


def test_a_break_ends_once_whichever_way_the_guide_closes() -> None:
    desk = Desk().types(minutes=50)
    guide = desk.machine.start_break(desk.clock.now(), "offer-1")
    assert guide is not None
    assert not desk.machine.finish_break(desk.clock.now(), True, "another-break")
    assert desk.machine.finish_break(desk.clock.now(), False, guide.break_id)
    assert not desk.machine.finish_break(desk.clock.now(), True, guide.break_id)
    assert stage(desk) is BreakStage.DUE  # ended early: the offer is still open
    assert outcomes(desk) == []


def test_an_offer_the_app_stopped_with_is_not_resolved_again_when_it_never_comes_back() -> None:
    """Quit with a break on screen a minute before working hours end; relaunch after them."""
    evening = datetime(2025, 3, 3, 18, 8, tzinfo=BERLIN)
    desk = Desk(evening).types(minutes=51)  # due at 18:58
    assert stage(desk) is BreakStage.DUE
    saved = desk.quits()
    later = desk.relaunch(saved, after_seconds=120)  # 19:01: outside working hours
    assert stage(later) is BreakStage.OFF_HOURS
    assert outcomes(later) == ["expired"]  # once, at the quit
    assert [o.offer_id for o in offers(later)] == ["offer-1"]
