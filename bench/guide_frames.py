"""How much the guide's animation costs: paint time per frame and CPU.

    .venv/bin/python bench/guide_frames.py [--seconds 10]

1. Paint time: the guide window at 1920x1080 on the drill screen. As a user
   does, it first shows the setup screen for ``--read`` seconds (the window
   draws the turning figure ahead while it is read), then starts the drill.
   Each frame advances a fake clock by 1/60 s, lets the window mark what
   changed (the moving part of the figure, the progress ring) and times
   painting and flushing it, as the app does at 60 fps; the time of the
   window's own per-frame work (``tick``) plus that paint is printed too.
   The same again with the drill started at once (nothing drawn ahead), and
   the time of a forced repaint of the whole figure canvas (what a resize
   costs).
2. CPU: the drill runs on the real clock with its 60 fps timer for
   ``--seconds`` after the same time on the setup screen; prints the process
   CPU time as a share of one core, the frames actually drawn (a frame whose
   picture would not change is not drawn) and the CPU spent drawing ahead.

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

from desk_mobility.core.clock import Clock, FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.platform.system_clock import SystemClock
from desk_mobility.ui.guide.window import GuideWindow

WIDTH, HEIGHT = 1920, 1080


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def drill_window(clock: Clock, read_seconds: float) -> tuple[GuideWindow, float]:
    """A window at 1920x1080 whose drill starts after ``read_seconds`` on the setup screen.

    Returns the window and the CPU seconds spent while the setup screen showed.
    """
    window = GuideWindow(load_routine(default_routine_path()), Settings(), clock, RecordingSink())
    window.resize(WIDTH, HEIGHT)
    window.show()
    QApplication.processEvents()
    window.open_setup()
    cpu0 = time.process_time()
    run_loop(read_seconds)
    setup_cpu = time.process_time() - cpu0
    window._start()  # the bench drives the drill directly
    QApplication.processEvents()
    return window, setup_cpu


def run_loop(seconds: float) -> None:
    if seconds <= 0:
        return
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def paint_times(frames: int, read_seconds: float) -> tuple[list[float], list[float], list[float]]:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    window, _ = drill_window(clock, read_seconds)
    paint: list[float] = []
    frame: list[float] = []
    canvas: list[float] = []
    timer = QElapsedTimer()
    whole = QElapsedTimer()
    for _ in range(frames):
        clock.advance(1 / 60)
        whole.start()
        window.tick()  # marks the figure and the ring dirty, as a real frame does
        timer.start()
        QApplication.processEvents()  # paints what changed and flushes it
        paint.append(timer.nsecsElapsed() / 1e6)
        frame.append(whole.nsecsElapsed() / 1e6)
    for _ in range(frames // 4):
        clock.advance(1 / 60)
        window.tick()
        QApplication.processEvents()
        timer.start()
        window.drill_canvas.repaint()  # the whole figure canvas, forced
        canvas.append(timer.nsecsElapsed() / 1e6)
        QApplication.processEvents()
    window.close()
    return paint, frame, canvas


def cpu_share(seconds: float, read_seconds: float) -> tuple[float, float, int, float]:
    window, setup_cpu = drill_window(SystemClock(), read_seconds)
    start_paints = window.drill_canvas.paint_count
    wall0, cpu0 = time.monotonic(), time.process_time()
    run_loop(seconds)
    wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    frames = window.drill_canvas.paint_count - start_paints
    reps = window.player.total_done
    window.close()
    return cpu / wall, frames / wall, reps, setup_cpu


def summary(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.2f} ms, p99 {percentile(values, 0.99):.2f} ms, "
        f"max {max(values):.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--read", type=float, default=1.5, help="seconds on the setup screen")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    platform = app.platformName()
    paint, frame, canvas = paint_times(args.frames, args.read)
    print(f"platform: {platform}, window {WIDTH}x{HEIGHT}, {len(paint)} frames")
    print(f"paint, one frame:        {summary(paint)}")
    print(f"tick + paint, one frame: {summary(frame)}")
    cold, _, _ = paint_times(args.frames, 0.0)
    print(f"paint, drill started at once (nothing drawn ahead): {summary(cold)}")
    print(f"paint, whole figure canvas: {summary(canvas)}")
    share, fps, reps, setup_cpu = cpu_share(args.seconds, args.read)
    print(
        f"animating {args.seconds:g} s on the real clock: CPU {share * 100:.1f} % of one core, "
        f"{fps:.1f} frames/s drawn, {reps} reps counted "
        f"(drawing ahead on the setup screen: {setup_cpu * 1000:.0f} ms CPU)"
    )
    ok = percentile(paint, 0.99) < 4.0 and share < 0.25
    print("targets (p99 < 4 ms, CPU < 25 %):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
