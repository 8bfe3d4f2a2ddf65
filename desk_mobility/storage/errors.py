"""What a SQLite failure means for the history, and how to say it to the user.

Opening, writing and reading all sort errors the same way: a damaged file is
moved aside, a transient one (disk full, database locked) is waited out, and
anything else is reported in words a user can act on.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from desk_mobility.core.store_error import StoreError
from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text

__all__ = ["StoreError"]

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
# The WAL index cannot grow: what a full filesystem does to a WAL database,
# which SQLite reports as "disk I/O error". Other I/O errors count as a full
# disk only when the folder has no room left.
_IOERR_SHMSIZE = _SQLITE_IOERR | 19 << 8
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Less free space than this beside an I/O error: the disk being full is the cause.
NEARLY_FULL_BYTES = 256 * 1024

DISK_FULL_MESSAGE = Text(
    "Storage",
    QT_TRANSLATE_NOOP(
        "Storage", "The disk is full: your history is kept in memory and saved when there is room."
    ),
)
_TRANSIENT_CODES = {5, 6, 8, 10, 13, 14}  # busy, locked, readonly, ioerr, full, cantopen


def is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def free_bytes(folder: Path) -> int | None:
    try:
        usage = os.statvfs(folder) if hasattr(os, "statvfs") else None
    except OSError:
        return None
    if usage is None:  # pragma: no cover - Windows
        import shutil

        try:
            return shutil.disk_usage(folder).free
        except OSError:
            return None
    return usage.f_bavail * usage.f_frsize


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether ``exc`` means "no room": a state that passes, unlike damage.

    SQLite says SQLITE_FULL for a full database file, but a full filesystem
    under a WAL database mostly surfaces as an I/O error (the shared-memory
    index cannot grow), so an I/O error counts too when the folder has
    (almost) no free space left.
    """
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return "database or disk is full" in str(exc).lower()
    if code & 0xFF == _SQLITE_FULL or code == _IOERR_SHMSIZE:
        return True
    if code & 0xFF == _SQLITE_IOERR and folder is not None:
        free = free_bytes(folder)
        return free is not None and free < NEARLY_FULL_BYTES
    return False


def is_transient(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _TRANSIENT_CODES


def describe_problem(exc: BaseException, folder: Path | None = None) -> str:
    text = str(exc)
    lowered = text.lower()
    if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
        return Text(
            "Storage",
            QT_TRANSLATE_NOOP("Storage", "the folder {folder} is read-only"),
            folder=str(folder),
        )
    if "full" in lowered or is_disk_full(exc, folder):
        return Text("Storage", QT_TRANSLATE_NOOP("Storage", "the disk is full"))
    if "readonly" in lowered or "read-only" in lowered or isinstance(exc, PermissionError):
        return Text("Storage", QT_TRANSLATE_NOOP("Storage", "the folder or file is read-only"))
    if "locked" in lowered or "busy" in lowered:
        return Text(
            "Storage", QT_TRANSLATE_NOOP("Storage", "another program holds the database locked")
        )
    return text
