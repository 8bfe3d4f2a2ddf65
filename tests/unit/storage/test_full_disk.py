"""A really full filesystem as the data folder: the history waits, nothing is lost.

A small tmpfs is mounted for each test (root only: CI runs as root) and
filled to the last byte, the state a user's disk is in when a download or a
log file has eaten it. Opening then fails with SQLite's "disk I/O error"
(the WAL index cannot grow), which must read as "the disk is full", not damage.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_mobility.core.events import CheckIn, StretchStarted
from desk_mobility.storage.errors import DISK_FULL_MESSAGE
from desk_mobility.storage.history_store import HistoryStore

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 24, hour, minute, tzinfo=BERLIN)


@dataclass
class SmallDisk:
    folder: Path

    @property
    def filler(self) -> Path:
        return self.folder / "filler"

    def fill(self) -> None:
        """Write until the filesystem refuses a single byte more."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (65536, 4096, 512, 1):
                while True:
                    try:
                        os.write(fd, b"\0" * size)
                    except OSError as exc:
                        assert exc.errno == errno.ENOSPC
                        break
        finally:
            os.close(fd)

    def free(self) -> None:
        self.filler.unlink()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root (CI runs as root)")
    mount = shutil.which("mount")
    if mount is None:
        pytest.skip("needs mount(8)")
    folder = tmp_path / "disk"
    folder.mkdir()
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield SmallDisk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_opening_on_a_full_disk_waits_in_memory_and_saves_once_there_is_room(
    small_disk: SmallDisk,
) -> None:
    path = small_disk.folder / "data" / "history.db"
    store, _ = HistoryStore.open(path)
    store.record(StretchStarted(at(8)))
    store.close()
    small_disk.fill()

    problems: list[str] = []
    store, messages = HistoryStore.open(path, on_problem=problems.append)
    try:
        assert store.mode == "waiting"  # not read-only for the session
        assert messages == [DISK_FULL_MESSAGE]
        assert "disk I/O error" not in " ".join(messages)
        store.record(CheckIn(at(9), "before", 4))
        store.record(CheckIn(at(10), "after", 2))
        assert store.pending == 2
        assert not store.retry()  # still full
        assert store.mode == "waiting" and store.pending == 2

        small_disk.free()
        assert store.retry()
        assert store.mode == "normal" and store.pending == 0
        store.record(CheckIn(at(11), "after", 1))
    finally:
        store.close()
    reopened, messages = HistoryStore.open(path)
    assert messages == []
    assert [r["tightness"] for r in reopened.db.table("check_ins").rows] == [4, 2, 1]
    assert reopened.db.table("sitting_stretches").count == 1
    reopened.close()


def test_a_disk_that_fills_up_while_running_keeps_activity_until_a_later_write(
    small_disk: SmallDisk,
) -> None:
    path = small_disk.folder / "data" / "history.db"
    problems: list[str] = []
    store, _ = HistoryStore.open(path, on_problem=problems.append)
    store.record(StretchStarted(at(8)))
    small_disk.fill()
    sent = 0
    while store.pending == 0 and sent < 20000:  # until the WAL can grow no more
        store.record(CheckIn(at(9), "before", sent % 11))
        sent += 1
    assert store.pending == 1, "the disk never refused a write"
    store.record(CheckIn(at(10), "after", 3))
    assert store.pending == 2
    assert problems == [DISK_FULL_MESSAGE]
    small_disk.free()
    store.record(CheckIn(at(11), "after", 1))  # the next write saves what waited
    assert store.pending == 0
    assert store.db.table("check_ins").count == sent + 2
    assert store.week_report(date(2026, 11, 23), today=date(2026, 11, 24)) is not None
    store.close()
    assert problems == [DISK_FULL_MESSAGE]


def test_a_new_history_on_a_full_disk_waits_too(small_disk: SmallDisk) -> None:
    (small_disk.folder / "data").mkdir()
    small_disk.fill()
    path = small_disk.folder / "data" / "history.db"
    store, messages = HistoryStore.open(path)
    assert store.mode == "waiting" and messages == [DISK_FULL_MESSAGE]
    store.record(StretchStarted(at(8)))
    small_disk.free()
    assert store.retry() and store.mode == "normal"
    store.close()
    reopened, _ = HistoryStore.open(path)
    assert reopened.db.table("sitting_stretches").count == 1
    reopened.close()
