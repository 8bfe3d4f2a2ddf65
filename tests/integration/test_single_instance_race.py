"""Twenty launches at once (login autostart plus impatient clicks) make exactly one app."""

from __future__ import annotations

import re
import subprocess
import sys
import time

from tests.desktop_session import DesktopSession, wait_for

LAUNCHES = 20
# An embedded tray icon: the app's window with its class, inside the tray host.
TRAY_ICON = re.compile(r'"Desk Mobility": \("[^"]*" "Desk Mobility"\)\s+\d+x\d+')


def _tray_icons(desktop: DesktopSession) -> int:
    tree = desktop.run(["xwininfo", "-root", "-tree"]).stdout
    panel = tree.split('"panel": ("panel" "trayer")', 1)
    return len(TRAY_ICON.findall(panel[1])) if len(panel) == 2 else 0


def test_twenty_simultaneous_launches_leave_one_instance_and_one_icon(
    desktop: DesktopSession,
) -> None:
    logs = [desktop.root / f"launch-{i}.log" for i in range(LAUNCHES)]
    procs = []
    for log in logs:
        with log.open("wb") as out:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "desk_mobility", "--verbose"],
                    env=desktop.env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=desktop.root,
                )
            )
    try:
        assert wait_for(lambda: sum(p.poll() is None for p in procs) <= 1, 60), [
            log.read_text(errors="replace")[-400:] for log in logs
        ]
        running = [p for p in procs if p.poll() is None]
        assert len(running) == 1
        instance = procs.index(running[0])
        for i, proc in enumerate(procs):
            if i != instance:
                assert proc.returncode == 0, logs[i].read_text(errors="replace")
                assert "already running" in logs[i].read_text(errors="replace")
        assert wait_for(lambda: "tray icon docked" in logs[instance].read_text(), 20)
        time.sleep(0.5)  # a second icon, if any, would dock in this time too
        assert _tray_icons(desktop) == 1

        assert desktop.cli("--quit").returncode == 0
        assert running[0].wait(20) == 0
        assert all(p.poll() is not None for p in procs)
        assert wait_for(lambda: _tray_icons(desktop) == 0, 10)
        assert desktop.cli("--status").returncode == 1
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
