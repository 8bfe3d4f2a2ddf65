"""The guide window, driven by keys and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import (
    CheckIn,
    RecordingSink,
    RepCounted,
    RoutineEnded,
    RoutineStarted,
)
from desk_mobility.core.routine.model import Routine
from desk_mobility.core.routine.player import Stage
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.ui.guide.keys import GUIDE_KEYS, KEY_NAMES, KeyContext, binding_for, key_bar
from desk_mobility.ui.guide.window import GuideWindow
from desk_mobility.ui.icons import APP_ICON_SIZES
from desk_mobility.ui.sounds import SoundName


class RecordingSounds:
    def __init__(self) -> None:
        self.played: list[SoundName] = []

    def play(self, name: SoundName) -> None:
        self.played.append(name)


class Rig:
    def __init__(self, qtbot: QtBot, settings: Settings) -> None:
        self.qtbot = qtbot
        self.clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
        self.sink = RecordingSink()
        self.sounds = RecordingSounds()
        self.routine: Routine = load_routine(default_routine_path())
        self.window = GuideWindow(
            self.routine,
            settings,
            self.clock,
            self.sink,
            week_count=lambda: 3,
            sounds=self.sounds,
            dark=False,
        )
        qtbot.addWidget(self.window)
        self.finished: list[bool] = []
        self.window.finished.connect(self.finished.append)
        self.window.open_setup()

    def key(self, key: Qt.Key, text: str = "") -> None:
        if text:
            self.qtbot.keyClicks(self.window, text)
        else:
            self.qtbot.keyClick(self.window, key)

    def advance(self, seconds: float, step: float = 0.25) -> None:
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end - 1e-9:
            self.clock.advance(min(step, end - self.clock.monotonic()))
            self.window.tick()

    def reps(self) -> list[tuple[int, str, int]]:
        return [
            (e.set_number, e.direction, e.reps)
            for e in self.sink.events
            if isinstance(e, RepCounted)
        ]


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    yield Rig(qtbot, Settings())


REP = 3.5  # default tempo: 1.5 turn + 0.5 hold + 1.5 return


def test_setup_shows_the_checklist_and_the_keys(rig: Rig) -> None:
    w = rig.window
    assert w.isVisible() and w.page == "setup"
    text = " ".join(label.text() for label in w.setup_page.setup_steps)
    for needle in ("does not roll", "yoga block", "pillow", "foam roller", "baby crunch", "neck"):
        assert needle in text
    assert "not medical advice" in w.setup_page.disclaimer.text()
    assert "physiotherapist or doctor" in w.setup_page.disclaimer.text()
    assert "2 sets × 15 each way" in w.setup_page.setup_plan.text()
    assert "Enter / Space Start" in w.keybar.text() and "Esc Close" in w.keybar.text()


def test_the_guide_carries_the_app_icon(rig: Rig) -> None:
    assert {s.width() for s in rig.window.windowIcon().availableSizes()} == set(APP_ICON_SIZES)


def test_screens_in_order_through_a_whole_session(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_6, "6")
    assert w.setup_scale.value == 6
    rig.key(Qt.Key.Key_Return)
    assert w.page == "drill"
    started = rig.sink.of_type(RoutineStarted)
    assert len(started) == 1
    assert [(c.moment, c.tightness) for c in rig.sink.of_type(CheckIn)] == [("before", 6)]  # type: ignore[union-attr]
    assert w.drill_page.set_label.text() == "SET 1 OF 2"
    assert w.drill_page.dial.text() == "0 / 15" and w.drill_page.dial.caption == "to the right"
    assert w.drill_page.cue_title.text() == "THE FLASHLIGHT"

    rig.advance(7 * REP + 0.1)
    assert w.drill_page.dial.text() == "7 / 15"
    rig.advance(8 * REP)
    assert w.player.stage is Stage.SWITCH and w.drill_page.banner.isVisibleTo(w)
    assert "now to the left" in w.drill_page.banner_text.text()
    rig.advance(3.0 + 15 * REP)
    assert w.page == "rest"
    assert "set 2 of 2, starting to the right" in w.rest_page.rest_next.text()
    assert w.rest_page.rest_dial.big == "0:30"
    rig.advance(10)
    assert w.rest_page.rest_dial.big == "0:20"
    rig.advance(20)
    assert w.page == "drill" and w.drill_page.set_label.text() == "SET 2 OF 2"
    rig.advance(30 * REP + 3.0)
    assert w.page == "summary"
    assert w.summary_page.summary_eyebrow.text() == "SESSION COMPLETE"
    for s in (1, 2):
        for d in ("right", "left"):
            assert w.findChild(type(w.drill_page.set_label), f"reps-{s}-{d}").text() == "15 / 15"
    assert w.summary_page.summary_week.text() == "3"
    assert w.summary_page.summary_reps.text() == "60"
    assert w.summary_page.summary_time.text() == "4 min 06 s"
    assert "Before: 6" in w.summary_page.summary_before.text()
    rig.key(Qt.Key.Key_3, "3")
    rig.key(Qt.Key.Key_Return)
    assert not w.isVisible()
    assert rig.finished == [True]
    ended = rig.sink.of_type(RoutineEnded)
    assert len(ended) == 1 and ended[0].completed  # type: ignore[union-attr]
    assert [(c.moment, c.tightness) for c in rig.sink.of_type(CheckIn)] == [  # type: ignore[union-attr]
        ("before", 6),
        ("after", 3),
    ]
    assert len(rig.reps()) == 60


def test_pause_undo_and_mute_keys(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    assert w.frame_timer_active
    rig.advance(3 * REP + 0.2)
    assert w.player.reps_done == 3
    rig.key(Qt.Key.Key_P)
    assert w.player.paused and not w.frame_timer_active
    assert "Space / P Resume" in w.keybar.text() and "Paused" in w.drill_page.banner_text.text()
    rig.advance(30)
    assert w.player.reps_done == 3
    rig.key(Qt.Key.Key_P)
    assert not w.player.paused and w.frame_timer_active
    rig.key(Qt.Key.Key_U)
    assert w.player.reps_done == 2 and rig.reps()[-1] == (1, "right", 2)
    rig.key(Qt.Key.Key_Backspace)
    assert w.player.reps_done == 1 and rig.reps()[-1] == (1, "right", 1)
    # Space pauses in guided mode
    rig.key(Qt.Key.Key_Space)
    assert w.player.paused
    rig.key(Qt.Key.Key_Space)
    assert not w.player.paused
    ticks = rig.sounds.played.count("tick")
    rig.key(Qt.Key.Key_M)
    assert "M Unmute" in w.keybar.text()
    rig.advance(2 * REP)
    assert rig.sounds.played.count("tick") == ticks
    rig.key(Qt.Key.Key_M)
    rig.advance(REP)
    assert rig.sounds.played.count("tick") == ticks + 1


def test_sounds_tick_per_rep_and_tone_at_side_change(rig: Rig) -> None:
    rig.key(Qt.Key.Key_Return)
    assert rig.sounds.played == ["turn"]  # the start
    rig.advance(14 * REP + 0.1)
    assert rig.sounds.played == ["turn"] + ["tick"] * 14
    rig.advance(REP)
    assert rig.sounds.played[-1] == "turn"  # rep 15 ends the side: one tone, not both


def test_skip_rest_key(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    rig.key(Qt.Key.Key_S)  # nothing to skip yet
    assert w.page == "drill"
    rig.advance(30 * REP + 3.0 + 1)
    assert w.page == "rest" and "S Skip rest" in w.keybar.text()
    rig.key(Qt.Key.Key_S)
    assert w.page == "drill" and w.player.set_number == 2


def test_escape_asks_once_then_saves(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    rig.advance(5 * REP + 0.1)
    rig.key(Qt.Key.Key_Escape)
    assert w.page == "drill" and w.player.paused
    assert "End the session now?" in w.drill_page.banner_text.text()
    assert "Esc End and save" in w.keybar.text()
    rig.key(Qt.Key.Key_Q)  # any other key keeps going
    assert not w.player.paused and w.page == "drill"
    rig.key(Qt.Key.Key_Escape)
    rig.key(Qt.Key.Key_Escape)
    assert w.page == "summary"
    assert w.summary_page.summary_eyebrow.text() == "SESSION SAVED"
    assert w.findChild(type(w.drill_page.set_label), "reps-1-right").text() == "5 / 15"
    assert w.findChild(type(w.drill_page.set_label), "reps-2-left").text() == "0 / 15"
    ended = rig.sink.of_type(RoutineEnded)
    assert len(ended) == 1 and not ended[0].completed  # type: ignore[union-attr]
    rig.key(Qt.Key.Key_Escape)
    assert rig.finished == [False]


def test_closing_mid_set_records_a_partial_session(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    rig.advance(4 * REP + 1.0)
    w.close()
    assert rig.finished == [False]
    ended = rig.sink.of_type(RoutineEnded)
    assert len(ended) == 1 and not ended[0].completed  # type: ignore[union-attr]
    assert rig.reps() == [(1, "right", n) for n in range(1, 5)]
    session = rig.sink.of_type(RoutineStarted)[0].session_id  # type: ignore[union-attr]
    assert {e.session_id for e in rig.sink.events if hasattr(e, "session_id")} == {session}


def test_closing_on_setup_records_nothing(rig: Rig) -> None:
    rig.key(Qt.Key.Key_Escape)
    assert not rig.window.isVisible()
    assert rig.sink.events == [] and rig.finished == [False]


def test_animation_only_while_visible(rig: Rig) -> None:
    w = rig.window
    assert not w.frame_timer_active  # nothing moves on the setup screen
    rig.key(Qt.Key.Key_Return)
    assert w.frame_timer_active
    w.hide()
    assert not w.frame_timer_active
    assert w._beat_timer.isActive()  # still counts for the ears, waking once per beat
    w.open_setup()  # brings it back where it was
    assert w.page == "drill" and w.frame_timer_active
    w.setWindowState(Qt.WindowState.WindowMinimized)
    rig.qtbot.waitUntil(lambda: not w.frame_timer_active, timeout=1000)
    w.setWindowState(Qt.WindowState.WindowNoState)
    rig.qtbot.waitUntil(lambda: w.frame_timer_active, timeout=1000)


def test_self_paced_space_and_click_count(qtbot: QtBot) -> None:
    rig = Rig(qtbot, replace(Settings(), mode="self-paced"))
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    assert "Space Count a rep" in w.keybar.text()
    rig.advance(20)
    assert w.player.reps_done == 0
    rig.key(Qt.Key.Key_Space)
    assert w.drill_page.dial.text() == "1 / 15" and rig.reps() == [(1, "right", 1)]
    rig.advance(0.4)
    assert w.drill_canvas.pose.rotation > 0  # the figure follows the press
    centre = w.drill_canvas.rect().center()
    qtbot.mouseClick(w.drill_canvas, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert w.drill_page.dial.text() == "2 / 15"
    rig.key(Qt.Key.Key_U)
    assert w.drill_page.dial.text() == "1 / 15"


def test_reduced_motion_shows_key_poses(qtbot: QtBot) -> None:
    rig = Rig(qtbot, replace(Settings(), reduced_motion=True))
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    seen = set()
    for _ in range(40):
        rig.advance(0.1, step=0.1)
        seen.add(w.drill_canvas.pose.rotation)
    assert seen == {0.0, 1.0}


def test_tightness_keys(rig: Rig) -> None:
    scale = rig.window.setup_scale
    rig.key(Qt.Key.Key_1, "1")
    rig.key(Qt.Key.Key_0, "0")
    assert scale.value == 10
    rig.key(Qt.Key.Key_Left)
    assert scale.value == 9
    rig.key(Qt.Key.Key_Delete)
    assert scale.value is None
    rig.key(Qt.Key.Key_Right)
    assert scale.value == 5
    rig.key(Qt.Key.Key_Backspace)
    rig.key(Qt.Key.Key_Return)  # skipping the check-in is one key
    assert rig.sink.of_type(CheckIn) == []
    assert rig.window.page == "drill"


def test_why_page_opens_and_closes(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_W)
    assert w.page == "about" and "Esc / W / Backspace Back" in w.keybar.text()
    rig.key(Qt.Key.Key_Escape)
    assert w.page == "setup"
    assert rig.sink.events == []


def test_dark_theme_switches_every_painted_part(rig: Rig) -> None:
    w = rig.window
    w.apply_theme(True)
    assert w.theme.dark and w.drill_canvas.theme.dark and w.drill_page.dial.theme.dark
    assert w.theme.bg in w.styleSheet()
    w.apply_theme(False)
    assert not w.keybar.theme.dark


def test_the_figure_is_drawn_ahead_on_the_setup_screen_and_freed_after(rig: Rig) -> None:
    w = rig.window
    sprites = w.drill_canvas.sprites
    assert sprites is not None
    rig.qtbot.waitUntil(lambda: not w._warm_timer.isActive(), timeout=5000)
    assert len(sprites) == 2 * 84 + 1  # every half degree of both sides
    top = w.drill_canvas.top_sprites
    assert top is not None and len(top) == 2 * 42 + 1  # the top view in whole degrees
    drawn_ahead = sprites.rendered + top.rendered
    rig.key(Qt.Key.Key_Return)
    w.resize(w.size())  # the drill page had its real size before it was shown
    for _ in range(round(2 * REP * 60)):  # two reps frame by frame: copies only
        rig.clock.advance(1 / 60)
        w.tick()
        w.drill_canvas.repaint()
    assert w.player.reps_done == 2
    assert sprites.rendered + top.rendered == drawn_ahead
    assert not w._warm_timer.isActive()
    rig.advance(REP * 28 + 60 + REP * 30 + 10)  # through rest and the second set
    assert w.page == "summary"
    assert len(sprites) == 0 and sprites.bytes_used == 0 and len(top) == 0


def test_the_count_moves_exactly_when_the_figure_is_back_square(rig: Rig) -> None:
    w = rig.window
    rig.key(Qt.Key.Key_Return)
    rotations: list[float] = []  # as drawn, in half degrees
    exact: list[float] = []  # as the player has it
    counted_at: list[int] = []
    for frame in range(round(4 * REP * 60)):
        before = w.player.reps_done
        rig.clock.advance(1 / 60)
        w.tick()
        rotations.append(w.drill_canvas.pose.rotation)
        exact.append(w.player.rotation(rig.clock.monotonic()))
        if w.player.reps_done != before:
            counted_at.append(frame)
            # counted in the frame the rotation completes: square now, still turned before
            assert w.drill_canvas.pose.rotation == 0.0
            assert exact[-2] > 0.0 and rotations[-2] > 0.0
            assert w.drill_page.dial.big == str(w.player.reps_done)
    assert len(counted_at) == 4
    assert max(rotations) == 1.0  # each rep reaches the end range


def test_one_precise_frame_timer_only_on_the_moving_screens(rig: Rig) -> None:
    w = rig.window
    timer = w._frame_timer
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    assert not timer.isActive()  # setup
    rig.key(Qt.Key.Key_Return)
    assert timer.isActive() and timer.interval() == 16
    rig.key(Qt.Key.Key_Escape)
    rig.key(Qt.Key.Key_Escape)  # end early: the summary
    assert w.page == "summary" and not timer.isActive() and not w._beat_timer.isActive()


def test_a_routine_with_a_short_checklist_and_no_pictures_opens_and_themes(
    qtbot: QtBot,
) -> None:
    """More routines can be added as files: nothing may assume the bundled one's layout."""
    from dataclasses import replace as replace_field

    routine = load_routine(default_routine_path())
    short = replace_field(routine, setup=routine.setup[:2])
    window = GuideWindow(
        short,
        Settings(),
        FakeClock(datetime(2026, 3, 2, 10, tzinfo=UTC)),
        RecordingSink(),
        dark=False,
    )
    qtbot.addWidget(window)
    window.open_setup()
    assert window.setup_page.side_canvas is None
    window.apply_theme(True)
    assert window.page == "setup"
    assert len(window.setup_page.setup_steps) == 4  # title and detail of two steps


def _every_context() -> list[KeyContext]:
    return [
        KeyContext(page, confirming, by_hand, paused, muted)
        for page in GuideWindow.PAGES
        for confirming in (False, True)
        for by_hand in (False, True)
        for paused in (False, True)
        for muted in (False, True)
        if not (confirming and page not in ("drill", "rest"))
    ]


ALL_KEYS = tuple(k for k in Qt.Key if k.value < 0x01FFFFFF)


def test_every_key_that_does_something_is_shown_with_its_own_name() -> None:
    for context in _every_context():
        shown = dict(key_bar(context))
        for key in ALL_KEYS:
            binding = binding_for(key, context)
            if binding is None or binding.any_key:
                continue
            assert binding.cap_text() in shown, (context, key)
            name = KEY_NAMES.get(key) or chr(key.value)
            assert name in binding.cap_text() or binding.cap, (context, key)


def test_every_command_in_the_key_table_is_one_the_window_has(rig: Rig) -> None:
    commands = rig.window._key_commands()
    assert {b.command for b in GUIDE_KEYS} == set(commands)


def test_space_starts_from_setup_and_backspace_undoes_and_both_are_shown(rig: Rig) -> None:
    w = rig.window
    assert "Enter / Space Start" in w.keybar.text()
    rig.key(Qt.Key.Key_Space)
    assert w.page == "drill"
    assert "U / Backspace Undo rep" in w.keybar.text()
    rig.advance(REP + 0.1)
    assert w.player.reps_done == 1
    rig.key(Qt.Key.Key_Backspace)
    assert w.player.reps_done == 0
