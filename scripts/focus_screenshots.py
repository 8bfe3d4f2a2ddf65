"""Render the guide with keyboard focus shown, light and dark, to PNG files.

    xvfb-run -a python scripts/focus_screenshots.py [folder]

Tab moves focus as a keyboard user would: onto the tightness check-in (a
number chosen with the arrow keys) and onto the Start button; each picture
shows the focus ring. Run on a real X display (Xvfb), where windows get focus.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.ui.guide.window import GuideWindow

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication, ms: int = 150) -> None:
    QTest.qWait(ms)
    app.processEvents()


def main(folder: Path = FOLDER) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    font = app.font()
    font.setFamily("DejaVu Sans")
    app.setFont(font)
    folder.mkdir(parents=True, exist_ok=True)
    routine = load_routine(default_routine_path())
    for dark in (False, True):
        clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
        window = GuideWindow(routine, Settings(), clock, RecordingSink(), dark=dark)
        window.resize(1100, 720)
        window.open_setup()
        QTest.qWaitForWindowActive(window)
        settle(app)
        suffix = "-dark" if dark else ""
        QTest.keyClick(window, Qt.Key.Key_Tab)  # onto the check-in
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        settle(app)
        window.grab().save(str(folder / f"guide-focus-scale{suffix}.png"))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Why this helps
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Start
        settle(app)
        window.grab().save(str(folder / f"guide-focus-start{suffix}.png"))
        print(folder / f"guide-focus-*{suffix}.png", QApplication.focusWidget())
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER))
