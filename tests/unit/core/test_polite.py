"""The polite moment: a due break's notification waits for a pause in typing.

The desk is sampled every second here, so "within two seconds" is measurable.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from desk_sim import MONDAY_9AM, Desk

from desk_mobility.core.breaks import BreakStage
from desk_mobility.core.events import BreakOffered
from desk_mobility.core.polite import CATCH_UP_SECONDS, PoliteMoment
from desk_mobility.core.quiet import CALL
from desk_mobility.core.settings import Settings


def offers(desk: Desk) -> list[BreakOffered]:
    return [e for e in desk.events(BreakOffered) if isinstance(e, BreakOffered)]


def polite_desk(pause: int = 15, cap: int = 300) -> Desk:
    """The gate takes its pause and cap from the settings in force."""
    settings = Settings(polite_pause_seconds=pause, polite_cap_seconds=cap)
    return Desk(settings=settings, polite=PoliteMoment(), period=1.0)


def test_typing_through_the_due_moment_holds_the_notification_until_a_pause() -> None:
    desk = polite_desk().types(minutes=52)
    assert desk.machine.stage is BreakStage.DUE
    assert offers(desk) == [] and desk.notices == []
    status = desk.machine.status(desk.clock.now())
    assert status.held_for_pause and status.to_dict()["held_for_pause"] is True
    stopped = desk.clock.now()
    desk.reads(seconds=14)
    assert offers(desk) == []
    desk.reads(seconds=2)
    [offer] = offers(desk)
    assert 15 <= (offer.at - stopped).total_seconds() <= 17
    assert not desk.machine.status(desk.clock.now()).held_for_pause


def test_someone_already_idle_gets_it_at_once() -> None:
    desk = polite_desk().types(minutes=49, seconds=40).reads(seconds=30)
    [offer] = offers(desk)
    assert offer.at == MONDAY_9AM + timedelta(minutes=50)


def test_typing_without_a_pause_gets_the_notification_at_the_cap() -> None:
    desk = polite_desk(cap=300).types(minutes=50)
    due = desk.clock.now()
    desk.types(minutes=4, seconds=58)
    assert offers(desk) == []
    desk.types(seconds=3)
    [offer] = offers(desk)
    assert 300 <= (offer.at - due).total_seconds() <= 301


def test_the_shell_is_told_when_to_look_again_so_it_can_sleep_until_then() -> None:
    desk = polite_desk(pause=15, cap=300).types(minutes=50)
    now = desk.clock.now()
    wakeup = desk.machine.next_wakeup(now)
    assert wakeup is not None and 14 <= (wakeup - now).total_seconds() <= 15


def test_a_break_that_waited_out_a_call_waits_at_most_a_minute_more() -> None:
    desk = polite_desk(cap=300).types(minutes=30).report(CALL, True).types(minutes=30)
    desk.report(CALL, False)
    ended = desk.clock.now()
    desk.types(seconds=CATCH_UP_SECONDS - 2)
    assert offers(desk) == []
    desk.types(seconds=3)
    [offer] = offers(desk)
    assert (offer.at - ended).total_seconds() <= CATCH_UP_SECONDS + 1


def test_quiet_time_before_the_pause_comes_leaves_nothing_to_take_down() -> None:
    desk = polite_desk().types(minutes=51)
    desk.report(CALL, True).types(minutes=1)
    assert desk.notices == [] and desk.machine.stage is BreakStage.QUIET
    desk.report(CALL, False).reads(seconds=20)
    assert len(offers(desk)) == 1 and len(desk.notices) == 1


def test_re_offers_also_wait_for_a_pause() -> None:
    desk = polite_desk().types(minutes=49, seconds=50).reads(seconds=20)
    assert len(offers(desk)) == 1
    desk.types(minutes=12)  # re-offer interval passed, but typing on
    assert len(offers(desk)) == 1
    desk.reads(seconds=16)
    assert [o.reoffer for o in offers(desk)] == [False, True]


def test_a_pause_of_zero_shows_at_once_and_unknown_input_does_not_wait() -> None:
    assert len(offers(polite_desk(pause=0).types(minutes=50))) == 1
    desk = polite_desk()
    desk.idle_known = False
    desk.types(minutes=55)
    assert desk.machine.stage is BreakStage.DUE and len(offers(desk)) == 1


def test_settings_set_the_pause_and_the_cap_and_bad_values_are_refused() -> None:
    desk = polite_desk()
    desk.machine.apply_settings(
        Settings(polite_pause_seconds=3, polite_cap_seconds=10), desk.clock.now()
    )
    desk.types(minutes=50).reads(seconds=4)
    assert len(offers(desk)) == 1
    with pytest.raises(ValueError, match="must not be negative"):
        PoliteMoment(-1, 10)


def test_a_held_offer_that_quiet_time_took_down_shows_later_as_a_first_offer() -> None:
    desk = polite_desk().types(minutes=51)  # held: typing
    desk.report(CALL, True).types(minutes=3).report(CALL, False).reads(seconds=20)
    [offer] = offers(desk)
    assert not offer.reoffer
