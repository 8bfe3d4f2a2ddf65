"""Quiet time: calls, do-not-disturb and fullscreen, told as a user's afternoon."""

from __future__ import annotations

from datetime import timedelta

from desk_sim import MONDAY_9AM, Desk

from desk_mobility.core.breaks import BreakStage
from desk_mobility.core.events import BreakOffered, QuietChanged
from desk_mobility.core.polite import PoliteMoment
from desk_mobility.core.quiet import CALL, DND, FULLSCREEN, QuietPolicy, reason_words
from desk_mobility.core.settings import Settings


def offers(desk: Desk) -> list[BreakOffered]:
    return [e for e in desk.events(BreakOffered) if isinstance(e, BreakOffered)]


def quiet_events(desk: Desk) -> list[tuple[bool, str]]:
    return [(e.quiet, e.reason) for e in desk.events(QuietChanged) if isinstance(e, QuietChanged)]


def test_the_most_specific_reason_is_named_and_each_keeps_its_own_start() -> None:
    policy = QuietPolicy()
    later = MONDAY_9AM + timedelta(minutes=5)
    policy.report(FULLSCREEN, True, MONDAY_9AM)
    policy.report(CALL, True, later, "Firefox")
    quiet = policy.current()
    assert quiet is not None and (quiet.reason, quiet.since, quiet.detail) == (
        CALL,
        later,
        "Firefox",
    )
    assert quiet.words == "you are on a call (Firefox)"
    policy.report(CALL, True, later + timedelta(minutes=1))  # said again: nothing changes
    assert policy.current() == quiet
    policy.report(CALL, False, later)
    assert policy.current() is not None and policy.current().since == MONDAY_9AM  # type: ignore[union-attr]


def test_a_reason_switched_off_in_settings_never_makes_it_quiet() -> None:
    policy = QuietPolicy(enabled=(FULLSCREEN,))
    policy.report(DND, True, MONDAY_9AM, "dunst")
    assert policy.current() is None
    policy.configure((FULLSCREEN, DND))
    assert policy.current() is not None and policy.current().reason == DND  # type: ignore[union-attr]
    assert reason_words("presenting") == "presenting"


def test_remind_me_anyway_lasts_until_every_reason_has_cleared() -> None:
    policy = QuietPolicy()
    assert not policy.override(MONDAY_9AM)  # nothing to override
    policy.report(CALL, True, MONDAY_9AM)
    policy.report(DND, True, MONDAY_9AM)
    assert policy.override(MONDAY_9AM)
    assert policy.current() is None and policy.holding() is not None and policy.overridden
    policy.report(CALL, False, MONDAY_9AM)
    assert policy.current() is None  # do-not-disturb still on: still overridden
    policy.report(DND, False, MONDAY_9AM)
    assert not policy.overridden
    policy.report(CALL, True, MONDAY_9AM)  # the next call is quiet again
    assert policy.current() is not None


def test_a_call_holds_a_due_break_and_it_is_offered_when_the_call_ends() -> None:
    desk = Desk().types(minutes=30).report(CALL, True, "Zoom").types(minutes=40)
    assert desk.machine.stage is BreakStage.QUIET
    status = desk.status
    assert status is not None and status.waiting and status.quiet_reason == CALL
    assert status.quiet_detail == "Zoom" and status.quiet_since == MONDAY_9AM + timedelta(
        minutes=30
    )
    assert offers(desk) == []
    desk.report(CALL, False)
    assert desk.machine.stage is BreakStage.DUE and len(offers(desk)) == 1
    assert quiet_events(desk) == [(True, CALL), (False, CALL)]


def test_dnd_over_an_offered_break_takes_it_down_and_offers_it_once_after() -> None:
    desk = Desk().types(minutes=50)
    assert len(offers(desk)) == 1
    desk.report(DND, True, "dunst").types(minutes=5)
    assert desk.machine.stage is BreakStage.QUIET
    desk.report(DND, False).types(minutes=2)
    assert [o.reoffer for o in offers(desk)] == [False, True]


def test_a_change_of_reason_closes_one_quiet_period_and_opens_the_next() -> None:
    desk = Desk().report(FULLSCREEN, False)
    desk.fullscreen = True
    desk.types(minutes=1).report(CALL, True).types(minutes=1)
    desk.fullscreen = False
    desk.types(minutes=1).report(CALL, False)
    assert quiet_events(desk) == [
        (True, FULLSCREEN),
        (False, FULLSCREEN),
        (True, CALL),
        (False, CALL),
    ]


def test_remind_me_anyway_offers_a_waiting_break_at_once_even_mid_sentence() -> None:
    desk = Desk(polite=PoliteMoment(15, 300)).types(minutes=20)
    desk.report(CALL, True).types(minutes=40)
    assert offers(desk) == []
    assert desk.machine.remind_anyway(desk.clock.now())
    desk.collect()
    assert desk.machine.stage is BreakStage.DUE and len(offers(desk)) == 1
    status = desk.machine.status(desk.clock.now())
    assert status.quiet_overridden and not status.quiet and status.quiet_reason is None
    assert quiet_events(desk) == [(True, CALL), (False, CALL)]


def test_turning_call_detection_off_in_settings_ends_the_quiet_time_at_once() -> None:
    desk = Desk().types(minutes=20).report(CALL, True).types(minutes=40)
    status = desk.machine.apply_settings(Settings(quiet_during_calls=False), desk.clock.now())
    assert status.stage is BreakStage.DUE and not status.quiet


def test_during_quiet_time_the_shell_is_told_when_the_break_comes_due() -> None:
    desk = Desk().types(minutes=30).report(CALL, True).types(minutes=10)
    now = desk.clock.now()
    wakeup = desk.machine.next_wakeup(now)
    assert wakeup is not None and abs((wakeup - now).total_seconds() - 10 * 60) <= 10
