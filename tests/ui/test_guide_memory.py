"""The guide returns what it takes: thirty opens and closes leave nothing behind.

The idle app lives for weeks and the guide opens several times a day, so a
closed guide must leave no Python object and no Qt object alive: no
connection from a long-lived object (the style hints, the sounds), no timer,
no cached picture. bench/guide_cycles.py measures the same on the real app's
memory.
"""

from __future__ import annotations

import gc
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import Event
from desk_mobility.core.routine.player import Stage
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.ui.guide.window import GuideWindow

CYCLES = 30
# Allowance for what the test harness itself keeps (captured Qt messages and
# the like; alone the growth is exactly 0): one closed guide used to keep
# about 90 Python objects and 4 Qt wrappers, 30 of them about 2,700 and 120.
PYTHON_SLACK = 150
QT_SLACK = 4


class CountingSink:
    """Counts what the guide records without keeping it (a list would grow by itself)."""

    def __init__(self) -> None:
        self.recorded = 0

    def record(self, event: Event) -> None:
        self.recorded += 1


def _guides() -> int:
    return sum(isinstance(o, GuideWindow) for o in gc.get_objects())


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return (
        len(gc.get_objects()),
        len(Shiboken.getAllValidWrappers()),
        len(QApplication.allWidgets()),
    )


def test_thirty_guides_opened_and_closed_leave_the_counts_flat(qtbot: QtBot) -> None:
    routine = load_routine(default_routine_path())
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    sink = CountingSink()
    settings = Settings(rest_seconds=0)

    def cycle(drill: bool) -> None:
        window = GuideWindow(routine, settings, clock, sink, dark=False)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.open_setup()
        qtbot.waitExposed(window)
        if drill:  # into the drill: figure, dial, frame timer, a rep or two
            qtbot.keyClick(window, Qt.Key.Key_Return)
            for _ in range(12):
                clock.advance(0.25)
                window.tick()
            assert window.player.stage is not Stage.READY
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()

    cycle(drill=True)
    cycle(drill=False)  # every page and cache has been made once
    python0, qt0, widgets0 = _counts()
    guides0 = _guides()
    for number in range(CYCLES):
        cycle(drill=number % 2 == 0)
    python1, qt1, widgets1 = _counts()

    assert sink.recorded > CYCLES  # the drills really ran and recorded
    assert _guides() == guides0  # other tests' windows may still be about
    assert widgets1 == widgets0
    assert qt1 - qt0 <= QT_SLACK, (qt0, qt1)
    assert python1 - python0 <= PYTHON_SLACK, (python0, python1)
