"""The guide returns what it takes: thirty opens and closes leave nothing behind.

The idle app lives for weeks and the guide opens several times a day, so a
closed guide must leave no Python object and no Qt object alive: no
connection from a long-lived object (the style hints, the sounds), no timer,
no cached picture. The cycles run in a fresh interpreter, so nothing another
test left behind (a timer firing late, a lazy import) is counted.
Python's cyclic collector is off, as good as it is in an idle app, so what a
closed guide leaves in reference cycles must be collected by the app's own
settle step. bench/guide_cycles.py measures the same on the real app's memory.
"""

from __future__ import annotations

from tests.fresh_python import run_script

CYCLES = 30
# One closed guide used to keep about 90 Python objects alive (30 of them
# about 2,700): a few objects of allowance is far below one guide's worth.
PYTHON_SLACK = 30
QT_SLACK = 2

CYCLER = """
import gc, json, sys
from datetime import UTC, datetime
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken
from desk_mobility.core.clock import FakeClock
from desk_mobility.core.routine.player import Stage
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.platform.memory import release_freed_memory
from desk_mobility.ui.guide.window import GuideWindow

# An idle app makes few new objects, so Python's cyclic collector may not run
# for hours: whatever a closed guide frees must be freed without it, or by the
# app's own settle step after a guide closes (release_freed_memory).
gc.disable()
app = QApplication([])
routine = load_routine(default_routine_path())
clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
settings = Settings(rest_seconds=0)


class CountingSink:
    # Counts what the guide records without keeping it (a list would grow by itself).
    recorded = 0

    def record(self, event):
        CountingSink.recorded += 1


def cycle(drill):
    window = GuideWindow(routine, settings, clock, CountingSink(), dark=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.open_setup()
    QTest.qWaitForWindowExposed(window)
    if drill:  # into the drill: figure, dial, frame timer, a rep or two
        QTest.keyClick(window, Qt.Key.Key_Return)
        for _ in range(12):
            clock.advance(0.25)
            window.tick()
        assert window.player.stage is not Stage.READY
    window.close()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    release_freed_memory()  # what the app does once a guide has closed


def counts():
    # No gc.collect() here: only what the app itself frees counts.
    return {
        "python": len(gc.get_objects()),
        "qt": len(Shiboken.getAllValidWrappers()),
        "widgets": len(QApplication.allWidgets()),
        "guides": sum(isinstance(o, GuideWindow) for o in gc.get_objects()),
    }


cycle(True)
cycle(False)  # every page and cache has been made once
before = counts()
for number in range(int(sys.argv[1])):
    cycle(number % 2 == 0)
after = counts()
print(json.dumps({"before": before, "after": after, "recorded": CountingSink.recorded}))
"""


def test_thirty_guides_opened_and_closed_leave_the_counts_flat() -> None:
    result = run_script(CYCLER, str(CYCLES), timeout=120)
    before, after = result["before"], result["after"]
    assert result["recorded"] > CYCLES  # the drills really ran and recorded
    assert after["guides"] == 0, result
    assert after["widgets"] == before["widgets"], result
    assert after["qt"] - before["qt"] <= QT_SLACK, result
    assert after["python"] - before["python"] <= PYTHON_SLACK, result
