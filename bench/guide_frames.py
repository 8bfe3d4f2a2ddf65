"""How much the guide's animation costs: paint time per frame and CPU.

    .venv/bin/python bench/guide_frames.py [--seconds 10]

1. Paint time: the guide window at 1920x1080 on the drill screen. Each frame
   advances a fake clock by 1/60 s, lets the window mark what changed (the
   moving part of the figure, the progress ring) and times painting and
   flushing it, as the app does at 60 fps. Then, separately, the time of a
   forced repaint of the whole figure canvas (what a resize costs).
2. CPU: the drill runs on the real clock with its 60 fps timer for
   ``--seconds``; prints the process CPU time as a share of one core and the
   frames actually drawn.

Targets: p99 paint under 4 ms, CPU under 25 % of one core. Runs offscreen
unless QT_QPA_PLATFORM says otherwise (xvfb-run -a gives a real X server).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desk_mobility.clock import FakeClock, SystemClock
from desk_mobility.config import Settings
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.routine import default_routine_path, load_routine
from desk_mobility.ui.guide import GuideWindow

WIDTH, HEIGHT = 1920, 1080


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def paint_times(frames: int = 600) -> tuple[list[float], list[float]]:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    window = GuideWindow(load_routine(default_routine_path()), Settings(), clock, RecordingSink())
    window.resize(WIDTH, HEIGHT)
    window.show()
    QApplication.processEvents()
    window.open_setup()
    window._start()  # the bench drives the drill directly
    QApplication.processEvents()
    whole: list[float] = []
    canvas: list[float] = []
    timer = QElapsedTimer()
    for _ in range(frames):
        clock.advance(1 / 60)
        window.tick()  # marks the figure and the ring dirty, as a real frame does
        timer.start()
        QApplication.processEvents()  # paints what changed and flushes it
        whole.append(timer.nsecsElapsed() / 1e6)
    for _ in range(frames):
        clock.advance(1 / 60)
        window.tick()
        QApplication.processEvents()
        timer.start()
        window.drill_canvas.repaint()  # the whole figure canvas, forced
        canvas.append(timer.nsecsElapsed() / 1e6)
        QApplication.processEvents()
    window.close()
    return whole, canvas


def cpu_share(seconds: float) -> tuple[float, float, int]:
    window = GuideWindow(
        load_routine(default_routine_path()), Settings(), SystemClock(), RecordingSink()
    )
    window.resize(WIDTH, HEIGHT)
    window.open_setup()
    window._start()
    QApplication.processEvents()
    start_paints = window.drill_canvas.paint_count
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    wall0, cpu0 = time.monotonic(), time.process_time()
    loop.exec()
    wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    frames = window.drill_canvas.paint_count - start_paints
    reps = window.player.total_done
    window.close()
    return cpu / wall, frames / wall, reps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--frames", type=int, default=600)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    platform = app.platformName()
    whole, canvas = paint_times(args.frames)
    print(f"platform: {platform}, window {WIDTH}x{HEIGHT}, {len(whole)} frames")
    print(
        f"paint, one frame:     median {statistics.median(whole):.2f} ms, "
        f"p99 {percentile(whole, 0.99):.2f} ms, max {max(whole):.2f} ms"
    )
    print(
        f"paint, figure only:  median {statistics.median(canvas):.2f} ms, "
        f"p99 {percentile(canvas, 0.99):.2f} ms, max {max(canvas):.2f} ms"
    )
    share, fps, reps = cpu_share(args.seconds)
    print(
        f"animating {args.seconds:g} s on the real clock: CPU {share * 100:.1f} % of one core, "
        f"{fps:.1f} frames/s drawn, {reps} reps counted"
    )
    ok = percentile(whole, 0.99) < 4.0 and share < 0.25
    print("targets (p99 < 4 ms, CPU < 25 %):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
