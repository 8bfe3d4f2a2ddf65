"""Opening the history file so that the app always gets a store to write to.

Opening never fails: a damaged file is moved aside and a new one started, a
file from a newer version is opened read-only, a file that cannot be written
is shown read-only, and with no usable place at all the history of this
session lives in memory. A full disk is none of these: it passes, so the
history waits ("waiting") with new activity kept in memory until there is
room, and the store opens the file again then. What happened is returned as
messages for the user.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal, NamedTuple

from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text
from desk_mobility.storage.errors import (
    DISK_FULL_MESSAGE,
    describe_problem,
    is_corruption,
    is_disk_full,
)
from desk_mobility.storage.schema import SCHEMA_VERSION, migrate, schema_version

log = logging.getLogger(__name__)

StoreMode = Literal["normal", "read-only", "memory", "waiting"]


class OpenedHistory(NamedTuple):
    """A connection for the store, how far it may be used, and what to tell the user."""

    conn: sqlite3.Connection
    mode: StoreMode
    messages: list[str]


def _connect(path: Path) -> sqlite3.Connection:
    """Open read-write, creating the file private to the user."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
    try:
        os.chmod(path, 0o600)
    except OSError as exc:  # not ours to change (another user's file, read-only mount)
        log.debug("could not make %s private: %s", path, exc)
    conn = sqlite3.connect(path, timeout=3.0, isolation_level=None)
    try:
        _check_integrity(conn)
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open without writing anything; ``immutable`` covers a WAL file in a read-only folder."""
    uri = path.resolve().as_uri()
    for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = sqlite3.connect(uri + suffix, uri=True, timeout=3.0, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
    raise sqlite3.OperationalError(f"unable to open {path} for reading")


def _check_integrity(db: sqlite3.Connection) -> None:
    """Raise a corruption error for a damaged file (checked once, at start-up)."""
    row = db.execute("PRAGMA quick_check").fetchone()
    if row is None or row[0] != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed: {row[0] if row else ''}")


def _move_aside(path: Path, stamp: str) -> Path:
    """Keep a damaged file (and its journal files) for the user, out of the way."""
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def _memory_database() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    return conn


def open_history(path: Path, *, now: Callable[[], datetime] | None = None) -> OpenedHistory:
    """Open (creating or upgrading) the history at ``path``; never raises.

    ``now`` stamps the name of a damaged file moved aside.
    """
    messages: list[str] = []
    stamp = (now or (lambda: datetime.now().astimezone()))().strftime("%Y%m%d-%H%M%S")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        if is_disk_full(exc):
            return _waiting_for_room(path, messages, exc)
        return _in_memory(path, messages, exc)

    for attempt in range(2):
        try:
            db = _connect(path)
        except sqlite3.DatabaseError as exc:
            if is_corruption(exc) and attempt == 0:
                moved = _move_aside(path, stamp)
                log.error("history database damaged (%s); moved to %s", exc, moved)
                messages.append(
                    Text(
                        "Storage",
                        QT_TRANSLATE_NOOP(
                            "Storage",
                            "Your history file could not be read because it is damaged. "
                            "It was moved to {moved} and a new history starts now.",
                        ),
                        moved=str(moved),
                    )
                )
                continue
            return _fallback(path, messages, exc)
        except OSError as exc:
            return _fallback(path, messages, exc)
        break

    version = schema_version(db)
    if version > SCHEMA_VERSION:
        db.close()
        messages.append(
            Text(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "Your history ({path}) was written by a newer version of Desk Mobility "
                    "(schema {version}; this version knows up to {known}). It is shown "
                    "read-only and left unchanged; new activity is not saved until you update.",
                ),
                path=str(path),
                version=version,
                known=SCHEMA_VERSION,
            )
        )
        log.warning("history schema %d is newer than %d: read-only", version, SCHEMA_VERSION)
        try:
            return OpenedHistory(_connect_read_only(path), "read-only", messages)
        except sqlite3.Error as exc:
            return _in_memory(path, messages, exc)
    try:
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = wal")
        if version < SCHEMA_VERSION:
            migrate(db)
        # The integrity check read every page into SQLite's cache, which it
        # keeps: 2 MB, the cache's limit, for a year of history, held all day
        # by an app that writes a row now and then. Handed back now.
        db.execute("PRAGMA shrink_memory")
    except sqlite3.Error as exc:
        db.close()
        return _fallback(path, messages, exc)
    log.info("history at %s (schema %d)", path, SCHEMA_VERSION)
    return OpenedHistory(db, "normal", messages)


def _fallback(path: Path, messages: list[str], exc: BaseException) -> OpenedHistory:
    """The file cannot be written: show it read-only if it can be read at all."""
    if is_disk_full(exc, path.parent):
        return _waiting_for_room(path, messages, exc)
    reason = describe_problem(exc, path.parent)
    if path.exists() and path.stat().st_size > 0:
        try:
            db = _connect_read_only(path)
            version = schema_version(db)
            if version >= 1:
                messages.append(
                    Text(
                        "Storage",
                        QT_TRANSLATE_NOOP(
                            "Storage",
                            "Your history ({path}) cannot be saved because {reason}. Past weeks "
                            "are shown, but new activity is not saved until this is fixed.",
                        ),
                        path=str(path),
                        reason=reason,
                    )
                )
                log.warning("history read-only: %s", exc)
                return OpenedHistory(db, "read-only", messages)
            db.close()
        except sqlite3.Error as read_exc:
            log.warning("history cannot be read either: %s", read_exc)
    return _in_memory(path, messages, exc)


def _waiting_for_room(path: Path, messages: list[str], exc: BaseException) -> OpenedHistory:
    """No room on the disk: past weeks read as they are, new activity waits in memory."""
    log.warning("history waits for room on the disk: %s", exc)
    messages.append(DISK_FULL_MESSAGE)
    if path.exists() and path.stat().st_size > 0:
        try:
            db = _connect_read_only(path)
            if schema_version(db) >= 1:
                return OpenedHistory(db, "waiting", messages)
            db.close()
        except sqlite3.Error as read_exc:
            log.warning("history cannot be read while the disk is full: %s", read_exc)
    return OpenedHistory(_memory_database(), "waiting", messages)


def _in_memory(path: Path, messages: list[str], exc: BaseException) -> OpenedHistory:
    reason = describe_problem(exc, path.parent)
    messages.append(
        Text(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "Your history cannot be saved to {path} because {reason}. Desk Mobility keeps "
                "running and remembers today's activity until you quit.",
            ),
            path=str(path),
            reason=reason,
        )
    )
    log.warning("history kept in memory only: %s", exc)
    return OpenedHistory(_memory_database(), "memory", messages)
