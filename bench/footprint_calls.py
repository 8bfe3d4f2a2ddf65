"""The cost of watching for calls: the idle app with and without a sound server.

The sound server is watched only near a break, from a child process
(desk_mobility/platform/calls/pulse.py). So this starts the real app on the
same virtual desktop as the integration tests (Xvfb, a private session bus,
trayer, dunst) far from a break, where nothing is watched, and then less than
two minutes before one, where the watcher runs: without a sound server (it
finds none and ends), with a PulseAudio server running and nothing recording,
and with a recorder on the microphone all along (a call). Each run settles,
then idles, still short of the break; CPU time, context switches (wake-ups,
all threads) and memory (PSS, the app and its watcher together) are read
from /proc. It also times one look for a camera held open (the /proc scan
done near a break). Prints the figures; asserts nothing.

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
sys.path.insert(0, str(Path(__file__).resolve().parent))

# The app's tree (it and its watcher), measured as bench/footprint.py measures it.
from footprint import REPO, context_switches, cpu_seconds, memory_mb, process_tree, write_bytecode

from desk_mobility.platform.calls.camera import programs_holding
from tests.desktop_session import ALWAYS_WORKING, DesktopSession, sit_almost_to_the_break
from tests.sound_server import SoundServer

SETTLE_SECONDS = 8.0
# Near a break: inside the two minutes before it, still short of it once the idle window ends.
NEAR_BREAK_SECONDS = 110.0


def threads(pids: list[int]) -> int:
    return sum(len(list(Path(f"/proc/{pid}/task").iterdir())) for pid in pids)


def idle_run(
    root: Path, label: str, seconds: float, sound: bool, recording: bool, near_break: bool
) -> None:
    session = DesktopSession(root)
    server = SoundServer(session) if sound else None
    try:
        if server is not None and recording:
            server.record("mic")
        session.write_settings(ALWAYS_WORKING)
        if near_break:
            sit_almost_to_the_break(session, seconds_left=NEAR_BREAK_SECONDS)
        app = session.start_app()
        if not app.wait_docked(20):
            raise SystemExit(f"the tray icon never docked:\n{app.output()}")
        time.sleep(SETTLE_SECONDS)
        cpu0, ctx0, t0 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
        time.sleep(seconds)
        cpu1, ctx1, t1 = cpu_seconds(app.pid), context_switches(app.pid), time.monotonic()
        window = t1 - t0
        members = process_tree(app.pid)
        print(
            f"{label:<48} CPU {100 * (cpu1 - cpu0) / window:.3f} % of one core, "
            f"{(ctx1 - ctx0) / window:.2f} context switches/s, {threads(members)} threads, "
            f"PSS {memory_mb(app.pid)[0]:.1f} MB, watcher processes: {len(members) - 1}"
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
    write_bytecode(REPO / "desk_mobility")
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
        runs = (
            ("far", "far from a break, a call all along", True, True, False),
            ("none", "near a break, no sound server", False, False, True),
            ("idle", "near a break, sound server, nothing recording", True, False, True),
            ("call", "near a break, sound server, a call all along", True, True, True),
        )
        for folder, label, sound, recording, near in runs:
            idle_run(root / folder, label, args.idle_seconds, sound, recording, near)
    median, procs, fds = camera_scan_ms()
    print(
        f"one look for a camera held open: {median:.2f} ms (median of 20) over {procs} "
        f"processes with {fds} open files; done only near a break, once per check"
    )


if __name__ == "__main__":
    main()
