"""Start a built app in a private desktop, wait for its tray icon to dock, quit it.

    python packaging/smoke_test.py build/dist/desk-mobility/desk-mobility
    python packaging/smoke_test.py --source          # the app from this checkout

Each run gets its own Xvfb display, session bus and trayer, and its own
settings, data and state folders, all removed afterwards; every process is
stopped by its PID. The script prints the cold start-up time (process start to
"tray icon docked" in the app's log) and exits non-zero if the app does not
dock, does not quit on ``--quit``, or exits with an error.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.desktop_session import DesktopSession, wait_for  # noqa: E402

DOCKED = "tray icon docked"


def run_once(command: list[str], timeout: float, *, frozen: bool) -> float:
    """One cold start; returns seconds to a docked tray icon."""
    with tempfile.TemporaryDirectory(prefix="desk-mobility-smoke-") as tmp:
        session = DesktopSession(Path(tmp), tray=True, notifications=False)
        env = dict(session.env)
        if frozen:
            env.pop("PYTHONPATH", None)  # a frozen app brings its own modules
        log_path = Path(tmp) / "app.log"
        log = log_path.open("wb")
        app: subprocess.Popen[bytes] | None = None
        try:
            started = time.monotonic()
            app = subprocess.Popen(
                [*command, "--verbose"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=tmp,
            )

            def docked() -> bool:
                return DOCKED in log_path.read_text(errors="replace") or app.poll() is not None

            wait_for(docked, timeout, interval=0.01)
            elapsed = time.monotonic() - started
            output = log_path.read_text(errors="replace")
            if DOCKED not in output:
                raise SystemExit(f"FAIL: no docked tray icon within {timeout:.0f} s\n{output}")

            quit_run = subprocess.run(
                [*command, "--quit"],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
            if quit_run.returncode != 0:
                raise SystemExit(
                    f"FAIL: --quit exited {quit_run.returncode}: {quit_run.stderr.strip()}"
                )
            try:
                code = app.wait(20)
            except subprocess.TimeoutExpired:
                raise SystemExit("FAIL: the app was still running 20 s after --quit") from None
            if code != 0:
                raise SystemExit(f"FAIL: the app exited with {code}\n{output}")
            return elapsed
        finally:
            if app is not None and app.poll() is None:
                app.kill()
                app.wait(5)
            log.close()
            session.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", help="the built app's executable")
    parser.add_argument("--source", action="store_true", help="run python -m desk_mobility")
    parser.add_argument("--runs", type=int, default=1, help="cold starts to time")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    if args.source:
        command = [sys.executable, "-m", "desk_mobility"]
    elif args.executable:
        command = [str(Path(args.executable).resolve())]
    else:
        parser.error("give the executable or --source")
    times = [run_once(command, args.timeout, frozen=not args.source) for _ in range(args.runs)]
    label = "source" if args.source else command[0]
    listed = ", ".join(f"{t:.2f}" for t in times)
    print(f"OK: {label}: docked and quit cleanly; start-up to docked tray icon: {listed} s")
    if len(times) > 1:
        print(f"median {sorted(times)[len(times) // 2]:.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
