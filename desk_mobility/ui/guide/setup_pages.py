"""The pages before the drill: the setup checklist and why the movement helps.

They only show the routine's text and take the optional tightness rating;
the window decides when each is shown and what their buttons do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_mobility.core.routine.model import Routine
from desk_mobility.core.routine.player import Plan
from desk_mobility.i18n.phrases import number as format_number
from desk_mobility.i18n.phrases import translate
from desk_mobility.i18n.units import COUNTS
from desk_mobility.ui.figure.canvas import FigureCanvas
from desk_mobility.ui.figure.pose import FigurePose
from desk_mobility.ui.guide.parts import header_box, make_button, make_card, make_label
from desk_mobility.ui.guide.theme import Theme, text_px
from desk_mobility.ui.guide.widgets import CheckInCard


class SetupPage(QWidget):
    """The setup checklist with a figure, the plan, and the "before" check-in."""

    def __init__(
        self,
        routine: Routine,
        theme: Theme,
        *,
        on_why: Callable[[], None],
        on_start: Callable[[], None],
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        top = QHBoxLayout()
        header, _, _ = header_box(translate("Guide", "Movement break"), routine.title)
        self.setup_tagline = make_label(routine.tagline or routine.why, "muted", 16)
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
        self.setup_canvas = FigureCanvas(theme, inset=True)
        self.setup_canvas.set_pose(FigurePose(rotation=0.55, inset=False))
        figure_layout.addWidget(self.setup_canvas, 1)
        body.addWidget(figure_card, 5)

        steps_card = make_card()
        steps = QVBoxLayout(steps_card)
        steps.setContentsMargins(22, 18, 22, 18)
        steps.setSpacing(12)
        steps.addWidget(
            make_label(
                translate("Guide", "Before you start"), "title", 18, weight=QFont.Weight.Bold
            )
        )
        self.setup_steps: list[QLabel] = []
        self.side_canvas: FigureCanvas | None = None  # only where a step asks for it
        for number, step in enumerate(routine.setup, start=1):
            row = QHBoxLayout()
            row.setSpacing(12)
            badge = make_label(format_number(number), "step-number", 13)
            badge.setFixedSize(text_px(26), text_px(26))
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
            if step.picture == "rounded-back":
                side = FigureCanvas(theme, inset=False, side_view=True)
                side.set_pose(FigurePose(rounding=1.0, side_view=True, beam=False, inset=False))
                side.setFixedSize(84, 84)
                side.setToolTip(translate("Guide", "Slightly rounded, like a baby crunch"))
                row.addWidget(side, 0, Qt.AlignmentFlag.AlignVCenter)
                self.side_canvas = side
            steps.addLayout(row)
        steps.addStretch(1)
        body.addWidget(steps_card, 6)
        layout.addLayout(body, 1)

        check = CheckInCard(theme, translate("Guide", "How tight is your upper back right now?"))
        self.setup_scale = check.scale
        layout.addWidget(check)

        bottom = QHBoxLayout()
        self.disclaimer = make_label(routine.disclaimer, "muted", 13, wrap=True)
        bottom.addWidget(self.disclaimer, 1)
        self.why_button = make_button(translate("Guide", "Why this helps"))
        self.why_button.clicked.connect(on_why)
        self.start_button = make_button(translate("Guide", "Start"), primary=True)
        self.start_button.clicked.connect(on_start)
        bottom.addWidget(self.why_button)
        bottom.addWidget(self.start_button)
        layout.addLayout(bottom)

    def show_plan(self, plan: Plan) -> None:
        """The dose and tempo of the session the Start button begins."""
        minutes = max(1, round(plan.estimated_seconds() / 60))
        mode = (
            translate("Guide", "Guided tempo")
            if plan.mode == "guided"
            else translate("Guide", "Self-paced")
        )
        self.setup_plan.setText(
            translate("Guide", "{sets} × {reps} each way\n{about_minutes} · {mode}").format(
                sets=COUNTS.sets(plan.sets),
                reps=format_number(plan.reps_per_direction),
                about_minutes=COUNTS.minutes(minutes),
                mode=mode,
            )
        )


class AboutPage(QWidget):
    """Why the movement helps: what it is, why the upper back stiffens, what it gives."""

    def __init__(self, routine: Routine, *, on_back: Callable[[], None]) -> None:
        super().__init__()
        about = routine.about
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        header, _, _ = header_box(
            translate("Guide", "Why this helps"),
            translate("Guide", "Your upper back was built to rotate"),
        )
        layout.addLayout(header)
        layout.addWidget(make_label(routine.why, "muted", 15, wrap=True))
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

        section(
            translate("Guide", "What the movement is"),
            [about.what, about.key_detail],
            0,
            0,
            bullets=False,
        )
        section(translate("Guide", "Why it stiffens"), about.causes, 0, 1)
        section(translate("Guide", "What you get"), about.benefits, 1, 0)
        section(translate("Guide", "Signs your upper back is locked"), about.signs, 1, 1)
        layout.addLayout(grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(make_label(about.not_this, "muted", 13, wrap=True), 1)
        back = make_button(translate("Guide", "Back"))
        back.clicked.connect(on_back)
        bottom.addWidget(back)
        layout.addLayout(bottom)
