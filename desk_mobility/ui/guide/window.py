"""The guide window: setup, the animated drill, rest, and a summary.

One window walks the user through a routine: a setup checklist (with an
optional tightness check-in), the drill itself with the animated figure, a
big count and one cue at a time, a rest countdown between sets, and a summary.
Everything works from the keyboard and the keys are shown on screen.

The window is a thin shell around ``RoutinePlayer``: a frame timer calls
``player.tick`` and draws what it says, so the figure, the count and the
pacing sounds always agree. The timer runs at 60 fps only while the window is
visible; hidden or minimised, it wakes only for the next audible beat.

The pages, the painted controls and the colours live in their own
``guide_*`` modules; this one owns the player, the timers and the keys, and
tells the page on screen what to show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_mobility import APP_NAME
from desk_mobility.core.clock import Clock
from desk_mobility.core.events import EventSink
from desk_mobility.core.routine.model import Routine
from desk_mobility.core.routine.player import Beat, RoutinePlayer, Stage
from desk_mobility.core.settings import Settings
from desk_mobility.ui.figure.pose import FigurePose
from desk_mobility.ui.guide.accessibility import GuideAccessibility
from desk_mobility.ui.guide.keys import KeyContext, binding_for, key_bar
from desk_mobility.ui.guide.parts import scrolling
from desk_mobility.ui.guide.session_pages import DrillPage, RestPage
from desk_mobility.ui.guide.setup_pages import AboutPage, SetupPage
from desk_mobility.ui.guide.summary_page import SummaryPage
from desk_mobility.ui.guide.theme import LIGHT_THEME, stylesheet, theme_for
from desk_mobility.ui.guide.widgets import KeyBar, TightnessScale
from desk_mobility.ui.icons import app_icon, prefers_dark
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
        self.setWindowIcon(app_icon())
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
        self.setup_page = SetupPage(
            routine,
            self.theme,
            on_why=lambda: self._show_page("about"),
            on_start=self._start,
        )
        self.about_page = AboutPage(routine, on_back=lambda: self._show_page("setup"))
        self.drill_page = DrillPage(self.theme, on_figure_clicked=self._rep_key)
        self.rest_page = RestPage(self.theme, on_skip=self._skip_rest)
        self.summary_page = SummaryPage(self.theme, on_done=self._dismiss)
        for page in (
            self.setup_page,
            self.about_page,
            self.drill_page,
            self.rest_page,
            self.summary_page,
        ):
            self.stack.addWidget(scrolling(page))
        self.setup_page.show_plan(self.player.plan)
        # the widgets the window itself drives
        self.setup_scale = self.setup_page.setup_scale
        self.drill_canvas = self.drill_page.drill_canvas
        self.after_scale = self.summary_page.after_scale
        self.apply_theme(self._dark_override)
        self.accessibility = GuideAccessibility(self)
        self._show_page("setup")
        # Bound methods, not lambdas: the style hints live as long as the
        # application, and a lambda held there would keep every closed guide
        # (with its pictures) alive. Qt drops a method's connection with its object.
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_color_scheme)

    # -------------------------------------------------------------- public

    def begin_break(self, offer_id: str | None) -> None:
        """The break this window is for: its session records the offer it answers."""
        self._offer_id = offer_id
        if self.player.stage is Stage.READY:
            self.player = self._new_player()

    @property
    def at_summary(self) -> bool:
        """The drill is over and its summary shows: this window's break is done."""
        return self.player.stage is Stage.DONE

    def open_setup(self) -> None:
        """Show the window raised and focused: on setup before the drill, else where it is.

        A finished drill keeps its summary: a new break is a new window (the
        app closes this one first, which ends its break).
        """
        if self.player.stage is Stage.READY:
            self._show_page("setup")
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _on_color_scheme(self, _scheme: object) -> None:
        self.apply_theme(self._dark_override)

    def apply_theme(self, dark: bool | None = None) -> None:
        """Light or dark; ``None`` follows the system."""
        self._dark_override = dark
        use_dark = prefers_dark() if dark is None else dark
        self.theme = theme_for(use_dark)
        self._warm_done = False
        themed = (
            self.keybar,
            self.setup_page.setup_canvas,
            self.setup_page.side_canvas,
            self.drill_canvas,
            self.drill_page.dial,
            self.rest_page.rest_dial,
            self.setup_scale,
            self.after_scale,
            self.rest_page.rest_canvas,
            self.summary_page.summary_canvas,
        )
        for widget in themed:
            if widget is not None:
                widget.theme = self.theme
                widget.update()
        self.setStyleSheet(stylesheet(self.theme))

    def apply_settings(self, settings: Settings) -> None:
        """New settings: sounds at once; dose and tempo from the next session."""
        self.settings = settings
        if self.player.stage is Stage.READY:
            self.player = self._new_player()
            self.setup_page.show_plan(self.player.plan)

    @property
    def page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    # -------------------------------------------------------------- building

    def _new_player(self) -> RoutinePlayer:
        return RoutinePlayer(
            self.routine, self.settings, self._clock, self._sink, offer_id=self._offer_id
        )

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

    def _key_context(self) -> KeyContext:
        page = self.page
        return KeyContext(
            page=page,
            confirming_end=self._confirming_end,
            counting_by_hand=page == "drill" and self.player.mode == "self-paced",
            paused=self.player.paused,
            muted=self._muted,
        )

    def _keys_for_page(self) -> list[tuple[str, str]]:
        return key_bar(self._key_context())

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
        if isinstance(page, QScrollArea) and isinstance(shown, QScrollArea):
            # a hidden scroll area does not size its page: give the page itself the size
            page.setGeometry(shown.geometry())
            page, shown = page.widget(), shown.widget()
            if page is None or shown is None:
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
        if page == "drill":
            self.drill_page.show_state(self.player, self._pose(), self._confirming_end)
        elif page == "rest":
            self.rest_page.show_state(self.player, self._confirming_end)
        self.accessibility.refresh(self._clock.monotonic(), self._confirming_end)

    def _fill_summary(self) -> None:
        """Read the week's count here: a history that fails is logged, the summary still shows."""
        try:
            week = int(self._week_count())
        except Exception:  # the history may be unavailable; the summary still shows
            log.exception("week count unavailable")
            week = None
        self.summary_page.fill(self.player, week)

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
        """Close the window (from the summary, the after check-in is recorded on the way)."""
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
        """Keys do what the key table says (``guide.keys``); the key bar shows the same table."""
        key = Qt.Key(event.key())
        binding = binding_for(key, self._key_context())
        if binding is None:
            super().keyPressEvent(event)
            return
        self._key_commands()[binding.command](key)

    def _key_commands(self) -> dict[str, Callable[[Qt.Key], None]]:
        """The commands the key table names, each given the key that ran it."""
        return {
            "start": lambda _key: self._start(),
            "rate": self._rate_key,
            "clear_rating": lambda _key: self._rating_scale().set_value(None),
            "why": lambda _key: self._show_page("about"),
            "close_guide": lambda _key: self._dismiss(),
            "back": lambda _key: self._show_page(
                "setup" if self.player.stage is Stage.READY else "drill"
            ),
            "start_from_about": self._start_from_about,
            "dismiss": lambda _key: self._dismiss(),
            "ask_end": lambda _key: self._ask_end(),
            "cancel_end": lambda _key: self._cancel_end(),
            "rep": lambda _key: self._rep_key(),
            "toggle_pause": lambda _key: self._toggle_pause(),
            "undo": lambda _key: self._undo(),
            "skip_rest": lambda _key: self._skip_rest(),
            "toggle_mute": lambda _key: self._toggle_mute(),
        }

    def _start_from_about(self, _key: Qt.Key) -> None:
        self._show_page("setup")
        self._start()

    def _rating_scale(self) -> TightnessScale:
        return self.setup_scale if self.page == "setup" else self.after_scale

    def _rate_key(self, key: Qt.Key) -> None:
        """0-9 pick a value ("1" then "0" makes 10); the arrows step it."""
        scale = self._rating_scale()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            start = scale.value if scale.value is not None else (5 - step)
            scale.set_value(start + step)
        else:
            self._digit(scale, key.value - Qt.Key.Key_0.value)

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
