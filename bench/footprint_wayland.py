"""Idle cost of the app on Wayland (KWin, ext-idle-notify) next to X11 (Xvfb, polled idle).

Starts the real app in each session in turn, with a tray host in both (waybar's
StatusNotifierItem tray under KWin, trayer under Xvfb), lets it settle, then
counts its CPU time and context switches while nobody touches anything.
Under KWin the idle source is told of idle by the compositor instead of asking
the X server at every check. Prints the figures; asserts nothing.

    .venv/bin/python bench/footprint_wayland.py [--idle-seconds 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from footprint import REPO, write_bytecode

from tests.desktop_session import AppProcess, DesktopSession
from tests.wayland_session import KWinSession

CLK_TCK = os.sysconf("SC_CLK_TCK")
SETTLE_SECONDS = 8.0  # icon registered, first checks taken, freed memory returned


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def context_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def idle_cost(app: AppProcess, seconds: float) -> tuple[float, float, float]:
    """Seconds watched, CPU share of one core (%), context switches per second."""
    time.sleep(SETTLE_SECONDS)
    cpu0, ctx0, t0 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
    time.sleep(seconds)
    cpu1, ctx1, t1 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
    window = t1 - t0
    return window, 100 * (cpu1 - cpu0) / window, (ctx1 - ctx0) / window


def report(label: str, source: str, figures: tuple[float, float, float]) -> None:
    window, cpu, switches = figures
    print(
        f"{label:<28} idle source {source:<16} idle {window:.0f} s: "
        f"CPU {cpu:.3f} % of one core, {switches:.2f} context switches/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    args = parser.parse_args()
    write_bytecode(REPO / "desk_mobility")

    with tempfile.TemporaryDirectory(prefix="dm-footprint-wl-") as tmp:
        kwin = KWinSession(Path(tmp) / "kwin")
        try:
            kwin.start_waybar()
            app = kwin.start_app()
            if not app.wait_for_log("break scheduling started", 30):
                raise SystemExit(f"the app did not start under KWin:\n{app.output()}")
            figures = idle_cost(app, args.idle_seconds)
            report("KWin (Wayland), waybar tray", kwin.status()["idle_source"], figures)
        finally:
            kwin.stop()

        x11 = DesktopSession(Path(tmp) / "x11")
        try:
            app = x11.start_app()
            if not app.wait_docked(20):
                raise SystemExit(f"the tray icon never docked under Xvfb:\n{app.output()}")
            figures = idle_cost(app, args.idle_seconds)
            status = x11.cli("--status").stdout
            source = "x11" if '"idle_source": "x11"' in status else "?"
            report("Xvfb (X11), trayer tray", source, figures)
        finally:
            x11.stop()


if __name__ == "__main__":
    main()
