"""Random days at the desk: whatever the user presses and however time passes,
the break in play keeps its promises.

Hypothesis draws a sequence of user actions (typing, reading, walking away,
a fullscreen window, every answer to an offer from every way in, the guide's
every way out, pauses, quitting and relaunching) and clock steps, plays it
through the break machine and the real routine player, and checks:

* at most one break is open, and it is in the guide exactly while the stage says so;
* every guide session that began ends exactly once;
* every offer is resolved exactly once (an offer the app stopped with is
  recorded then, and may be reopened only by the relaunch that continues it),
  and nothing happens to an offer after it is resolved;
* a completed drill for an offer resolves that offer as taken; a self-started
  break never becomes an offer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from desk_sim import MONDAY_9AM, Desk
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_mobility.core.breaks import BreakStage, GuideBreak
from desk_mobility.core.events import (
    BreakOffered,
    BreakResolved,
    BreakSnoozed,
    Event,
    RoutineEnded,
    RoutineStarted,
)
from desk_mobility.core.routine.loader import routine_from_text
from desk_mobility.core.routine.model import Routine
from desk_mobility.core.routine.player import RoutinePlayer, Stage
from desk_mobility.core.settings import WEEKDAYS, Settings
from desk_mobility.files.paths import asset_path

SETTINGS = Settings(
    sit_minutes=20,
    natural_break_minutes=5,
    snooze_minutes=5,
    working_days=WEEKDAYS,
    # Short working hours, so random days often cross their start and end.
    work_start=time(8, 0),
    work_end=time(10, 0),
    sets=1,
    reps_per_direction=3,
    mode="self-paced",
    rest_seconds=0,
)
ROUTINE: Routine = routine_from_text(
    asset_path("routines", "seated-thoracic-rotation.toml").read_text(encoding="utf-8")
)
RELAUNCHED = "relaunched"  # a marker between runs in the event log


@dataclass
class Guide:
    """The guide window's contract: a session per drill, one end per break."""

    desk: Desk
    guide: GuideBreak
    player: RoutinePlayer = field(init=False)
    finished: int = 0

    def __post_init__(self) -> None:
        self.player = RoutinePlayer(
            ROUTINE,
            SETTINGS,
            self.desk.clock,
            self.desk.sink,
            offer_id=self.guide.offer_id,
        )

    def start_drill(self) -> None:
        self.player.start(self.desk.clock.monotonic())

    def count_every_rep(self) -> None:
        for _ in range(100):
            if self.player.stage is Stage.DONE or self.player.stage is Stage.READY:
                return
            self.desk.clock.advance(1.0)
            self.player.mark_rep(self.desk.clock.monotonic())
            self.player.tick(self.desk.clock.monotonic())

    def close(self) -> None:
        """Closed (Esc, the window's close button, Done on the summary, the app quitting)."""
        if self.player.stage not in (Stage.READY, Stage.DONE):
            self.player.end(self.desk.clock.monotonic())
        self.finished += 1
        self.desk.machine.finish_break(
            self.desk.clock.now(), self.player.completed, self.guide.break_id
        )


class Day:
    """The app, as the shell wires it, driven by one user."""

    def __init__(self, start: datetime = MONDAY_9AM) -> None:
        self.desk = Desk(start, settings=SETTINGS, period=30.0)
        self.guide: Guide | None = None
        self.guides: list[Guide] = []

    def open_guide(self, offer_id: str | None) -> None:
        """Every way in: the notification (with its offer id), the tray, the window, the CLI."""
        if self.guide is not None:
            if self.guide.player.stage is not Stage.DONE:
                return  # a drill under way is just raised
            self.close_guide()  # a summary still showing: its break ends first
        started = self.desk.machine.start_break(self.desk.clock.now(), offer_id)
        assert started is not None, "nothing in the guide, yet the break would not start"
        self.guide = Guide(self.desk, started)
        self.guides.append(self.guide)

    def close_guide(self) -> None:
        if self.guide is not None:
            self.guide.close()
            self.guide = None

    def quit_and_relaunch(self, after_seconds: float) -> None:
        self.close_guide()
        saved = self.desk.quits()
        self.desk.sink.events.append(RELAUNCHED)  # type: ignore[arg-type]
        self.desk = self.desk.relaunch(saved, after_seconds=after_seconds)

    def open_offer(self) -> str | None:
        return self.desk.machine.current.offer_id


def _play(day: Day, action: tuple[str, float]) -> None:
    name, amount = action
    desk, now = day.desk, day.desk.clock.now()
    if name == "type":
        desk.types(minutes=1 + amount * 25)
    elif name == "read":
        desk.reads(minutes=amount * 8)
    elif name == "fullscreen":
        desk.fullscreen = not desk.fullscreen
        desk.tick()
    elif name == "snooze":
        desk.machine.snooze(now, day.open_offer() if amount > 0.5 else "an-old-offer")
    elif name == "skip":
        desk.machine.skip(now, day.open_offer() if amount > 0.5 else None)
    elif name == "start":
        day.open_guide(day.open_offer() if amount > 0.5 else None)
    elif name == "drill" and day.guide is not None:
        day.guide.start_drill()
        if amount > 0.3:
            day.guide.count_every_rep()
    elif name == "close":
        day.close_guide()
    elif name == "pause":
        desk.machine.pause_for(now, 1 + amount * 20)
    elif name == "resume":
        desk.machine.resume(now)
    elif name == "relaunch":
        day.quit_and_relaunch(after_seconds=amount**2 * 900)  # mostly within a stretch
    desk.collect()


NAMES = (
    "type",
    "type",
    "type",
    "read",
    "fullscreen",
    "snooze",
    "skip",
    "start",
    "drill",
    "drill",
    "close",
    "pause",
    "resume",
    "relaunch",
)
ACTIONS = st.tuples(st.sampled_from(NAMES), st.floats(0, 1))


def _check_one_open_break(day: Day) -> None:
    machine = day.desk.machine
    in_guide = machine.current.guide is not None
    assert in_guide == (machine.stage is BreakStage.IN_BREAK)
    assert in_guide == (day.guide is not None)


def _check_sessions(events: list[Event], *, all_closed: bool) -> None:
    started = [e.session_id for e in events if isinstance(e, RoutineStarted)]
    ended = [e.session_id for e in events if isinstance(e, RoutineEnded)]
    assert len(started) == len(set(started))
    assert len(ended) == len(set(ended)), "a session ended twice"
    assert set(ended) <= set(started)
    if all_closed:
        assert sorted(ended) == sorted(started), "a session never ended"


def _check_offers(events: list[Event | str]) -> None:
    open_now: set[str] = set()
    resolved: dict[str, str] = {}
    reopenable: set[str] = set()  # recorded when the app stopped; a relaunch may continue it
    for event in events:
        if event == RELAUNCHED:
            reopenable |= {o for o, outcome in resolved.items() if outcome == "expired"}
            continue
        if isinstance(event, BreakOffered):
            if event.offer_id in resolved:
                assert event.offer_id in reopenable, f"{event.offer_id} offered after it ended"
                assert event.reoffer
                del resolved[event.offer_id]
            reopenable.discard(event.offer_id)
            open_now.add(event.offer_id)
        elif isinstance(event, BreakSnoozed):
            assert event.offer_id in open_now, "a snooze for an offer that is not open"
        elif isinstance(event, BreakResolved):
            assert event.offer_id in open_now, f"{event.offer_id} resolved twice"
            open_now.discard(event.offer_id)
            resolved[event.offer_id] = event.outcome
        elif isinstance(event, RoutineStarted) and event.offer_id is not None:
            assert event.offer_id in open_now, "a session for an offer that is not open"
    assert open_now == set(), f"offers never resolved: {open_now}"
    reopenable.clear()


def _check_taken(events: list[Event | str]) -> None:
    offered = {e.offer_id for e in events if isinstance(e, BreakOffered)}
    taken = {e.offer_id for e in events if isinstance(e, BreakResolved) and e.outcome == "taken"}
    sessions = {e.session_id: e.offer_id for e in events if isinstance(e, RoutineStarted)}
    completed_for = {
        sessions[e.session_id] for e in events if isinstance(e, RoutineEnded) and e.completed
    }
    assert taken == {o for o in completed_for if o is not None}
    assert taken <= offered


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 3 * 60),  # minutes after 07:30
    st.lists(ACTIONS, min_size=4, max_size=40),
)
def test_whatever_the_user_does_each_break_begins_and_ends_once(
    start_minutes: int, actions: list[tuple[str, float]]
) -> None:
    day = Day(MONDAY_9AM.replace(hour=7, minute=30) + timedelta(minutes=start_minutes))
    for action in actions:
        _play(day, action)
        _check_one_open_break(day)
        _check_sessions(
            [e for e in day.desk.sink.events if not isinstance(e, str)],
            all_closed=day.guide is None,
        )
        assert all(g.finished <= 1 for g in day.guides)
    # The day ends: the guide closes, the app quits, and comes back hours later.
    day.close_guide()
    day.quit_and_relaunch(after_seconds=3 * 3600)
    day.desk.types(seconds=60)
    events: list[Event | str] = list(day.desk.sink.events)
    _check_sessions([e for e in events if not isinstance(e, str)], all_closed=True)
    _check_offers(events)
    _check_taken(events)
    assert all(g.finished == 1 for g in day.guides)
