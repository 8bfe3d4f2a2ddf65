"""Memory of the idle app after the guide has been opened and closed many times.

Starts the real app under Xvfb with a private session bus, the trayer tray
host and dunst, lets it settle and takes its first idle figure; then opens the
guide (``--break-now``) and closes it (Escape) ``--cycles`` times, lets it
settle again and takes the figure once more. A guide that returns what it
took leaves the two within a couple of megabytes. Prints the figures;
asserts nothing.

    .venv/bin/python bench/guide_cycles.py [--cycles 30] [--settle 8]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.footprint import memory_mb
from tests.desktop_session import AppProcess, DesktopSession, wait_for


def guide_cycle(session: DesktopSession, app: AppProcess, number: int) -> None:
    """One ``--break-now``, the guide on screen, Escape, the guide gone."""
    opened = app.output().count("guide window opened")
    finished = app.output().count("guide finished")
    session.cli("--break-now")
    if not wait_for(lambda: app.output().count("guide window opened") > opened, 15):
        raise SystemExit(f"cycle {number}: the guide did not open\n{app.output()[-2000:]}")
    if not wait_for(lambda: bool(session.find_windows("Seated thoracic rotation")), 10):
        raise SystemExit(f"cycle {number}: the guide window is not on screen")
    window = session.find_windows("Seated thoracic rotation")[0]
    time.sleep(0.3)  # drawn, and the drill's figure warmed ahead as on a real open
    session.xdotool("windowfocus", "--sync", window)  # no window manager here
    session.xdotool("key", "Escape")
    if not wait_for(lambda: app.output().count("guide finished") > finished, 10):
        raise SystemExit(f"cycle {number}: Escape did not close the guide")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=30)
    parser.add_argument("--settle", type=float, default=8.0, help="seconds before each figure")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dm-guide-cycles-") as tmp:
        session = DesktopSession(Path(tmp))
        try:
            app = session.start_app()
            if not app.wait_docked(20):
                raise SystemExit(f"the tray icon never docked:\n{app.output()}")
            # The first guide loads fonts, the routine and the sound files once for
            # good: one warm-up cycle, then the first idle figure.
            guide_cycle(session, app, 0)
            time.sleep(args.settle)
            first = memory_mb(app.pid)
            started = time.monotonic()
            for number in range(1, args.cycles + 1):
                guide_cycle(session, app, number)
            took = time.monotonic() - started
            time.sleep(args.settle)
            last = memory_mb(app.pid)
            print(f"{args.cycles} guide cycles in {took:.1f} s")
            print(
                f"idle after the first guide: RSS {first[0]:.1f} MB, PSS {first[1]:.1f} MB, "
                f"private anonymous {first[2]:.1f} MB"
            )
            print(
                f"idle after {args.cycles} more: RSS {last[0]:.1f} MB, PSS {last[1]:.1f} MB, "
                f"private anonymous {last[2]:.1f} MB"
            )
            print(f"growth: RSS {last[0] - first[0]:+.1f} MB, private {last[2] - first[2]:+.1f} MB")
        finally:
            session.stop()


if __name__ == "__main__":
    main()
