"""The guide as a screen reader meets it: names, focus order, live values and announcements.

The pages are built for the eye; this module, applied once the window is
built, names every control and picture, puts the buttons and the tightness
scale in the Tab order in screen order, and on every refresh keeps the
counter's value and the figure's description true and lets ``Narrator``
speak what changed.
"""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desk_mobility.core.routine.player import RoutinePlayer, Stage
from desk_mobility.core.text import render
from desk_mobility.i18n.phrases import Phrases, translate
from desk_mobility.ui.accessibility import announce, name
from desk_mobility.ui.figure.canvas import FigureCanvas
from desk_mobility.ui.guide.narration import Moment, Narrator
from desk_mobility.ui.guide.session_pages import DrillPage, RestPage
from desk_mobility.ui.guide.setup_pages import AboutPage, SetupPage
from desk_mobility.ui.guide.summary_page import SummaryPage
from desk_mobility.ui.guide.theme import text_scale
from desk_mobility.ui.guide.widgets import KeyBar, TightnessScale


class GuideWindow(Protocol):
    """What this module reads of the guide window (``window.GuideWindow`` fits)."""

    setup_page: SetupPage
    about_page: AboutPage
    drill_page: DrillPage
    rest_page: RestPage
    summary_page: SummaryPage
    setup_scale: TightnessScale
    after_scale: TightnessScale
    drill_canvas: FigureCanvas
    keybar: KeyBar
    player: RoutinePlayer

    @property
    def page(self) -> str: ...

    def findChildren(self, kind: type[QPushButton]) -> list[QPushButton]: ...


class AccessibleCounts(Phrases):
    """What a screen reader reads with a number, in each language's plural forms."""

    def rest_left(self, n: int) -> str:
        return self.tr("%n seconds of rest left", "", n)


_COUNTS = AccessibleCounts()


def name_scale(scale: TightnessScale, question: str) -> None:
    """The 0-10 check-in: a group named by its question, one radio button per number."""
    name(
        scale,
        question,
        translate(
            "GuideAccessibility",
            "Optional. 0 is loose, 10 very tight. Arrow keys move the choice, Delete clears it.",
        ),
    )
    locale = QLocale()
    for pill in scale.pills:
        number = locale.toString(pill.index)
        if pill.index == 0:
            label = translate("GuideAccessibility", "%1, loose").replace("%1", number)
        elif pill.index == 10:
            label = translate("GuideAccessibility", "%1, very tight").replace("%1", number)
        else:
            label = number
        name(pill, label)


class GuideAccessibility:
    """Keeps one guide window readable: call ``refresh`` whenever the window redraws."""

    def __init__(self, window: GuideWindow) -> None:
        self._window = window
        self._narrator = Narrator()
        self._name_controls()
        self._order_focus()
        self._fit_large_text()

    # -- once, after the window is built

    def _name_controls(self) -> None:
        w = self._window
        setup, about, drill, rest, summary = (
            w.setup_page,
            w.about_page,
            w.drill_page,
            w.rest_page,
            w.summary_page,
        )
        name(
            setup.setup_canvas,
            translate("GuideAccessibility", "Figure: the starting position"),
            translate(
                "GuideAccessibility",
                "A person sits upright on a chair, a block squeezed between the thighs, "
                "upper back slightly rounded, turned to the right. A beam from the "
                "breastbone shows the turn; the small top view shows the hips still square.",
            ),
        )
        if setup.side_canvas is not None:
            name(
                setup.side_canvas,
                translate("GuideAccessibility", "Side view: the rounded upper back"),
                translate(
                    "GuideAccessibility",
                    "Seen from the side, the upper back is slightly rounded, like a baby crunch.",
                ),
            )
        name_scale(
            w.setup_scale,
            translate("GuideAccessibility", "How tight is your upper back right now?"),
        )
        name(
            setup.why_button,
            setup.why_button.text(),
            translate(
                "GuideAccessibility",
                "What the movement is, why the upper back stiffens and what it gives (W).",
            ),
        )
        name(
            setup.start_button,
            setup.start_button.text(),
            translate("GuideAccessibility", "Start the drill (Enter)."),
        )
        name(
            rest.rest_canvas,
            translate("GuideAccessibility", "Figure: resting"),
            translate(
                "GuideAccessibility",
                "The person sits upright and faces forward, breathing between sets.",
            ),
        )
        name(
            summary.summary_canvas,
            translate("GuideAccessibility", "Figure: the finished turn"),
            translate(
                "GuideAccessibility",
                "The person sits upright, upper back turned to the left, hips square.",
            ),
        )
        name_scale(
            w.after_scale, translate("GuideAccessibility", "And now? How tight is your upper back?")
        )
        name(drill.dial, translate("GuideAccessibility", "Rep counter"))
        name(rest.rest_dial, translate("GuideAccessibility", "Rest countdown"))
        name(w.keybar, translate("GuideAccessibility", "Keys"))
        for page in (about, rest, summary):
            for button in page.findChildren(QPushButton):
                name(button, button.text())
        w.keybar.setAccessibleDescription(self._keys_words())

    def _fit_large_text(self) -> None:
        """With large text the window starts larger too, as far as the screen allows."""
        scale = text_scale()
        if scale <= 1.0:
            return
        top = self._window.keybar.window()
        screen = top.screen().availableGeometry()
        top.resize(
            min(round(top.width() * scale), screen.width()),
            min(round(top.height() * scale), screen.height()),
        )

    def _order_focus(self) -> None:
        """Buttons join the Tab order (a click leaves the keys with the window), in screen order."""
        w = self._window
        for button in w.findChildren(QPushButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for scale, page in ((w.setup_scale, w.setup_page), (w.after_scale, w.summary_page)):
            chain: list[QWidget] = [*scale.pills, *page.findChildren(QPushButton)]
            for first, second in itertools.pairwise(chain):
                QWidget.setTabOrder(first, second)

    # -- on every refresh

    def refresh(self, now: float, confirming_end: bool) -> None:
        """Bring values and descriptions up to the player, and say what changed."""
        w = self._window
        player = w.player
        page = w.page
        counting = player.mode == "self-paced"
        canvas = w.drill_canvas
        canvas.counts_reps = counting
        wanted = Qt.FocusPolicy.TabFocus if counting else Qt.FocusPolicy.NoFocus
        if canvas.focusPolicy() != wanted:
            canvas.setFocusPolicy(wanted)
        w.keybar.setAccessibleDescription(self._keys_words())
        running = player.stage not in (Stage.READY, Stage.DONE)
        if page == "drill" and running:
            self._show_count()
        elif page == "rest" and running:
            self._show_rest()
        said = self._narrator.observe(self._moment(confirming_end), now)
        if said is not None:
            announce(w.keybar.window(), said.text, assertive=said.assertive)

    def _keys_words(self) -> str:
        return "; ".join(f"{key}: {what}" for key, what in self._window.keybar.keys)

    def _show_count(self) -> None:
        w = self._window
        player = w.player
        dial = w.drill_page.dial
        if dial.maximum() != player.reps_target:
            dial.setRange(0, player.reps_target)
        dial.setValue(player.reps_done)
        name(
            dial,
            dial.accessibleName(),
            (
                translate("GuideAccessibility", "%1 of %2 to the right, set %4 of %5")
                if player.direction == "right"
                else translate("GuideAccessibility", "%1 of %2 to the left, set %4 of %5")
            )
            .replace("%1", str(player.reps_done))
            .replace("%2", str(player.reps_target))
            .replace("%4", str(player.set_number))
            .replace("%5", str(player.plan.sets)),
        )
        description = (
            translate(
                "GuideAccessibility",
                "A person sits on a chair and turns the upper back to the right and back to "
                "centre, hips and knees facing forward. A beam from the breastbone sweeps "
                "like a flashlight; the small top view shows the belly button still facing "
                "forward.",
            )
            if player.direction == "right"
            else translate(
                "GuideAccessibility",
                "A person sits on a chair and turns the upper back to the left and back to "
                "centre, hips and knees facing forward. A beam from the breastbone sweeps "
                "like a flashlight; the small top view shows the belly button still facing "
                "forward.",
            )
        )
        if player.mode == "self-paced":
            description += " " + translate(
                "GuideAccessibility", "Press it, or Space, after each rotation."
            )
        name(w.drill_canvas, translate("GuideAccessibility", "Animated figure"), description)

    def _show_rest(self) -> None:
        w = self._window
        player = w.player
        dial = w.rest_page.rest_dial
        total = max(1, round(player.plan.rest_seconds))
        left = int(player.rest_remaining() + 0.999)
        if dial.maximum() != total:
            dial.setRange(0, total)
        dial.setValue(min(left, total))
        name(
            dial,
            dial.accessibleName(),
            _COUNTS.rest_left(left) if left else translate("GuideAccessibility", "Rest is over"),
        )

    def _moment(self, confirming_end: bool) -> Moment:
        w = self._window
        player = w.player
        page = w.page
        running = player.stage not in (Stage.READY, Stage.DONE)
        cue = player.cue() if running and player.stage is not Stage.SWITCH else None
        rest_left = (
            int(player.rest_remaining() + 0.999) if running and player.stage is Stage.REST else None
        )
        return Moment(
            page=page,
            set_number=player.set_number,
            sets=player.plan.sets,
            direction=player.direction,
            reps_done=player.reps_done,
            reps_target=player.reps_target,
            paused=player.paused,
            switching=player.stage is Stage.SWITCH,
            confirming_end=confirming_end,
            rest_seconds_left=rest_left,
            cue_title=render(cue.title, translate) if cue is not None and page == "drill" else "",
            cue_text=render(cue.text, translate) if cue is not None and page == "drill" else "",
            total_done=player.total_done,
            completed=player.completed,
        )
