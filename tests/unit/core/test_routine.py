"""The routine file and the player that counts it, under a fake clock."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import (
    CheckIn,
    RecordingSink,
    RepCounted,
    RoutineEnded,
    RoutineStarted,
)
from desk_mobility.core.routine.loader import parse_routine
from desk_mobility.core.routine.model import Routine, RoutineError
from desk_mobility.core.routine.player import Plan, RoutinePlayer, Stage
from desk_mobility.core.settings import SPEC_BY_KEY, Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine

FRAME = 1 / 60


@pytest.fixture
def routine() -> Routine:
    return load_routine(default_routine_path())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


def run(player: RoutinePlayer, clock: FakeClock, seconds: float, step: float = FRAME) -> list[str]:
    """Advance the clock frame by frame, collecting the beats."""
    beats: list[str] = []
    end = clock.monotonic() + seconds
    while clock.monotonic() < end - 1e-9:
        clock.advance(min(step, end - clock.monotonic()))
        beats.extend(player.tick(clock.monotonic()))
    return beats


def counts(sink: RecordingSink) -> list[tuple[int, str, int]]:
    return [(e.set_number, e.direction, e.reps) for e in sink.events if isinstance(e, RepCounted)]


# ------------------------------------------------------------------ the file


def test_bundled_routine_carries_the_drill(routine: Routine) -> None:
    assert routine.id == "seated-thoracic-rotation"
    assert routine.directions == ("right", "left")
    assert "does not roll" in " ".join(routine.equipment)
    setup = " ".join(f"{s.title} {s.detail}" for s in routine.setup)
    for needle in ("yoga block", "pillow", "foam roller", "baby crunch", "neck quiet"):
        assert needle in setup.lower() or needle in setup
    assert any("flashlight" in c for c in routine.early_cues)
    assert any("belly button" in c for c in routine.early_cues)
    assert any("rounded" in c and "sternum" in c for c in routine.late_cues)
    assert [c.name for c in routine.compensations] == [
        "Leaning side to side",
        "Moving the head",
        "Shifting the butt side to side",
    ]
    assert "not medical advice" in routine.disclaimer
    assert routine.switch_seconds == 3.0


def raw_routine() -> dict[str, Any]:
    return tomllib.loads(default_routine_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("title"), "title"),
        (lambda d: d["dose"].__setitem__("directions", ["right", "up"]), "dose.directions[1]"),
        (lambda d: d["tempo"].__setitem__("switch_seconds", -1), "tempo.switch_seconds"),
        (lambda d: d["setup"][1].pop("title"), "setup[1].title"),
        (lambda d: d["cues"].__setitem__("late", []), "cues.late"),
        (lambda d: d["compensations"][2].__setitem__("cue", 3), "compensations[2].cue"),
        (lambda d: d.__setitem__("equipment", "a chair"), "equipment"),
        (lambda d: d.__setitem__("id", "has space"), "id"),
        (lambda d: d["setup"][0].__setitem__("picture", "selfie"), "setup[0].picture"),
    ],
)
def test_loader_names_the_bad_field(mutate: Any, field: str) -> None:
    data = raw_routine()
    mutate(data)
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, "test.toml")
    assert caught.value.field == field
    assert str(caught.value).startswith(f"test.toml: {field}: ")


def test_loader_reports_unreadable_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("title = ", encoding="utf-8")
    with pytest.raises(RoutineError, match="not valid TOML") as caught:
        load_routine(broken)
    assert caught.value.field == "file"
    with pytest.raises(RoutineError, match="cannot be read"):
        load_routine(tmp_path / "missing.toml")


def test_settings_override_the_routine_defaults(routine: Routine) -> None:
    settings = replace(
        Settings(),
        sets=3,
        reps_per_direction=8,
        turn_seconds=2.0,
        rest_seconds=10,
        mode="self-paced",
    )
    plan = Plan.of(routine, settings)
    assert (plan.sets, plan.reps_per_direction, plan.rest_seconds, plan.mode) == (
        3,
        8,
        10,
        "self-paced",
    )
    assert plan.tempo.turn_seconds == 2.0
    assert plan.directions == ("right", "left")
    defaults = Plan.of(routine)
    assert (defaults.sets, defaults.reps_per_direction, defaults.rest_seconds) == (2, 15, 30)
    assert defaults.tempo.turn_seconds == SPEC_BY_KEY["turn_seconds"].default


@pytest.mark.parametrize(
    ("section", "key"),
    [("dose", "sets"), ("dose", "reps_per_direction"), ("dose", "rest_seconds")]
    + [("tempo", k) for k in ("turn_seconds", "hold_seconds", "return_seconds")],
)
def test_a_routine_file_that_sets_the_dose_or_tempo_says_it_is_a_setting(
    section: str, key: str
) -> None:
    """The settings own how much and how fast: a file value would be silently ignored."""
    data = raw_routine()
    data[section][key] = 3
    with pytest.raises(RoutineError, match=f"is a setting \\({key} in settings.toml"):
        parse_routine(data, "old.toml")


# ------------------------------------------------------------------ guided


def test_full_default_routine_counts_two_by_fifteen_each_way(
    routine: Routine, clock: FakeClock
) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, Settings(), clock, sink, session_id="s1")
    player.start(clock.monotonic())
    beats = run(player, clock, 300)

    assert player.stage is Stage.DONE and player.completed
    expected = [(s, d, n) for s in (1, 2) for d in ("right", "left") for n in range(1, 16)]
    assert counts(sink) == expected
    assert beats.count("rep") == 60
    assert beats.count("switch") == 2
    assert beats.count("set_end") == 1
    assert beats.count("rest_end") == 1
    assert beats[-1] == "done"
    assert isinstance(sink.events[0], RoutineStarted)
    assert sink.events[0].sets == 2 and sink.events[0].reps_per_direction == 15
    last = sink.events[-1]
    assert isinstance(last, RoutineEnded) and last.completed and last.session_id == "s1"
    # 60 reps x 3.5 s + 2 switches x 3 s + 30 s rest
    assert player.elapsed() == pytest.approx(246, abs=0.05)
    assert player.reps_per_direction_done() == {"right": 30, "left": 30}


def test_count_advances_exactly_when_the_rotation_returns(
    routine: Routine, clock: FakeClock
) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink)
    player.start(clock.monotonic())
    clock.advance(0.75)
    player.tick(clock.monotonic())
    phase, amount = player.rep_phase()
    assert phase == "turn" and 0.4 < amount < 0.6
    assert player.rotation() > 0  # first side is to the right
    clock.advance(1.0)  # 1.75 s: holding at end range
    player.tick(clock.monotonic())
    assert player.rep_phase() == ("hold", 1.0)
    clock.advance(1.74)  # just before the return completes
    assert player.tick(clock.monotonic()) == ()
    assert player.reps_done == 0 and player.rep_phase()[1] < 0.01
    clock.advance(0.02)
    assert player.tick(clock.monotonic()) == ("rep",)
    assert player.reps_done == 1


def test_a_long_gap_counts_every_rep_it_covers(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink)
    player.start(clock.monotonic())
    clock.advance(3.5 * 4 + 0.1)
    assert player.tick(clock.monotonic()) == ("rep",) * 4
    assert [n for _, _, n in counts(sink)] == [1, 2, 3, 4]


def test_left_side_turns_the_other_way_after_a_switch(routine: Routine, clock: FakeClock) -> None:
    player = RoutinePlayer(routine, None, clock, RecordingSink())
    player.start(clock.monotonic())
    run(player, clock, 15 * 3.5)
    assert player.stage is Stage.SWITCH and player.direction == "left"
    assert player.cue().kind == "switch"
    run(player, clock, 3.0 + 1.0)
    assert player.stage is Stage.MOVING and player.rotation() < 0


def test_pause_freezes_count_pose_and_rest(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink)
    player.start(clock.monotonic())
    run(player, clock, 1.0)
    angle = player.rotation()
    player.pause(clock.monotonic())
    run(player, clock, 60)
    assert player.reps_done == 0 and player.rotation() == angle
    assert player.seconds_to_next_beat() is None
    player.resume(clock.monotonic())
    run(player, clock, 2.5)
    assert player.reps_done == 1
    # rest is frozen by a pause as well
    run(player, clock, 29 * 3.5 + 3.0)
    assert player.stage is Stage.REST
    player.toggle_pause(clock.monotonic())
    run(player, clock, 100)
    assert player.stage is Stage.REST and player.rest_remaining() == pytest.approx(30, abs=0.05)
    player.toggle_pause(clock.monotonic())
    run(player, clock, 10)
    assert player.rest_remaining() == pytest.approx(20, abs=0.05)


def test_undo_takes_back_a_rep_through_the_same_event(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink)
    assert not player.undo(clock.monotonic())
    player.start(clock.monotonic())
    assert not player.undo(clock.monotonic())  # nothing counted yet
    run(player, clock, 3 * 3.5 + 1.0)
    assert player.reps_done == 3
    assert player.undo(clock.monotonic())
    assert player.reps_done == 2
    assert counts(sink)[-1] == (1, "right", 2)
    assert player.rep_phase() == ("turn", 0.0)  # the undone rep starts over


def test_undo_from_rest_returns_to_the_last_set(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink)
    player.start(clock.monotonic())
    run(player, clock, 30 * 3.5 + 3.0 + 5)
    assert player.stage is Stage.REST and player.set_number == 2
    assert player.undo(clock.monotonic())
    assert player.stage is Stage.MOVING
    assert (player.set_number, player.direction, player.reps_done) == (1, "left", 14)
    beats = run(player, clock, 3.5)
    assert beats == ["rep", "set_end"]


def test_skip_rest_starts_the_next_set(routine: Routine, clock: FakeClock) -> None:
    player = RoutinePlayer(routine, None, clock, RecordingSink())
    player.start(clock.monotonic())
    assert player.skip_rest(clock.monotonic()) == ()
    run(player, clock, 30 * 3.5 + 3.0 + 1)
    assert player.stage is Stage.REST
    assert player.next_set_direction() == "right"
    assert player.skip_rest(clock.monotonic()) == ("rest_end",)
    assert player.stage is Stage.MOVING and player.set_number == 2 and player.direction == "right"


def test_end_early_keeps_what_was_done(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink, session_id="early")
    player.start(clock.monotonic(), tightness_before=6)
    run(player, clock, 7 * 3.5 + 0.5)
    player.end(clock.monotonic())
    assert player.stage is Stage.DONE and not player.completed
    ended = sink.of_type(RoutineEnded)
    assert len(ended) == 1 and not ended[0].completed  # type: ignore[union-attr]
    assert counts(sink)[-1] == (1, "right", 7)
    assert player.reps(1, "right") == 7 and player.reps(1, "left") == 0
    player.end(clock.monotonic())  # a second end records nothing more
    assert len(sink.of_type(RoutineEnded)) == 1
    run(player, clock, 10)
    assert player.total_done == 7
    checkins = sink.of_type(CheckIn)
    assert [(c.moment, c.tightness, c.session_id) for c in checkins] == [("before", 6, "early")]  # type: ignore[union-attr]


def test_ending_before_the_start_records_nothing(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink)
    player.end(clock.monotonic())
    assert sink.events == [] and player.stage is Stage.DONE


def test_check_in_after_the_session_and_bounds(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    player = RoutinePlayer(routine, None, clock, sink, session_id="s")
    player.start(clock.monotonic())
    player.end(clock.monotonic())
    player.check_in("after", 3)
    assert player.tightness("after") == 3
    assert isinstance(sink.events[-1], CheckIn) and sink.events[-1].moment == "after"
    with pytest.raises(ValueError, match="tightness"):
        player.check_in("after", 11)


# ------------------------------------------------------------------ self-paced


def test_self_paced_counts_only_presses(routine: Routine, clock: FakeClock) -> None:
    sink = RecordingSink()
    settings = replace(Settings(), mode="self-paced", sets=1, reps_per_direction=3, rest_seconds=0)
    player = RoutinePlayer(routine, settings, clock, sink)
    player.start(clock.monotonic())
    assert run(player, clock, 60) == []
    assert player.reps_done == 0 and player.seconds_to_next_beat() is None
    assert player.mark_rep(clock.monotonic()) == ("rep",)
    # the figure follows the press with one brisk rotation
    clock.advance(player.FOLLOW_SECONDS * 0.45)
    assert player.rotation(clock.monotonic()) > 0.5
    clock.advance(player.FOLLOW_SECONDS)
    assert player.rotation(clock.monotonic()) == 0.0
    player.mark_rep(clock.monotonic())
    assert player.mark_rep(clock.monotonic()) == ("rep", "switch")
    # a press during the side switch means "ready": it counts on the new side
    assert player.mark_rep(clock.monotonic()) == ("rep",)
    assert (player.direction, player.reps_done) == ("left", 1)
    player.pause(clock.monotonic())
    assert player.mark_rep(clock.monotonic()) == ()
    player.resume(clock.monotonic())
    player.mark_rep(clock.monotonic())
    assert player.mark_rep(clock.monotonic()) == ("rep", "done")
    assert player.completed
    assert counts(sink) == [
        (1, "right", 1),
        (1, "right", 2),
        (1, "right", 3),
        (1, "left", 1),
        (1, "left", 2),
        (1, "left", 3),
    ]
    assert sink.of_type(RoutineStarted)[0].mode == "self-paced"  # type: ignore[union-attr]


def test_guided_mode_ignores_presses(routine: Routine, clock: FakeClock) -> None:
    player = RoutinePlayer(routine, None, clock, RecordingSink())
    player.start(clock.monotonic())
    assert player.mark_rep(clock.monotonic()) == ()
    assert player.reps_done == 0


# ------------------------------------------------------------------ cues


def test_cues_follow_the_set(routine: Routine, clock: FakeClock) -> None:
    player = RoutinePlayer(routine, None, clock, RecordingSink())
    player.start(clock.monotonic())
    seen: list[tuple[int, str, str]] = []
    for _ in range(15):
        cue = player.cue()
        seen.append((player.reps_done, cue.kind, cue.title))
        if cue.kind == "rounded":
            assert "slightly rounded" in cue.text and "sternum" in cue.text
        run(player, clock, 3.5)
    kinds = [k for _, k, _ in seen]
    assert kinds[:3] == ["flashlight"] * 3
    assert kinds[-4:] == ["rounded"] * 4
    middle = [title for _, kind, title in seen if kind == "compensation"]
    assert set(middle) == {c.name for c in routine.compensations}
    # in order, each shown for consecutive reps, one cue at a time
    assert middle == sorted(middle, key=[c.name for c in routine.compensations].index)
    assert "flashlight" in seen[0][2].lower()
    assert player.stage is Stage.SWITCH and player.cue().kind == "switch"


def test_progress_runs_from_zero_to_one(routine: Routine, clock: FakeClock) -> None:
    player = RoutinePlayer(routine, None, clock, RecordingSink())
    player.start(clock.monotonic())
    assert player.progress() == 0.0
    run(player, clock, 3.5 * 30 + 3.0)
    assert player.progress() == pytest.approx(0.5)
    run(player, clock, 400)
    assert player.progress() == 1.0


def test_next_beat_lets_a_hidden_window_sleep(routine: Routine, clock: FakeClock) -> None:
    player = RoutinePlayer(routine, None, clock, RecordingSink())
    player.start(clock.monotonic())
    clock.advance(1.0)
    player.tick(clock.monotonic())
    assert player.seconds_to_next_beat() == pytest.approx(2.5)
    clock.advance(2.5)
    assert player.tick(clock.monotonic()) == ("rep",)
