"""The last page: what the session did, the week so far, and the "after" check-in.

It is filled once when the session ends; the window supplies the week's
count so a history that cannot be read never stops the summary.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desk_mobility.core.routine.player import RoutinePlayer
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.i18n.units import COUNTS, stopwatch_words
from desk_mobility.ui.figure.canvas import FigureCanvas
from desk_mobility.ui.figure.pose import FigurePose
from desk_mobility.ui.guide.parts import (
    header_box,
    make_button,
    make_card,
    make_label,
    stat_card,
    toward,
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
        header, self.summary_eyebrow, self.summary_title = header_box(
            translate("Guide", "Done"), ""
        )
        layout.addLayout(header)
        self.summary_subtitle = make_label("", "muted", 16, wrap=True)
        layout.addWidget(self.summary_subtitle)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.summary_reps = stat_card(tiles, translate("Guide", "Rotations"))
        self.summary_time = stat_card(tiles, translate("Guide", "Time taken"))
        self.summary_week = stat_card(tiles, translate("Guide", "Sessions this week"))
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
        check = CheckInCard(theme, translate("Guide", "And now? How tight is your upper back?"))
        self.summary_before = check.hint
        self.after_scale = check.scale
        layout.addWidget(check)
        bottom = QHBoxLayout()
        self.summary_note = make_label("", "muted", 13, wrap=True)
        bottom.addWidget(self.summary_note, 1)
        done = make_button(translate("Guide", "Done"), primary=True)
        done.clicked.connect(on_done)
        bottom.addWidget(done)
        layout.addLayout(bottom)

    def fill(self, player: RoutinePlayer, week: int | None) -> None:
        """Show the finished (or ended) session; ``week`` is None when it is unknown."""
        completed = player.completed
        self.summary_eyebrow.setText(
            translate("Guide", "SESSION COMPLETE")
            if completed
            else translate("Guide", "SESSION SAVED")
        )
        self.summary_title.setText(
            translate("Guide", "Well done. Your upper back moved today.")
            if completed
            else translate("Guide", "Good start. What you did is saved.")
        )
        per_direction = player.reps_per_direction_done()
        per_text = translate("Guide", ", ").join(
            translate("Guide", "{count} {side}").format(count=number(n), side=toward(d))
            for d, n in per_direction.items()
        )
        self.summary_subtitle.setText(
            translate("Guide", "{rotations}: {sides}.").format(
                rotations=COUNTS.rotations(player.total_done), sides=per_text
            )
        )
        grid = self.summary_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        grid.addWidget(make_label(translate("Guide", "REPS"), "eyebrow", 12), 0, 0)
        for col, direction in enumerate(player.plan.directions, start=1):
            head = make_label(toward(direction).upper(), "eyebrow", 12)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, col)
        for row in range(1, player.plan.sets + 1):
            grid.addWidget(
                make_label(
                    translate("Guide", "Set {number}").format(number=number(row)),
                    "title",
                    18,
                    weight=QFont.Weight.DemiBold,
                ),
                row,
                0,
            )
            for col, direction in enumerate(player.plan.directions, start=1):
                done = player.reps(row, direction)
                cell = make_label(
                    f"{number(done)} / {number(player.plan.reps_per_direction)}",
                    "title" if done else "muted",
                    24,
                    weight=QFont.Weight.Bold,
                )
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setObjectName(f"reps-{row}-{direction}")
                grid.addWidget(cell, row, col)
        self.summary_reps.setText(number(player.total_done))
        self.summary_note.setText(
            translate("Guide", "Saved to your history.")
            if completed
            else translate(
                "Guide",
                "Saved to your history. Next time, aim for the full {sets} × {reps} each way.",
            ).format(sets=number(player.plan.sets), reps=number(player.plan.reps_per_direction))
        )
        self.summary_time.setText(stopwatch_words(player.elapsed()))
        if week is None:
            self.summary_week.setText("–")
        else:
            self.summary_week.setText(number(week))
        before = player.tightness("before")
        self.summary_before.setText(
            translate("Guide", "Before: {value} · optional").format(value=number(before))
            if before is not None
            else translate("Guide", "Optional · 0 loose, 10 very tight")
        )
