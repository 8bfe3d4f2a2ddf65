"""Start an installed or built app in a private desktop, open its windows, quit it.

    python packaging/smoke_test.py build/dist/desk-mobility/desk-mobility
    python packaging/smoke_test.py /usr/bin/desk-mobility       # the Debian package
    python packaging/smoke_test.py ~/.local/bin/desk-mobility   # a pipx install
    python packaging/smoke_test.py --source                     # the app from this checkout

Each run gets its own Xvfb display, session bus and trayer, and its own
settings, data and state folders, all removed afterwards; every process is
stopped by its PID. A run waits for the tray icon to dock, then opens the
guide, the weekly history and the settings from a second launch and waits
for each window to be shown, and quits with ``--quit``. The script prints the
cold start-up time (process start to "tray icon docked" in the app's log) and
exits non-zero if any of that fails.

``--maps FILE`` writes every file the running app has mapped once all three
windows are open (from ``/proc/PID/maps``): what the bundle really loads,
which is how ``desk-mobility.spec`` decides what to leave out.
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
# The command each window answers to, and a part of the title it gets.
WINDOWS = (
    ("--break-now", "Seated thoracic rotation"),
    ("--history", "Weekly history"),
    ("--settings", "Desk Mobility Settings"),
)


class SmokeFailure(SystemExit):
    """The app did not do what a user would see it do; the message says what."""

    def __init__(self, message: str) -> None:
        super().__init__(f"FAIL: {message}")


def mapped_files(pid: int) -> list[str]:
    """The files a process has mapped: its executable, libraries, plugins, data."""
    paths = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and fields[5].startswith("/"):
            paths.add(fields[5].removesuffix(" (deleted)"))
    return sorted(paths)


def _second_launch(command: list[str], argument: str, env: dict[str, str]) -> None:
    done = subprocess.run(
        [*command, argument], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    if done.returncode != 0:
        raise SmokeFailure(f"{argument} exited {done.returncode}: {done.stderr.strip()}")


def run_once(
    command: list[str],
    timeout: float,
    *,
    installed: bool,
    windows: bool = True,
    maps: Path | None = None,
) -> float:
    """One cold start; returns seconds to a docked tray icon.

    ``installed`` drops the checkout from ``PYTHONPATH`` and runs from an empty
    folder, so the app must bring every module and file it needs itself.
    """
    with tempfile.TemporaryDirectory(prefix="desk-mobility-smoke-") as tmp:
        session = DesktopSession(Path(tmp), tray=True, notifications=False)
        env = dict(session.env)
        if installed:
            env.pop("PYTHONPATH", None)
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
            if DOCKED not in log_path.read_text(errors="replace"):
                raise SmokeFailure(
                    f"no docked tray icon within {timeout:.0f} s\n{log_path.read_text()}"
                )
            if windows:
                for argument, title in WINDOWS:
                    _second_launch(command, argument, env)
                    if not wait_for(lambda t=title: bool(session.find_windows(t)), timeout):
                        raise SmokeFailure(
                            f"{argument} showed no window named {title!r}\n{log_path.read_text()}"
                        )
            if maps is not None:
                time.sleep(1.0)  # let the windows paint, so lazy plugins are loaded too
                maps.write_text("\n".join(mapped_files(app.pid)) + "\n")

            _second_launch(command, "--quit", env)
            try:
                code = app.wait(20)
            except subprocess.TimeoutExpired:
                raise SmokeFailure("the app was still running 20 s after --quit") from None
            if code != 0:
                raise SmokeFailure(f"the app exited with {code}\n{log_path.read_text()}")
            return elapsed
        finally:
            if app is not None and app.poll() is None:
                app.kill()
                app.wait(5)
            log.close()
            session.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", help="the installed or built app's executable")
    parser.add_argument("--source", action="store_true", help="run python -m desk_mobility")
    parser.add_argument("--runs", type=int, default=1, help="cold starts to time")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument(
        "--dock-only", action="store_true", help="only dock and quit: time start-up alone"
    )
    parser.add_argument("--maps", type=Path, help="write the files the app has mapped here")
    args = parser.parse_args()
    if args.source:
        command = [sys.executable, "-m", "desk_mobility"]
    elif args.executable:
        command = [str(Path(args.executable).absolute())]
    else:
        parser.error("give the executable or --source")
    times = [
        run_once(
            command,
            args.timeout,
            installed=not args.source,
            windows=not args.dock_only,
            maps=args.maps if run == 0 else None,
        )
        for run in range(args.runs)
    ]
    label = "source" if args.source else command[0]
    listed = ", ".join(f"{t:.2f}" for t in times)
    opened = "" if args.dock_only else ", opened the guide, history and settings,"
    print(f"OK: {label}: docked{opened} and quit cleanly; start-up to docked: {listed} s")
    if len(times) > 1:
        print(f"median {sorted(times)[len(times) // 2]:.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
