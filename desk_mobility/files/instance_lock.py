"""The lock that makes one running app per data folder, whatever the timing.

The first launch to take the lock is the instance and holds it for its whole
life; the operating system lets go of it when the process ends, even when it
is killed, so a crash never leaves a stale lock. A later launch that finds it
held knows an instance is alive (perhaps still starting) and waits for it to
answer on its command socket instead of starting a second one that would
write the same history.

Standard library only: the command line takes the lock before Qt loads.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_NAME = "desk-mobility.lock"


class InstanceLock:
    """An exclusive, non-blocking lock on a file; ``acquire`` says whether we got it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, create: bool = True) -> bool:
        """Take the lock now, or return False at once when another process holds it.

        Raises ``OSError`` when the lock file itself cannot be made (a missing
        or read-only folder), or with ``create=False`` does not exist: the
        caller decides what to do without a lock.
        """
        if self._fd is not None:
            return True
        flags = os.O_RDWR
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            flags |= os.O_CREAT
        fd = os.open(self.path, flags, 0o600)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return False
        self._fd = fd
        with contextlib.suppress(OSError):  # for a person looking at the folder
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
