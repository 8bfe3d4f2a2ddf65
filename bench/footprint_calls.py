"""The cost of watching for calls: the idle app with and without a sound server.

Starts the real app on the same virtual desktop as the integration tests
(Xvfb, a private session bus, trayer, dunst), three times: without a sound
server (the watcher finds none and ends), with a PulseAudio server running
and nothing recording, and with a recorder on the microphone all along (a
long call: the break waits). Each run settles, then idles; CPU time and
context switches (wake-ups, all threads) and private memory are read from
/proc. It also times
one look for a camera held open (the /proc scan done near a break). Prints
the figures; asserts nothing.

    .venv/bin/python bench/footprint_calls.py [--idle-seconds 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_mobility.platform.calls.camera import programs_holding
from tests.desktop_session import DesktopSession
from tests.sound_server import SoundServer

CLK_TCK = os.sysconf("SC_CLK_TCK")
SETTLE_SECONDS = 8.0


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


def private_mb(pid: int) -> float:
    """Private anonymous memory (the part no other process can share)."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss_Anon:"):
            return int(line.split()[1]) / 1024
    return 0.0


def threads(pid: int) -> int:
    return len(list(Path(f"/proc/{pid}/task").iterdir()))


def idle_run(root: Path, label: str, seconds: float, sound: bool, recording: bool) -> None:
    session = DesktopSession(root)
    server = SoundServer(session) if sound else None
    try:
        if server is not None and recording:
            server.record("mic")
        app = session.start_app()
        if not app.wait_docked(20):
            raise SystemExit(f"the tray icon never docked:\n{app.output()}")
        time.sleep(SETTLE_SECONDS)
        cpu0, ctx0, t0 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
        time.sleep(seconds)
        cpu1, ctx1, t1 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
        window = t1 - t0
        watching = "microphone in use" in app.output() or "watching the sound" in app.output()
        print(
            f"{label:<40} CPU {cpu1 - cpu0:5.2f} s ({100 * (cpu1 - cpu0) / window:.3f} % of one "
            f"core), {ctx1 - ctx0:4d} context switches ({(ctx1 - ctx0) / window:.2f}/s), "
            f"{threads(app.pid)} threads, private {private_mb(app.pid):.1f} MB, "
            f"sound server watched: {'yes' if watching else 'no'}"
        )
    finally:
        if server is not None:
            server.stop()
        session.stop()


def camera_scan_ms(repeats: int = 20) -> tuple[float, int, int]:
    """Median milliseconds of one /proc scan for a camera, and what it read."""
    procs = [p for p in Path("/proc").iterdir() if p.name.isdigit()]
    fds = 0
    for proc in procs:
        try:
            fds += len(os.listdir(proc / "fd"))
        except OSError:
            continue
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        programs_holding(["/dev/video0"])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2], len(procs), fds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dm-calls-") as tmp:
        root = Path(tmp)
        # The first Qt client on a fresh display loads fonts and GL; warm up once.
        warm = DesktopSession(root / "warm")
        try:
            app = warm.start_app()
            app.wait_docked(20)
        finally:
            warm.stop()
        print(f"idle {args.idle_seconds:.0f} s after {SETTLE_SECONDS:.0f} s of settling:")
        idle_run(root / "none", "no sound server", args.idle_seconds, False, False)
        idle_run(root / "idle", "sound server, nothing recording", args.idle_seconds, True, False)
        idle_run(root / "call", "sound server, a call all along", args.idle_seconds, True, True)
    median, procs, fds = camera_scan_ms()
    print(
        f"one look for a camera held open: {median:.2f} ms (median of 20) over {procs} "
        f"processes with {fds} open files; done only near a break, once per check"
    )


if __name__ == "__main__":
    main()
