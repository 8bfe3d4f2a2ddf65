"""The command line: parse, hand a command to a running instance, or start one."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desk_mobility import APP_NAME, __version__
from desk_mobility.core.durations import duration_text

if TYPE_CHECKING:
    from pathlib import Path

    from desk_mobility.files.instance_lock import InstanceLock
    from desk_mobility.files.paths import AppPaths

EXIT_OK = 0
EXIT_NOT_RUNNING = 1
# Commands for a running app only: without one they start nothing and make no files.
QUERIES = ("status", "quit", "loaded-modules")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-mobility",
        description=(
            f"{APP_NAME}: tracks how long you sit, reminds you to move, and guides a "
            "seated thoracic rotation drill for a stiff upper back. Without options it "
            "starts in the system tray; with one, it passes the command to the running app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--break-now",
        dest="command",
        action="store_const",
        const="break-now",
        help="open the guided break routine now",
    )
    action.add_argument(
        "--history",
        dest="command",
        action="store_const",
        const="history",
        help="open the weekly history",
    )
    action.add_argument(
        "--settings",
        dest="command",
        action="store_const",
        const="settings",
        help="open the settings",
    )
    action.add_argument(
        "--quit", dest="command", action="store_const", const="quit", help="stop the running app"
    )
    action.add_argument(
        "--status",
        dest="command",
        action="store_const",
        const="status",
        help="print the running app's state as JSON (exit 1 if not running)",
    )
    action.add_argument(
        "--loaded-modules",
        dest="command",
        action="store_const",
        const="loaded-modules",
        help="print the Python modules the running app has loaded, in import order "
        "(a diagnostic: the idle app should load nothing only a window needs)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "waybar"),
        default="json",
        help="with --status: plain JSON, or Waybar's custom-module JSON",
    )
    parser.add_argument("--verbose", action="store_true", help="also log to stderr")
    # The app's own helper (platform/calls/pulse_watcher.py), started near a break
    # with the app's pid: not a command for people.
    parser.add_argument("--watch-calls", type=int, metavar="PID", help=argparse.SUPPRESS)
    return parser


def format_status(status: dict[str, Any], fmt: str) -> str:
    if fmt == "waybar":
        return json.dumps(waybar_status(status))
    return json.dumps(status, sort_keys=True)


def waybar_status(status: dict[str, Any]) -> dict[str, Any]:
    """Waybar's custom-module JSON: text, tooltip, class, percentage."""
    stage = str(status.get("stage", "sitting"))
    percentage = status.get("progress")
    return {
        "text": duration_text(float(status.get("sat_seconds") or 0))
        if stage != "paused"
        else "paused",
        "tooltip": str(status.get("summary", APP_NAME)),
        "class": stage,
        "percentage": round(float(percentage) * 100) if percentage is not None else 0,
    }


def main(argv: Sequence[str] | None = None) -> int:
    from desk_mobility.platform.no_openssl import leave_out_openssl

    leave_out_openssl()  # before anything imports hashlib or asyncio
    args = build_parser().parse_args(argv)
    if args.watch_calls is not None:
        # First: no instance lock, no Qt, none of the user's files.
        from desk_mobility.platform.calls.pulse_watcher import main as watch_calls

        return watch_calls(args.watch_calls)
    if args.format != "json" and args.command != "status":
        build_parser().error("--format only applies to --status")

    from desk_mobility.files.paths import AppPaths
    from desk_mobility.shell.instance import send_command, server_address

    paths = AppPaths.for_user()
    address = server_address(paths.instance_name)
    command = args.command or "activate"
    reply = send_command(address, command)
    lock: InstanceLock | None = None
    if reply is None:
        # A query makes no files: a running app always has its lock file.
        lock = take_instance_lock(paths, create=args.command not in QUERIES)
        if lock is not None and not lock.held:
            # Another launch holds the lock: it is alive, perhaps still starting.
            reply = wait_for_instance(address, command, lock)
            if reply is None and not lock.held:
                print(
                    f"{APP_NAME} is starting but does not answer yet; try again in a moment.",
                    file=sys.stderr,
                )
                return EXIT_NOT_RUNNING
    if reply is not None:
        return _report_to_user(args.command, args.format, reply)
    if args.command in QUERIES:
        if lock is not None:
            lock.release()
        if args.command == "quit":
            print(f"{APP_NAME} is not running; nothing to quit.", file=sys.stderr)
            return EXIT_OK
        print(f"{APP_NAME} is not running.", file=sys.stderr)
        return EXIT_NOT_RUNNING

    # Before Qt is imported: see platform/memory.py.
    from desk_mobility.platform.memory import drop_source_text_at_each_import

    drop_source_text_at_each_import()
    # The tray icon first, the rest of the app after it (see ui/first_icon.py).
    from desk_mobility.ui.first_icon import show_first_icon

    first = show_first_icon()
    from desk_mobility.app import run

    try:
        return run(paths, address, initial_command=args.command, verbose=args.verbose, first=first)
    finally:
        if lock is not None:
            lock.release()


WAIT_FOR_INSTANCE_SECONDS = 30.0
RETRY_SECONDS = 0.1


def take_instance_lock(paths: AppPaths, *, create: bool = True) -> InstanceLock | None:
    """The instance lock in the data folder (or, if that cannot hold a file, the state
    folder, then the temporary folder); None when no lock can be made anywhere.

    ``held`` on the result tells whether this launch is the instance.
    """
    from desk_mobility.files.instance_lock import InstanceLock

    for where in (_in_data_folder, _in_state_folder, _in_temporary_folder):
        lock = InstanceLock(where(paths))
        try:
            lock.acquire(create=create)
        except OSError:
            continue
        return lock
    return None


def _in_data_folder(paths: AppPaths) -> Path:
    return paths.lock_file


def _in_state_folder(paths: AppPaths) -> Path:
    return paths.state_dir / paths.lock_file.name


def _in_temporary_folder(paths: AppPaths) -> Path:
    # Only asked for when neither folder can hold the lock: tempfile (with
    # shutil and random) would otherwise load before the tray icon shows.
    import tempfile
    from pathlib import Path

    return Path(tempfile.gettempdir()) / f"{paths.instance_name}.lock"


def wait_for_instance(address: str, command: str, lock: InstanceLock) -> dict[str, Any] | None:
    """Hand ``command`` to the instance that holds the lock, once it listens.

    Returns None when the holder went away before answering and this launch
    took the lock instead (``lock.held``), or when it never answered.
    """
    import time

    from desk_mobility.shell.instance import send_command

    deadline = time.monotonic() + WAIT_FOR_INSTANCE_SECONDS
    while time.monotonic() < deadline:
        reply = send_command(address, command)
        if reply is not None:
            return reply
        if lock.acquire():
            return None
        time.sleep(RETRY_SECONDS)
    return None


def _report_to_user(command: str | None, fmt: str, reply: dict[str, Any]) -> int:
    if not reply.get("ok", False):
        print(
            f"{APP_NAME}: {reply.get('error', 'the running app refused the command')}",
            file=sys.stderr,
        )
        return 1
    if command == "status":
        print(format_status(reply.get("status", {}), fmt))
    elif command == "loaded-modules":
        print("\n".join(reply.get("modules", [])))
    elif command is None:
        print(reply.get("message") or f"{APP_NAME} is already running.")
    elif command == "quit":
        print(f"{APP_NAME} is quitting.")
    return EXIT_OK
