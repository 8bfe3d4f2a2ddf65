"""The last page: what the session did, the week so far, and the "after" check-in.

It is filled once when the session ends; the window supplies the week's
count so a history that cannot be read never stops the summary.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desk_mobility.core.durations import stopwatch_text
from desk_mobility.core.routine.player import RoutinePlayer
from desk_mobility.ui.figure.canvas import FigureCanvas
from desk_mobility.ui.figure.pose import FigurePose
from desk_mobility.ui.guide.parts import (
    header_box,
    make_button,
    make_card,
    make_label,
    stat_card,
)
from desk_mobility.ui.guide.theme import Theme
from desk_mobility.ui.guide.widgets import CheckInCard


class SummaryPage(QWidget):
    """Reps per set and side, time taken, sessions this week, and the after rating."""

    def __init__(self, theme: Theme, *, on_done: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        header, self.summary_eyebrow, self.summary_title = header_box("Done", "")
        layout.addLayout(header)
        self.summary_subtitle = make_label("", "muted", 16, wrap=True)
        layout.addWidget(self.summary_subtitle)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.summary_reps = stat_card(tiles, "Rotations")
        self.summary_time = stat_card(tiles, "Time taken")
        self.summary_week = stat_card(tiles, "Sessions this week")
        layout.addLayout(tiles)
        table_card = make_card()
        row = QHBoxLayout(table_card)
        row.setContentsMargins(18, 12, 30, 12)
        row.setSpacing(24)
        self.summary_canvas = FigureCanvas(theme, inset=False)
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
        check = CheckInCard(theme, "And now? How tight is your upper back?")
        self.summary_before = check.hint
        self.after_scale = check.scale
        layout.addWidget(check)
        bottom = QHBoxLayout()
        self.summary_note = make_label("", "muted", 13, wrap=True)
        bottom.addWidget(self.summary_note, 1)
        done = make_button("Done", primary=True)
        done.clicked.connect(on_done)
        bottom.addWidget(done)
        layout.addLayout(bottom)

    def fill(self, player: RoutinePlayer, week: int | None) -> None:
        """Show the finished (or ended) session; ``week`` is None when it is unknown."""
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
        self.summary_time.setText(stopwatch_text(player.elapsed()))
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
