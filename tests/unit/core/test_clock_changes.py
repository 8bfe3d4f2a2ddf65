"""The wall clock set either way, and daylight saving both ways: the break comes after
the same real sitting time, and no stretch ends for it."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from desk_sim import BERLIN, Desk

from desk_mobility.core.breaks import BreakStage, Offer
from desk_mobility.core.events import NaturalBreak, StretchEnded
from desk_mobility.core.settings import Settings

ALWAYS = Settings(
    working_days=("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    work_start=time(0, 0),
    work_end=time(23, 59),
)


def _offers(desk: Desk) -> list[Offer]:
    return [notice for notice in desk.notices if isinstance(notice, Offer)]


@pytest.mark.parametrize(
    "start",
    [
        datetime(2025, 3, 30, 1, 30, tzinfo=BERLIN),  # 02:00 CET becomes 03:00 CEST
        datetime(2025, 10, 26, 2, 30, tzinfo=BERLIN),  # 03:00 CEST becomes 02:00 CET
    ],
    ids=["spring-forward", "fall-back"],
)
def test_across_a_daylight_saving_change_the_break_comes_after_50_real_minutes(
    start: datetime,
) -> None:
    desk = Desk(start=start, settings=ALWAYS).types(minutes=49)
    assert _offers(desk) == []
    desk.types(minutes=1.5)
    assert len(_offers(desk)) == 1
    assert _offers(desk)[0].sat_seconds == pytest.approx(50 * 60, abs=10)
    assert desk.events(StretchEnded) == []


@pytest.mark.parametrize("hours", [-2, 2])
def test_a_clock_set_mid_stretch_moves_neither_sitting_time_nor_the_due_break(
    hours: int,
) -> None:
    desk = Desk(settings=ALWAYS).types(minutes=30)
    assert desk.status is not None and desk.status.seconds_to_due is not None
    left = desk.status.seconds_to_due
    desk.clock.jump_wall(hours * 3600)
    desk.types(seconds=10)
    assert desk.status.seconds_to_due == pytest.approx(left - 10, abs=1)
    desk.types(minutes=19)
    assert _offers(desk) == []
    desk.types(minutes=1.5)
    assert len(_offers(desk)) == 1
    assert desk.status.stage is BreakStage.DUE
    assert desk.events(NaturalBreak) == [] and desk.events(StretchEnded) == []


@pytest.mark.parametrize("hours", [-2, 2])
def test_a_snooze_lasts_its_real_ten_minutes_whatever_the_clock_is_set_to(hours: int) -> None:
    desk = Desk(settings=ALWAYS).types(minutes=51)
    assert desk.status is not None and desk.status.stage is BreakStage.DUE
    assert desk.machine.snooze(desk.clock.now())
    desk.types(minutes=2)
    desk.clock.jump_wall(hours * 3600)
    desk.types(minutes=7)
    assert desk.status.stage is BreakStage.SNOOZED
    desk.types(minutes=1.5)
    assert desk.status.stage is BreakStage.DUE
    assert len(_offers(desk)) == 2
