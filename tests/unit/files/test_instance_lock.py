"""The instance lock: one holder per data folder, freed by the OS when the holder dies."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from desk_mobility.cli import wait_for_instance
from desk_mobility.files.instance_lock import InstanceLock

HOLD = """
import sys, time
from pathlib import Path
from desk_mobility.files.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
time.sleep(60)
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert proc.stdout is not None
    proc.stdout.close()


def test_only_one_holder_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "data" / "desk-mobility.lock"
    first, second = InstanceLock(path), InstanceLock(path)
    assert first.acquire() and first.held
    assert not second.acquire() and not second.held
    first.release()
    assert second.acquire()
    second.release()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "desk-mobility.lock"
    proc = _holder(path)
    try:
        assert not InstanceLock(path).acquire()
    finally:
        _kill(proc)
    lock = InstanceLock(path)
    assert lock.acquire()
    lock.release()


def test_a_waiting_launch_takes_over_when_the_holder_dies_before_answering(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk-mobility.lock"
    proc = _holder(path)
    lock = InstanceLock(path)
    assert not lock.acquire()
    _kill(proc)  # it crashed while starting: it never listened
    reply = wait_for_instance(str(tmp_path / "nobody.sock"), "activate", lock)
    assert reply is None and lock.held
    lock.release()
