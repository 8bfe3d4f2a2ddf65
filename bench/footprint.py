"""Footprint of the idle tray app: start-up to a docked icon, memory, wake-ups.

Starts the real app under Xvfb with a private session bus, the trayer tray
host and dunst (the same virtual desktop as the integration tests), lets it
settle, then watches it idle. Prints the figures; asserts nothing.

    .venv/bin/python bench/footprint.py [--idle-seconds 60] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.desktop_session import DesktopSession

CLK_TCK = os.sysconf("SC_CLK_TCK")


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


def memory_mb(pid: int) -> tuple[float, float, float]:
    """RSS, PSS and private anonymous memory (the part no other process can share)."""
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    values = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:] if ":" in line}
    return values["Rss"] / 1024, values["Pss"] / 1024, values["Pss_Anon"] / 1024


def time_to_dock(session: DesktopSession) -> float:
    start = time.monotonic()
    app = session.start_app()
    if not app.wait_docked(20):
        raise SystemExit(f"the tray icon never docked:\n{app.output()}")
    elapsed = time.monotonic() - start
    session.cli("--quit")
    app.wait_exit(10)
    return elapsed


BARE_TRAY = """
import sys
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication(sys.argv)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#1b9aaa"))
icon = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Quit", app.quit)
icon.setContextMenu(menu)
icon.show()
print("shown", flush=True)
app.exec()
"""


def bare_tray_memory(session: DesktopSession) -> tuple[float, float, float]:
    """The same measure for a bare PySide6 tray icon: the floor the app is compared with."""
    import subprocess

    proc = subprocess.Popen(
        [sys.executable, "-c", BARE_TRAY],
        env=session.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(5)
        return memory_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=5, help="start-ups to time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dm-footprint-") as tmp:
        session = DesktopSession(Path(tmp))
        try:
            # The first Qt client on a fresh display loads fonts and GL; warm up once.
            time_to_dock(session)
            # Measured alone, so it shares no pages with the app.
            bare = bare_tray_memory(session)
            docks = [time_to_dock(session) for _ in range(args.runs)]
            app = session.start_app()
            app.wait_docked(20)
            time.sleep(8)  # settle: icon embedded, first samples taken, freed memory returned
            rss, pss, anon = memory_mb(app.pid)
            cpu0, ctx0, t0 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
            time.sleep(args.idle_seconds)
            cpu1, ctx1, t1 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
            window = t1 - t0
            print(
                f"launch to docked tray icon: median {statistics.median(docks):.3f} s, "
                f"max {max(docks):.3f} s over {len(docks)} runs"
            )
            print(
                f"memory after settling: RSS {rss:.1f} MB, PSS {pss:.1f} MB, "
                f"private anonymous {anon:.1f} MB"
            )
            print(
                f"a bare PySide6 tray icon here: RSS {bare[0]:.1f} MB, PSS {bare[1]:.1f} MB, "
                f"private anonymous {bare[2]:.1f} MB"
            )
            print(
                f"idle {window:.0f} s: CPU {cpu1 - cpu0:.2f} s "
                f"({100 * (cpu1 - cpu0) / window:.3f} % of one core), "
                f"{ctx1 - ctx0} context switches ({(ctx1 - ctx0) / window:.2f}/s)"
            )
        finally:
            session.stop()


if __name__ == "__main__":
    main()
