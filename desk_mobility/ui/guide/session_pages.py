"""The pages while the session runs: the drill with its count and cue, and the rest.

Each page is told the player's state on every frame and only touches what
changed; the window owns the player, the timers and the keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desk_mobility.core.routine.player import RoutinePlayer, Stage
from desk_mobility.core.text import render
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.i18n.phrases import translate as translate_any
from desk_mobility.i18n.units import countdown, seconds_value
from desk_mobility.ui.figure.canvas import FigureCanvas
from desk_mobility.ui.figure.pose import FigurePose
from desk_mobility.ui.guide.parts import (
    header_box,
    make_button,
    make_card,
    make_label,
    set_text,
    toward,
)
from desk_mobility.ui.guide.theme import Theme, text_px
from desk_mobility.ui.guide.widgets import Dial


class DrillPage(QWidget):
    """The animated figure beside the count, the set, one cue and the pacing mode.

    The figure emits ``clicked``; the window takes it as a rep when self-paced.
    """

    def __init__(self, theme: Theme, *, on_figure_clicked: Callable[[], None]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        figure_card = make_card()
        figure_layout = QVBoxLayout(figure_card)
        figure_layout.setContentsMargins(10, 10, 10, 10)
        self.drill_canvas = FigureCanvas(theme, inset=True, animated=True)
        self.drill_canvas.clicked.connect(on_figure_clicked)
        figure_layout.addWidget(self.drill_canvas, 1)
        layout.addWidget(figure_card, 3)

        side = QVBoxLayout()
        side.setSpacing(12)
        self.set_label = make_label("", "eyebrow", 14)
        self.set_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.set_label)
        self.dial = Dial(theme)
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
        holder.setMinimumWidth(text_px(330))
        holder.setMaximumWidth(text_px(420))
        layout.addWidget(holder, 2)

    def show_state(self, player: RoutinePlayer, pose: FigurePose, confirming_end: bool) -> None:
        """Bring the page up to the player: the figure, the count, the cue, the banner."""
        self.drill_canvas.set_pose(pose)
        set_text(
            self.set_label,
            translate("Guide", "SET {number} OF {sets}").format(
                number=number(player.set_number), sets=number(player.plan.sets)
            ),
        )
        self.dial.set_values(
            round(player.progress() * 720) / 720,  # half-degree steps: fewer repaints
            number(player.reps_done),
            f" / {number(player.reps_target)}",
            toward(player.direction),
            dimmed=player.paused,
        )
        cue = player.cue()
        if self.cue_card.property("kind") != cue.kind:
            self.cue_card.setProperty("kind", cue.kind)
            self.cue_card.style().unpolish(self.cue_card)
            self.cue_card.style().polish(self.cue_card)
        set_text(self.cue_title, render(cue.title, translate_any).upper())
        set_text(self.cue_text, render(cue.text, translate_any))
        tempo = player.plan.tempo
        if player.mode == "guided":
            mode = translate("Guide", "Guided · turn {turn} · hold {hold} · back {back}").format(
                turn=seconds_value(tempo.turn_seconds),
                hold=seconds_value(tempo.hold_seconds),
                back=seconds_value(tempo.return_seconds),
            )
        else:
            mode = translate(
                "Guide", "Self-paced · press Space (or click the figure) after each rotation"
            )
        set_text(self.mode_label, mode)
        self._show_banner(player, confirming_end)

    def _show_banner(self, player: RoutinePlayer, confirming_end: bool) -> None:
        if confirming_end:
            text = translate(
                "Guide",
                "End the session now? What you did is saved.\n"
                "Esc ends it · any other key keeps going",
            )
        elif player.paused:
            text = translate("Guide", "Paused · press P to resume")
        elif player.stage is Stage.SWITCH:
            source = (
                translate("Guide", "Switch sides: now to the right in {seconds}")
                if player.direction == "right"
                else translate("Guide", "Switch sides: now to the left in {seconds}")
            )
            text = source.format(seconds=seconds_value(round(player.switch_remaining())))
        else:
            text = ""
        set_text(self.banner_text, text)
        self.banner.setVisible(bool(text))


class RestPage(QWidget):
    """The rest between sets: a countdown dial, what comes next, and a tip."""

    def __init__(self, theme: Theme, *, on_skip: Callable[[], None]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        left = QVBoxLayout()
        header, self.rest_eyebrow, self.rest_title = header_box(
            translate("Guide", "Rest"), translate("Guide", "Nice set.")
        )
        left.addLayout(header)
        self.rest_next = make_label("", "", 18, wrap=True, weight=QFont.Weight.DemiBold)
        left.addWidget(self.rest_next)
        self.rest_tip = make_label("", "muted", 15, wrap=True)
        left.addWidget(self.rest_tip)
        figure_card = make_card()
        figure_layout = QVBoxLayout(figure_card)
        figure_layout.setContentsMargins(10, 10, 10, 10)
        self.rest_canvas = FigureCanvas(theme, inset=False)
        self.rest_canvas.set_pose(FigurePose(rotation=0.0, inset=False, beam=True))
        figure_layout.addWidget(self.rest_canvas, 1)
        left.addWidget(figure_card, 1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.rest_dial = Dial(theme)
        right.addWidget(self.rest_dial, 1)
        self.rest_banner = make_label("", "muted", 14)
        self.rest_banner.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.rest_banner)
        skip = make_button(translate("Guide", "Skip rest"))
        skip.clicked.connect(on_skip)
        right.addWidget(skip, 0, Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        holder.setLayout(right)
        holder.setMinimumWidth(text_px(300))
        holder.setMaximumWidth(text_px(400))
        layout.addWidget(holder, 2)

    def show_state(self, player: RoutinePlayer, confirming_end: bool) -> None:
        """Bring the countdown, the next set and the banner up to the player."""
        remaining = player.rest_remaining()
        total = max(player.plan.rest_seconds, 0.001)
        secs = int(remaining + 0.999)
        self.rest_dial.set_values(
            1.0 - remaining / total,
            countdown(secs),
            "",
            translate("Guide", "rest"),
            dimmed=player.paused,
        )
        set_text(
            self.rest_eyebrow,
            translate("Guide", "REST · SET {number} OF {sets} DONE").format(
                number=number(player.set_number - 1), sets=number(player.plan.sets)
            ),
        )
        set_text(self.rest_title, translate("Guide", "Nice set. Breathe."))
        set_text(
            self.rest_next,
            translate("Guide", "Next: set {number} of {sets}, starting {side}.").format(
                number=number(player.set_number),
                sets=number(player.plan.sets),
                side=toward(player.next_set_direction()),
            ),
        )
        set_text(self.rest_tip, render(player.cue().text, translate_any))
        banner = (
            translate("Guide", "Paused · press P to resume")
            if player.paused
            else translate("Guide", "End early? Esc again ends and saves")
            if confirming_end
            else ""
        )
        set_text(self.rest_banner, banner)
