"""Opening the history leaves SQLite's page cache empty, however long the history.

The integrity check at start reads every page, and SQLite keeps what it read
in its cache (up to 2 MB) for as long as the connection is open: all day, in
an idle tray app that writes a row now and then.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sqlite3
from pathlib import Path

import pytest

from desk_mobility.storage.history_store import HistoryStore


def sqlite_memory_used() -> int | None:
    """What SQLite has allocated in this process, from the library Python's sqlite3 uses."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
    except OSError:
        return None
    library.sqlite3_memory_used.restype = ctypes.c_int64
    return int(library.sqlite3_memory_used())


def test_a_long_history_is_not_kept_in_memory_once_open(tmp_path: Path) -> None:
    if sqlite_memory_used() is None:
        pytest.skip("no shared SQLite library to ask")
    path = tmp_path / "history.db"
    store, _messages = HistoryStore.open(path)
    store.close()
    with sqlite3.connect(path) as db:  # years of rows, as far as the pages go
        db.execute("CREATE TABLE filler (data BLOB)")
        db.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 4000,) for _ in range(1000)])
    assert path.stat().st_size > 3_000_000

    before = sqlite_memory_used()
    store, messages = HistoryStore.open(path)
    try:
        assert messages == []
        used = sqlite_memory_used()
        assert before is not None and used is not None
        # The connection and its schema, not the file's 3 MB (nor the cache's 2 MB).
        assert used - before < 500_000, used - before
    finally:
        store.close()
