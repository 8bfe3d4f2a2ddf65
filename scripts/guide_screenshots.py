"""Render the guide window's screens to PNG files for the README.

    python scripts/guide_screenshots.py [folder]

A fake clock walks one session to each screen, so the pictures are the same
on every run: setup, the drill mid-rep, rest, the summary (light theme), and
the drill in the dark theme.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.ui.guide.window import GuideWindow

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def walk(window: GuideWindow, clock: FakeClock, seconds: float) -> None:
    end = clock.monotonic() + seconds
    while clock.monotonic() < end - 1e-9:
        clock.advance(min(0.25, end - clock.monotonic()))
        window.player.tick(clock.monotonic())
    window.tick()


def shoot(window: GuideWindow, path: Path) -> None:
    QApplication.processEvents()
    window.grab().save(str(path))
    print(path)


def main(folder: Path = FOLDER) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setFamily("DejaVu Sans")
    app.setFont(font)
    folder.mkdir(parents=True, exist_ok=True)
    routine = load_routine(default_routine_path())
    for dark in (False, True):
        clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
        settings = replace(Settings(), rest_seconds=30)
        window = GuideWindow(
            routine, settings, clock, RecordingSink(), week_count=lambda: 4, dark=dark
        )
        window.resize(1100, 720)
        window.show()
        suffix = "-dark" if dark else ""
        window.setup_scale.set_value(6)
        if not dark:
            shoot(window, folder / "guide-setup.png")
            window._show_page("about")
            shoot(window, folder / "guide-why.png")
            window._show_page("setup")
        window._start()
        walk(window, clock, 6 * 3.5 + 8 * 3.5 + 0.9)  # rep 15 of the right side, mid-turn
        walk(window, clock, 0.0)
        shoot(window, folder / f"guide-drill{suffix}.png")
        if dark:
            window.close()
            continue
        walk(window, clock, 3.5 * 1 - 0.9 + 3.0 + 3.5 * 15 + 8)
        shoot(window, folder / "guide-rest.png")
        walk(window, clock, 30 + 3.5 * 30 + 3.0)
        window.after_scale.set_value(3)
        shoot(window, folder / "guide-summary.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER))
