"""What a SQLite failure means for the history, and how to say it to the user.

Opening, writing and reading all sort errors the same way: a damaged file is
moved aside, a transient one (disk full, database locked) is waited out, and
anything else is reported in words a user can act on.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desk_mobility.core.week import StoreError

__all__ = ["StoreError"]

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_TRANSIENT_CODES = {5, 6, 8, 10, 13, 14}  # busy, locked, readonly, ioerr, full, cantopen


def is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def is_transient(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _TRANSIENT_CODES


def describe_problem(exc: BaseException, folder: Path | None = None) -> str:
    text = str(exc)
    lowered = text.lower()
    if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    if "full" in lowered:
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered or isinstance(exc, PermissionError):
        return "the folder or file is read-only"
    if "locked" in lowered or "busy" in lowered:
        return "another program holds the database locked"
    return text
