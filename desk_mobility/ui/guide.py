"""The guide window: setup, the animated drill, rest, and a summary.

One window walks the user through a routine: a setup checklist (with an
optional tightness check-in), the drill itself with the animated figure, a
big count and one cue at a time, a rest countdown between sets, and a summary.
Everything works from the keyboard and the keys are shown on screen.

The window is a thin shell around ``RoutinePlayer``: a frame timer calls
``player.tick`` and draws what it says, so the figure, the count and the
pacing sounds always agree. The timer runs at 60 fps only while the window is
visible; hidden or minimised, it wakes only for the next audible beat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_mobility import APP_NAME
from desk_mobility.clock import Clock
from desk_mobility.config import Settings
from desk_mobility.core.events import EventSink
from desk_mobility.core.routine import Beat, Routine, RoutinePlayer, Stage
from desk_mobility.ui.figure import FigurePose
from desk_mobility.ui.figure_canvas import FigureCanvas
from desk_mobility.ui.guide_parts import (
    format_duration,
    make_button,
    make_card,
    make_label,
    set_text,
)
from desk_mobility.ui.guide_theme import DARK_THEME, LIGHT_THEME, stylesheet
from desk_mobility.ui.guide_widgets import Dial, KeyBar, TightnessScale
from desk_mobility.ui.icons import prefers_dark
from desk_mobility.ui.sounds import SoundName

log = logging.getLogger(__name__)

FRAME_MS = 16
REDUCED_FRAME_MS = 100
WARM_SLICE_SECONDS = 0.004
"""Longest stretch of ahead-of-time drawing between two events: keys stay instant."""


class Sounds(Protocol):
    """What the window needs from the pacing sounds (``PacingSounds`` fits)."""

    def play(self, name: SoundName) -> None: ...


class GuideWindow(QWidget):
    """The guided drill in one window: setup, drill, rest, summary.

    Records go through the sink as they happen (via ``RoutinePlayer``), so a
    window closed mid-set leaves a partial session behind. Emits
    ``finished(completed)`` once, when the window is dismissed or closed.
    """

    finished = Signal(bool)

    PAGES = ("setup", "about", "drill", "rest", "summary")

    def __init__(  # noqa: PLR0917 - the app wires it positionally
        self,
        routine: Routine,
        settings: Settings,
        clock: Clock,
        sink: EventSink,
        week_count: Callable[[], int] = lambda: 0,
        sounds: Sounds | None = None,
        parent: QWidget | None = None,
        *,
        offer_id: str | None = None,
        dark: bool | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.routine = routine
        self.settings = settings
        self._clock = clock
        self._sink = sink
        self._week_count = week_count
        self._sounds = sounds
        self._offer_id = offer_id
        self._muted = False
        self._confirming_end = False
        self._paused_before_confirm = False
        self._finished_sent = False
        self._digit_pending: tuple[int, float] | None = None
        self.player = self._new_player()
        self.theme = LIGHT_THEME
        self._dark_override = dark

        self.setObjectName("guide")
        self.setWindowTitle(f"{routine.title} · {APP_NAME}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(1000, 680)
        self.setMinimumSize(780, 560)

        self._frame_timer = QTimer(self)
        self._frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame_timer.timeout.connect(self.tick)
        self._beat_timer = QTimer(self)
        self._beat_timer.setSingleShot(True)
        self._beat_timer.timeout.connect(self.tick)
        # while the setup screen is read, the drill's figure is drawn ahead in short slices
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_slice)
        self._warm_done = False

        self.stack = QStackedWidget()
        self.keybar = KeyBar(self.theme)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 12)
        outer.setSpacing(10)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.keybar)
        self._build_setup()
        self._build_about()
        self._build_drill()
        self._build_rest()
        self._build_summary()
        self.apply_theme(self._dark_override)
        self._show_page("setup")
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply_theme(self._dark_override))

    # -------------------------------------------------------------- public

    def open_setup(self) -> None:
        """Show the window on the setup screen, raised and focused."""
        if self.player.stage is Stage.DONE:
            self.player = self._new_player()
            self._finished_sent = False
            self._warm_done = False
            self.setup_scale.set_value(None)
            self.after_scale.set_value(None)
        if self.player.stage is Stage.READY:
            self._show_page("setup")
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def apply_theme(self, dark: bool | None = None) -> None:
        """Light or dark; ``None`` follows the system."""
        self._dark_override = dark
        use_dark = prefers_dark() if dark is None else dark
        self.theme = DARK_THEME if use_dark else LIGHT_THEME
        self._warm_done = False
        for widget in (
            self.keybar,
            self.setup_canvas,
            self.side_canvas,
            self.drill_canvas,
            self.dial,
            self.rest_dial,
            self.setup_scale,
            self.after_scale,
            self.rest_canvas,
            self.summary_canvas,
        ):
            widget.theme = self.theme
            widget.update()
        self.setStyleSheet(stylesheet(self.theme))

    def apply_settings(self, settings: Settings) -> None:
        """New settings: sounds at once; dose and tempo from the next session."""
        self.settings = settings
        if self.player.stage is Stage.READY:
            self.player = self._new_player()
            self._refresh_setup()

    @property
    def page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    # -------------------------------------------------------------- building

    def _new_player(self) -> RoutinePlayer:
        return RoutinePlayer(
            self.routine, self.settings, self._clock, self._sink, offer_id=self._offer_id
        )

    def _header(self, eyebrow: str, title: str) -> tuple[QVBoxLayout, QLabel, QLabel]:
        box = QVBoxLayout()
        box.setSpacing(2)
        top = make_label(eyebrow.upper(), "eyebrow", 12)
        head = make_label(title, "title", 28, weight=QFont.Weight.Bold)
        box.addWidget(top)
        box.addWidget(head)
        return box, top, head

    def _build_setup(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        top = QHBoxLayout()
        header, _, _ = self._header("Movement break", self.routine.title)
        self.setup_tagline = make_label(self.routine.tagline or self.routine.why, "muted", 16)
        header.addWidget(self.setup_tagline)
        top.addLayout(header, 1)
        self.setup_plan = make_label("", "muted", 14)
        self.setup_plan.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.setup_plan)
        layout.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        figure_card = make_card()
        figure_layout = QVBoxLayout(figure_card)
        figure_layout.setContentsMargins(12, 12, 12, 12)
        self.setup_canvas = FigureCanvas(self.theme, inset=True)
        self.setup_canvas.set_pose(FigurePose(rotation=0.55, inset=False))
        figure_layout.addWidget(self.setup_canvas, 1)
        body.addWidget(figure_card, 5)

        steps_card = make_card()
        steps = QVBoxLayout(steps_card)
        steps.setContentsMargins(22, 18, 22, 18)
        steps.setSpacing(12)
        steps.addWidget(make_label("Before you start", "title", 18, weight=QFont.Weight.Bold))
        self.setup_steps: list[QLabel] = []
        for number, step in enumerate(self.routine.setup, start=1):
            row = QHBoxLayout()
            row.setSpacing(12)
            badge = make_label(str(number), "step-number", 13)
            badge.setFixedSize(26, 26)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            text = QVBoxLayout()
            text.setSpacing(1)
            title = make_label(step.title, "title", 15, weight=QFont.Weight.DemiBold, wrap=True)
            detail = make_label(step.detail, "muted", 13, wrap=True)
            text.addWidget(title)
            text.addWidget(detail)
            self.setup_steps.extend((title, detail))
            row.addLayout(text, 1)
            if number == 3:
                self.side_canvas = FigureCanvas(self.theme, inset=False, side_view=True)
                self.side_canvas.set_pose(
                    FigurePose(rounding=1.0, side_view=True, beam=False, inset=False)
                )
                self.side_canvas.setFixedSize(84, 84)
                self.side_canvas.setToolTip("Slightly rounded, like a baby crunch")
                row.addWidget(self.side_canvas, 0, Qt.AlignmentFlag.AlignVCenter)
            steps.addLayout(row)
        steps.addStretch(1)
        body.addWidget(steps_card, 6)
        layout.addLayout(body, 1)

        check = make_card()
        check_layout = QHBoxLayout(check)
        check_layout.setContentsMargins(20, 12, 20, 12)
        question = QVBoxLayout()
        question.setSpacing(0)
        question.addWidget(
            make_label(
                "How tight is your upper back right now?", "title", 15, weight=QFont.Weight.DemiBold
            )
        )
        question.addWidget(make_label("Optional · 0 loose, 10 very tight", "muted", 13))
        check_layout.addLayout(question, 0)
        self.setup_scale = TightnessScale(self.theme)
        check_layout.addWidget(self.setup_scale, 1)
        layout.addWidget(check)

        bottom = QHBoxLayout()
        self.disclaimer = make_label(self.routine.disclaimer, "muted", 13, wrap=True)
        bottom.addWidget(self.disclaimer, 1)
        self.why_button = make_button("Why this helps")
        self.why_button.clicked.connect(lambda: self._show_page("about"))
        self.start_button = make_button("Start", primary=True)
        self.start_button.clicked.connect(self._start)
        bottom.addWidget(self.why_button)
        bottom.addWidget(self.start_button)
        layout.addLayout(bottom)
        self.stack.addWidget(page)
        self._refresh_setup()

    def _refresh_setup(self) -> None:
        plan = self.player.plan
        minutes = max(1, round(plan.estimated_seconds() / 60))
        mode = "Guided tempo" if plan.mode == "guided" else "Self-paced"
        sets = "set" if plan.sets == 1 else "sets"
        self.setup_plan.setText(
            f"{plan.sets} {sets} × {plan.reps_per_direction} each way\nabout {minutes} min · {mode}"
        )

    def _build_about(self) -> None:
        about = self.routine.about
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        header, _, _ = self._header("Why this helps", "Your upper back was built to rotate")
        layout.addLayout(header)
        layout.addWidget(make_label(self.routine.why, "muted", 15, wrap=True))
        grid = QGridLayout()
        grid.setSpacing(14)

        def section(
            title: str, lines: tuple[str, ...] | list[str], row: int, col: int, bullets: bool = True
        ) -> None:
            card = make_card()
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 14, 18, 14)
            box.setSpacing(6)
            box.addWidget(make_label(title, "title", 15, weight=QFont.Weight.Bold))
            for line in lines:
                box.addWidget(make_label(("•  " if bullets else "") + line, "", 13, wrap=True))
            box.addStretch(1)
            grid.addWidget(card, row, col)

        section("What the movement is", [about.what, about.key_detail], 0, 0, bullets=False)
        section("Why it stiffens", about.causes, 0, 1)
        section("What you get", about.benefits, 1, 0)
        section("Signs your upper back is locked", about.signs, 1, 1)
        layout.addLayout(grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(make_label(about.not_this, "muted", 13, wrap=True), 1)
        back = make_button("Back")
        back.clicked.connect(lambda: self._show_page("setup"))
        bottom.addWidget(back)
        layout.addLayout(bottom)
        self.stack.addWidget(page)

    def _build_drill(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        figure_card = make_card()
        figure_layout = QVBoxLayout(figure_card)
        figure_layout.setContentsMargins(10, 10, 10, 10)
        self.drill_canvas = FigureCanvas(self.theme, inset=True, animated=True)
        self.drill_canvas.clicked.connect(self._rep_key)
        figure_layout.addWidget(self.drill_canvas, 1)
        layout.addWidget(figure_card, 3)

        side = QVBoxLayout()
        side.setSpacing(12)
        self.set_label = make_label("", "eyebrow", 14)
        self.set_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.set_label)
        self.dial = Dial(self.theme)
        side.addWidget(self.dial, 1)
        self.banner = make_card("banner")
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 10, 16, 10)
        self.banner_text = make_label("", "", 14, wrap=True, weight=QFont.Weight.DemiBold)
        banner_layout.addWidget(self.banner_text)
        self.banner.hide()
        side.addWidget(self.banner)
        self.cue_card = make_card("cue")
        cue_layout = QVBoxLayout(self.cue_card)
        cue_layout.setContentsMargins(18, 12, 16, 14)
        cue_layout.setSpacing(4)
        self.cue_title = make_label("", "eyebrow", 12)
        self.cue_text = make_label("", "", 17, wrap=True, weight=QFont.Weight.DemiBold)
        self.cue_text.setMinimumHeight(48)
        cue_layout.addWidget(self.cue_title)
        cue_layout.addWidget(self.cue_text)
        side.addWidget(self.cue_card)
        self.mode_label = make_label("", "muted", 13, wrap=True)
        self.mode_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.mode_label)
        holder = QWidget()
        holder.setLayout(side)
        holder.setMinimumWidth(330)
        holder.setMaximumWidth(420)
        layout.addWidget(holder, 2)
        self.stack.addWidget(page)

    def _build_rest(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        left = QVBoxLayout()
        header, self.rest_eyebrow, self.rest_title = self._header("Rest", "Nice set.")
        left.addLayout(header)
        self.rest_next = make_label("", "", 18, wrap=True, weight=QFont.Weight.DemiBold)
        left.addWidget(self.rest_next)
        self.rest_tip = make_label("", "muted", 15, wrap=True)
        left.addWidget(self.rest_tip)
        figure_card = make_card()
        figure_layout = QVBoxLayout(figure_card)
        figure_layout.setContentsMargins(10, 10, 10, 10)
        self.rest_canvas = FigureCanvas(self.theme, inset=False)
        self.rest_canvas.set_pose(FigurePose(rotation=0.0, inset=False, beam=True))
        figure_layout.addWidget(self.rest_canvas, 1)
        left.addWidget(figure_card, 1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.rest_dial = Dial(self.theme)
        right.addWidget(self.rest_dial, 1)
        self.rest_banner = make_label("", "muted", 14)
        self.rest_banner.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.rest_banner)
        skip = make_button("Skip rest")
        skip.clicked.connect(self._skip_rest)
        right.addWidget(skip, 0, Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        holder.setLayout(right)
        holder.setMinimumWidth(300)
        holder.setMaximumWidth(400)
        layout.addWidget(holder, 2)
        self.stack.addWidget(page)

    def _build_summary(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        header, self.summary_eyebrow, self.summary_title = self._header("Done", "")
        layout.addLayout(header)
        self.summary_subtitle = make_label("", "muted", 16, wrap=True)
        layout.addWidget(self.summary_subtitle)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.summary_reps = self._stat_card(tiles, "Rotations")
        self.summary_time = self._stat_card(tiles, "Time taken")
        self.summary_week = self._stat_card(tiles, "Sessions this week")
        layout.addLayout(tiles)
        table_card = make_card()
        row = QHBoxLayout(table_card)
        row.setContentsMargins(18, 12, 30, 12)
        row.setSpacing(24)
        self.summary_canvas = FigureCanvas(self.theme, inset=False)
        self.summary_canvas.set_pose(FigurePose(rotation=-0.65, inset=False))
        self.summary_canvas.setMinimumWidth(220)
        self.summary_canvas.setMaximumWidth(300)
        row.addWidget(self.summary_canvas, 2)
        table_box = QVBoxLayout()
        table_box.addStretch(1)
        self.summary_grid = QGridLayout()
        self.summary_grid.setHorizontalSpacing(28)
        self.summary_grid.setVerticalSpacing(14)
        table_box.addLayout(self.summary_grid)
        table_box.addStretch(1)
        row.addLayout(table_box, 5)
        layout.addWidget(table_card, 1)
        check = make_card()
        check_layout = QHBoxLayout(check)
        check_layout.setContentsMargins(20, 12, 20, 12)
        question = QVBoxLayout()
        question.setSpacing(0)
        question.addWidget(
            make_label(
                "And now? How tight is your upper back?", "title", 15, weight=QFont.Weight.DemiBold
            )
        )
        self.summary_before = make_label("Optional · 0 loose, 10 very tight", "muted", 13)
        question.addWidget(self.summary_before)
        check_layout.addLayout(question)
        self.after_scale = TightnessScale(self.theme)
        check_layout.addWidget(self.after_scale, 1)
        layout.addWidget(check)
        bottom = QHBoxLayout()
        self.summary_note = make_label("", "muted", 13, wrap=True)
        bottom.addWidget(self.summary_note, 1)
        done = make_button("Done", primary=True)
        done.clicked.connect(self._dismiss)
        bottom.addWidget(done)
        layout.addLayout(bottom)
        self.stack.addWidget(page)

    def _stat_card(self, into: QHBoxLayout, title: str) -> QLabel:
        card = make_card()
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(2)
        box.addWidget(make_label(title.upper(), "eyebrow", 12))
        value = make_label("", "title", 28, weight=QFont.Weight.Bold)
        box.addWidget(value)
        into.addWidget(card, 1)
        return value

    # -------------------------------------------------------------- pages

    def _show_page(self, name: str) -> None:
        index = self.PAGES.index(name)
        if self.stack.currentIndex() != index:
            self.stack.setCurrentIndex(index)
        if name == "summary":
            self.drill_canvas.release()  # the drill is over: its sprites go
            self._fill_summary()
        self._refresh()
        self._update_timers()

    def _keys_for_page(self) -> list[tuple[str, str]]:
        page = self.page
        if page == "setup":
            return [
                ("Enter", "Start"),
                ("0–10", "Rate tightness (optional)"),
                ("W", "Why this helps"),
                ("Esc", "Close"),
            ]
        if page == "about":
            return [("Esc", "Back"), ("Enter", "Start")]
        if page == "summary":
            return [("0–10", "Rate tightness (optional)"), ("Enter", "Done")]
        if self._confirming_end:
            return [("Esc", "End and save"), ("any key", "Keep going")]
        keys: list[tuple[str, str]] = []
        if page == "drill" and self.player.mode == "self-paced":
            keys.append(("Space", "Count a rep"))
        pause = "Resume" if self.player.paused else "Pause"
        keys.append(("P", pause))
        keys.append(("U", "Undo rep"))
        if page == "rest":
            keys.append(("S", "Skip rest"))
        keys.append(("M", "Unmute" if self._muted else "Mute"))
        keys.append(("Esc", "End early"))
        return keys

    # -------------------------------------------------------------- driving

    def _start(self) -> None:
        if self.player.stage is not Stage.READY:
            return
        self.player.start(self._clock.monotonic(), tightness_before=self.setup_scale.value)
        self._show_page("drill")
        self._play("turn")

    def tick(self) -> None:
        """Bring the player and the screen up to the clock (the frame timer calls this)."""
        now = self._clock.monotonic()
        beats = self.player.tick(now)
        if beats:
            self._handle_beats(beats)
        self._sync_page()
        self._refresh()
        if not self._frame_timer.isActive():
            self._update_timers()

    def _handle_beats(self, beats: tuple[Beat, ...]) -> None:
        if any(b in ("switch", "set_end", "done", "rest_end") for b in beats):
            self._play("turn")
        elif "rep" in beats:
            self._play("tick")

    def _sync_page(self) -> None:
        stage = self.player.stage
        wanted = {
            Stage.MOVING: "drill",
            Stage.SWITCH: "drill",
            Stage.REST: "rest",
            Stage.DONE: "summary",
        }.get(stage)
        if wanted and self.page not in (wanted, "about"):
            self._show_page(wanted)

    def _play(self, name: SoundName) -> None:
        if self._sounds is not None and not self._muted:
            self._sounds.play(name)

    def _animating(self) -> bool:
        return (
            self.isVisible()
            and not self.isMinimized()
            and self.page in ("drill", "rest")
            and not self.player.paused
            and self.player.stage not in (Stage.READY, Stage.DONE)
        )

    def _should_warm(self) -> bool:
        return (
            not self._warm_done
            and not self.settings.reduced_motion  # three key poses need no warm-up
            and self.isVisible()
            and not self.isMinimized()
            and self.page in ("setup", "about")
            and self.player.stage is Stage.READY
        )

    def _warm_slice(self) -> None:
        """Draw a few of the drill's sprites; stop once all are drawn or the drill begins."""
        if not self._should_warm():
            self._warm_timer.stop()
            return
        self._lay_out_ahead("drill")
        first_side = 1 if self.player.plan.directions[0] == "right" else -1
        if not self.drill_canvas.warm_up(first_side, WARM_SLICE_SECONDS):
            self._warm_done = True
            self._warm_timer.stop()

    def _lay_out_ahead(self, name: str) -> None:
        """Give a page not shown yet its real geometry, so its canvas knows its size."""
        page = self.stack.widget(self.PAGES.index(name))
        shown = self.stack.currentWidget()
        if page is None or shown is None or page.isVisible():
            return
        if page.geometry() == shown.geometry():
            return
        page.setGeometry(shown.geometry())
        for widget in [page, *page.findChildren(QWidget)]:  # parents before children
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def _update_timers(self) -> None:
        """60 fps while seen; otherwise sleep until the next audible beat."""
        if self._should_warm():
            if not self._warm_timer.isActive():
                self._warm_timer.start()
        else:
            self._warm_timer.stop()
        if self._animating():
            self._beat_timer.stop()
            interval = REDUCED_FRAME_MS if self.settings.reduced_motion else FRAME_MS
            if not self._frame_timer.isActive() or self._frame_timer.interval() != interval:
                self._frame_timer.start(interval)
            return
        self._frame_timer.stop()
        wait = self.player.seconds_to_next_beat()
        if wait is None or self.player.stage in (Stage.READY, Stage.DONE):
            self._beat_timer.stop()
        else:
            self._beat_timer.start(max(1, round(wait * 1000) + 1))

    def _pose(self) -> FigurePose:
        rotation = self.player.rotation(self._clock.monotonic())
        if self.settings.reduced_motion:
            # key poses only: centre or end range, no in-between frames
            rotation = 0.0 if abs(rotation) < 0.5 else (1.0 if rotation > 0 else -1.0)
        return FigurePose(rotation=rotation, rounding=1.0, inset=False)

    def _refresh(self) -> None:
        self.keybar.set_keys(self._keys_for_page())
        page = self.page
        player = self.player
        if page == "drill":
            self.drill_canvas.set_pose(self._pose())
            set_text(self.set_label, f"SET {player.set_number} OF {player.plan.sets}")
            self.dial.set_values(
                round(player.progress() * 720) / 720,  # half-degree steps: fewer repaints
                f"{player.reps_done}",
                f" / {player.reps_target}",
                f"to the {player.direction}",
                dimmed=player.paused,
            )
            cue = player.cue()
            if self.cue_card.property("kind") != cue.kind:
                self.cue_card.setProperty("kind", cue.kind)
                self.cue_card.style().unpolish(self.cue_card)
                self.cue_card.style().polish(self.cue_card)
            set_text(self.cue_title, cue.title.upper())
            set_text(self.cue_text, cue.text)
            tempo = player.plan.tempo
            if player.mode == "guided":
                mode = (
                    f"Guided · turn {tempo.turn_seconds:g} s · hold {tempo.hold_seconds:g} s"
                    f" · back {tempo.return_seconds:g} s"
                )
            else:
                mode = "Self-paced · press Space (or click the figure) after each rotation"
            set_text(self.mode_label, mode)
            self._refresh_banner()
        elif page == "rest":
            remaining = player.rest_remaining()
            total = max(player.plan.rest_seconds, 0.001)
            secs = int(remaining + 0.999)
            self.rest_dial.set_values(
                1.0 - remaining / total,
                f"{secs // 60}:{secs % 60:02d}",
                "",
                "rest",
                dimmed=player.paused,
            )
            set_text(
                self.rest_eyebrow, f"REST · SET {player.set_number - 1} OF {player.plan.sets} DONE"
            )
            set_text(self.rest_title, "Nice set. Breathe.")
            set_text(
                self.rest_next,
                f"Next: set {player.set_number} of {player.plan.sets}, "
                f"starting to the {player.next_set_direction()}.",
            )
            set_text(self.rest_tip, player.cue().text)
            banner = (
                "Paused · press P to resume"
                if player.paused
                else "End early? Esc again ends and saves"
                if self._confirming_end
                else ""
            )
            set_text(self.rest_banner, banner)

    def _refresh_banner(self) -> None:
        if self._confirming_end:
            text = (
                "End the session now? What you did is saved.\n"
                "Esc ends it · any other key keeps going"
            )
        elif self.player.paused:
            text = "Paused · press P to resume"
        elif self.player.stage is Stage.SWITCH:
            text = (
                f"Switch sides: now to the {self.player.direction} in "
                f"{self.player.switch_remaining():.0f} s"
            )
        else:
            text = ""
        set_text(self.banner_text, text)
        self.banner.setVisible(bool(text))

    def _fill_summary(self) -> None:
        player = self.player
        completed = player.completed
        self.summary_eyebrow.setText("SESSION COMPLETE" if completed else "SESSION SAVED")
        self.summary_title.setText(
            "Well done. Your upper back moved today."
            if completed
            else "Good start. What you did is saved."
        )
        per_direction = player.reps_per_direction_done()
        per_text = " and ".join(f"{n} to the {d}" for d, n in per_direction.items())
        self.summary_subtitle.setText(f"{player.total_done} rotations: {per_text}.")
        grid = self.summary_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        grid.addWidget(make_label("REPS", "eyebrow", 12), 0, 0)
        for col, direction in enumerate(player.plan.directions, start=1):
            head = make_label(f"TO THE {direction.upper()}", "eyebrow", 12)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, col)
        for row in range(1, player.plan.sets + 1):
            grid.addWidget(
                make_label(f"Set {row}", "title", 18, weight=QFont.Weight.DemiBold), row, 0
            )
            for col, direction in enumerate(player.plan.directions, start=1):
                done = player.reps(row, direction)
                cell = make_label(
                    f"{done} / {player.plan.reps_per_direction}",
                    "title" if done else "muted",
                    24,
                    weight=QFont.Weight.Bold,
                )
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setObjectName(f"reps-{row}-{direction}")
                grid.addWidget(cell, row, col)
        self.summary_reps.setText(str(player.total_done))
        self.summary_note.setText(
            "Saved to your history."
            if completed
            else "Saved to your history. Next time, aim for the full "
            f"{player.plan.sets} × {player.plan.reps_per_direction} each way."
        )
        self.summary_time.setText(format_duration(player.elapsed()))
        try:
            week = int(self._week_count())
        except Exception:  # the history may be unavailable; the summary still shows
            log.exception("week count unavailable")
            week = None
        if week is None:
            self.summary_week.setText("–")
        else:
            self.summary_week.setText(str(week))
        before = player.tightness("before")
        self.summary_before.setText(
            f"Before: {before} · optional"
            if before is not None
            else "Optional · 0 loose, 10 very tight"
        )

    # -------------------------------------------------------------- commands

    def _rep_key(self) -> None:
        if self.page != "drill" or self._confirming_end:
            return
        now = self._clock.monotonic()
        if self.player.mode == "self-paced":
            beats = self.player.mark_rep(now)
            self._handle_beats(beats)
            self._sync_page()
            self._refresh()
            self._update_timers()

    def _toggle_pause(self) -> None:
        if self.player.stage in (Stage.READY, Stage.DONE):
            return
        self.player.toggle_pause(self._clock.monotonic())
        self._refresh()
        self._update_timers()

    def _undo(self) -> None:
        if self.player.undo(self._clock.monotonic()):
            self._sync_page()
            self._refresh()
            self._update_timers()

    def _skip_rest(self) -> None:
        if self.player.paused:
            self.player.resume(self._clock.monotonic())
        beats = self.player.skip_rest(self._clock.monotonic())
        if beats:
            self._handle_beats(beats)
            self._sync_page()
            self._update_timers()

    def _ask_end(self) -> None:
        if self._confirming_end:
            self._confirming_end = False
            self.player.end(self._clock.monotonic())
            self._sync_page()
            return
        self._confirming_end = True
        self._paused_before_confirm = self.player.paused
        if not self.player.paused:
            self.player.pause(self._clock.monotonic())
        self._refresh()
        self._update_timers()

    def _cancel_end(self) -> None:
        self._confirming_end = False
        if not self._paused_before_confirm:
            self.player.resume(self._clock.monotonic())
        self._refresh()
        self._update_timers()

    def _toggle_mute(self) -> None:
        self._muted = not self._muted
        self._refresh()

    def _dismiss(self) -> None:
        """Leave the summary: record the after check-in, then close."""
        self.close()

    def _emit_finished(self) -> None:
        if self._finished_sent:
            return
        self._finished_sent = True
        if (
            self.player.stage is Stage.DONE
            and self.after_scale.value is not None
            and self.player.has_session
        ):
            self.player.check_in("after", self.after_scale.value)
        self.finished.emit(self.player.completed)

    # -------------------------------------------------------------- keys

    def _digit(self, scale: TightnessScale, digit: int) -> None:
        """0-9 pick a value; "1" then "0" quickly makes 10."""
        now = self._clock.monotonic()
        pending = self._digit_pending
        if digit == 0 and pending is not None and pending[0] == 1 and now - pending[1] < 1.2:
            scale.set_value(10)
            self._digit_pending = None
            return
        scale.set_value(digit)
        self._digit_pending = (digit, now)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        page = self.page
        text = event.text()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if page in ("setup", "summary"):
            scale = self.setup_scale if page == "setup" else self.after_scale
            if text.isdigit() and len(text) == 1:
                self._digit(scale, int(text))
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -1 if key == Qt.Key.Key_Left else 1
                start = scale.value if scale.value is not None else (5 - step)
                scale.set_value(start + step)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                scale.set_value(None)
                return
        if page == "setup":
            if enter or key == Qt.Key.Key_Space:
                self._start()
            elif key in (Qt.Key.Key_W, Qt.Key.Key_Question, Qt.Key.Key_F1):
                self._show_page("about")
            elif key == Qt.Key.Key_Escape:
                self.close()
            else:
                super().keyPressEvent(event)
            return
        if page == "about":
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_W, Qt.Key.Key_Backspace):
                self._show_page("setup" if self.player.stage is Stage.READY else "drill")
            elif enter:
                self._show_page("setup")
                self._start()
            return
        if page == "summary":
            if enter or key == Qt.Key.Key_Escape:
                self._dismiss()
            return
        # drill and rest
        if self._confirming_end:
            if key == Qt.Key.Key_Escape:
                self._ask_end()
            else:
                self._cancel_end()
            return
        if key == Qt.Key.Key_Space:
            if self.player.mode == "self-paced" and page == "drill":
                self._rep_key()
            else:
                self._toggle_pause()
        elif key == Qt.Key.Key_P:
            self._toggle_pause()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_U):
            self._undo()
        elif key == Qt.Key.Key_S:
            self._skip_rest()
        elif key == Qt.Key.Key_M:
            self._toggle_mute()
        elif key == Qt.Key.Key_Escape:
            self._ask_end()
        else:
            super().keyPressEvent(event)

    # -------------------------------------------------------------- window events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_warm_timer"):
            self._warm_done = False  # the sprites are drawn for the new size
            self._update_timers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._on_visibility()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._on_visibility()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._on_visibility()

    def _on_visibility(self) -> None:
        if hasattr(self, "_frame_timer"):
            if self.player.stage not in (Stage.READY, Stage.DONE):
                self.tick()  # catch up on whatever happened while unseen
            self._update_timers()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-set keeps what was done: the session ends as partial."""
        if self.player.stage not in (Stage.READY, Stage.DONE):
            self.player.end(self._clock.monotonic())
        self._frame_timer.stop()
        self._beat_timer.stop()
        self._warm_timer.stop()
        self.drill_canvas.release()
        self._emit_finished()
        super().closeEvent(event)

    @property
    def frame_timer_active(self) -> bool:
        return self._frame_timer.isActive()
