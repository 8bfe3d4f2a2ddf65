"""The history store: every event the core reports, kept in one SQLite file.

``HistoryStore`` is the app's ``EventSink``. Each event is written in its own
transaction with ``synchronous=FULL`` in WAL mode, so once ``record()``
returns, killing the process (or pulling the plug) loses nothing. Times are
stored as UTC text (``2026-11-24T08:15:00.000Z``) next to the UTC offset in
minutes the user lived in at that moment, so days and weeks bucket correctly
across daylight saving and travel.

A store problem never reaches the caller: ``record()`` logs it, tells the user
once through ``on_problem`` and keeps the events that failed for a transient
reason (disk full, database locked) to write them at the next chance. Opening
never fails either: a damaged file is moved aside, a database from a newer
version is opened read-only, and with no writable place at all the history of
this session lives in memory. The schema and how to read it with the
``sqlite-utils`` command line are described in docs/history-tables.md.

This module holds what the app keeps a reference to: recording with its retry
and reporting, and the read API. The parts it is built from each have their
own module: opening and recovery (``store_open``), tables and migrations
(``store_schema``), events into rows (``store_writes``), the read queries
(``store_queries``), the stored time format (``store_time``) and what an error
means (``store_errors``).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_mobility.core.events import Event
from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text
from desk_mobility.storage.errors import (
    DISK_FULL_MESSAGE,
    StoreError,
    describe_problem,
    is_disk_full,
    is_transient,
)
from desk_mobility.storage.opening import StoreMode, open_history
from desk_mobility.storage.schema import SCHEMA_VERSION, as_database, migrate, schema_version
from desk_mobility.storage.time_format import local_time, offset_minutes, utc_text
from desk_mobility.storage.writes import EVENT_WRITERS, transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desk_mobility.core.week import HistoryRecords, WeekReport

# The reads (storage/queries.py, and the weekly summaries of core/week.py)
# load with the first of them: the history window, a due break's summary or
# an export. The idle app only writes.

# Names other modules have always imported from here.
__all__ = [
    "PENDING_LIMIT",
    "SCHEMA_VERSION",
    "HistoryStore",
    "StoreError",
    "StoreMode",
    "local_time",
    "migrate",
    "offset_minutes",
    "schema_version",
    "utc_text",
]

log = logging.getLogger(__name__)

# Events kept in memory while the disk refuses them (disk full, locked).
PENDING_LIMIT = 5000
# A write that finds the history waiting tries the disk again at most this often.
RETRY_SECONDS = 30.0


class HistoryStore:
    """The durable record of sitting, breaks, routines and check-ins.

    Create it with ``HistoryStore.open(path)``, which returns the store and the
    messages the user should see (damaged file moved aside, read-only, ...).
    It is an ``EventSink``: ``record(event)`` never raises. ``mode`` tells
    whether history is being kept ("normal"), only shown ("read-only"), kept
    for this session alone ("memory"), or kept in memory until the full disk
    has room again ("waiting"); ``retry()`` tries the disk again, and so does
    a later write.
    """

    def __init__(
        self,
        db: sqlite3.Connection,
        *,
        mode: StoreMode = "normal",
        path: Path | None = None,
        on_problem: Callable[[str], None] | None = None,
    ) -> None:
        self._db = db
        self._sqlite_utils: Database | None = None
        self.mode: StoreMode = mode
        self.path = path
        self.on_problem = on_problem
        self._pending: deque[Event] = deque()
        self._reported: set[str] = set()
        self._dropped_read_only = 0
        self._last_retry = time.monotonic()

    # -- opening

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        on_problem: Callable[[str], None] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> tuple[HistoryStore, list[str]]:
        """Open (creating or upgrading) the history at ``path``; never raises.

        ``now`` stamps the name of a damaged file moved aside.
        """
        conn, mode, messages = open_history(path, now=now)
        return cls(conn, mode=mode, path=path, on_problem=on_problem), messages

    def close(self) -> None:
        self.retry()
        if self._pending:
            log.error("history: %d events could not be saved before quitting", len(self._pending))
        self._db.close()

    def release_memory(self) -> None:
        """Hand back the pages SQLite cached for a window's reads (see storage/opening.py)."""
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA shrink_memory")

    @property
    def db(self) -> Database:
        """The sqlite-utils database on the same connection, for exports, queries and tests."""
        if self._sqlite_utils is None:
            self._sqlite_utils = as_database(self._db)
        return self._sqlite_utils

    @property
    def writable(self) -> bool:
        return self.mode != "read-only"

    @property
    def pending(self) -> int:
        """Events waiting for the disk to accept them again."""
        return len(self._pending)

    @property
    def needs_retry(self) -> bool:
        """Something waits for the disk: the shell calls ``retry()`` now and then."""
        return self.mode == "waiting" or bool(self._pending)

    def retry(self) -> bool:
        """Try the disk again: open the file if the history was waiting, then save
        what was kept. True when nothing waits any more."""
        self._last_retry = time.monotonic()
        if self.mode == "waiting" and not self._reopen():
            return False
        return self.flush()

    def _reopen(self) -> bool:
        if self.path is None:
            return False
        conn, mode, messages = open_history(self.path)
        if mode != "normal":
            conn.close()
            return False
        self._db.close()
        self._db = conn
        self._sqlite_utils = None
        self.mode = "normal"
        self._reported.discard("transient")
        log.info("there is room on the disk again: history at %s", self.path)
        for message in messages:  # e.g. a file found damaged now that it could be opened
            self._report("reopen", message, StoreError(message))
        return True

    # -- recording

    def record(self, event: Event) -> None:
        """Write one event in its own transaction; report problems, never raise."""
        if self.mode == "read-only":
            self._dropped_read_only += 1
            log.debug("history read-only, not saved: %r", event)
            return
        if self.mode == "waiting":
            self._pending.append(event)
            self._trim_pending()
            if time.monotonic() - self._last_retry >= RETRY_SECONDS:
                self.retry()
            return
        if self._pending:
            self._pending.append(event)
            self._trim_pending()
            self.flush()
            return
        self._write_or_keep(event)

    def flush(self) -> bool:
        """Write events that were kept while the disk refused them; True when none remain."""
        while self._pending:
            if not self._write_or_keep(self._pending[0], retry=True):
                return False
            self._pending.popleft()
        return True

    def _write_or_keep(self, event: Event, *, retry: bool = False) -> bool:
        handler = EVENT_WRITERS.get(type(event))
        if handler is None:
            log.warning("history does not know how to store %r", event)
            return True
        try:
            with transaction(self._db):
                handler(self._db, event)
        except sqlite3.Error as exc:
            if is_transient(exc) or is_disk_full(exc, self._folder):
                if not retry:
                    self._pending.append(event)
                    self._trim_pending()
                if is_disk_full(exc, self._folder):
                    message = DISK_FULL_MESSAGE
                else:
                    message = Text(
                        "Storage",
                        QT_TRANSLATE_NOOP(
                            "Storage",
                            "Your activity cannot be saved right now because {reason}. "
                            "It is kept in memory and saved as soon as the disk accepts it again.",
                        ),
                        reason=describe_problem(exc),
                    )
                self._report("transient", message, exc)
                return False
            self._report(
                "failed",
                Text(
                    "Storage",
                    QT_TRANSLATE_NOOP(
                        "Storage", "Part of your history could not be saved ({reason})."
                    ),
                    reason=describe_problem(exc),
                ),
                exc,
            )
            return True
        except (ValueError, TypeError) as exc:
            log.warning("history ignored a malformed event %r: %s", event, exc)
            return True
        if retry:
            log.info("history saved an event that had been waiting")
        self._reported.discard("transient")
        return True

    @property
    def _folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def _trim_pending(self) -> None:
        while len(self._pending) > PENDING_LIMIT:
            self._pending.popleft()
            log.warning(
                "history dropped the oldest unsaved event (more than %d waiting)", PENDING_LIMIT
            )

    def _report(self, kind: str, message: str, exc: BaseException) -> None:
        log.error("history store: %s (%s)", message, exc)
        if kind in self._reported:
            return
        self._reported.add(kind)
        if self.on_problem is not None:
            try:
                self.on_problem(message)
            except Exception:
                log.exception("reporting a history problem failed")

    # -- reading

    def records_between(self, start: datetime, end: datetime) -> HistoryRecords:
        """Every record that begins (or, for stretches, reaches) within [start, end)."""
        from desk_mobility.storage import queries

        return queries.records_between(self._db, start, end)

    def routine_days(self, until: date) -> set[date]:
        """Local days up to ``until`` with at least one completed routine."""
        from desk_mobility.storage import queries

        return queries.routine_days(self._db, until)

    def week_report(
        self, week_start: date, *, today: date, now: datetime | None = None
    ) -> WeekReport:
        """This week and the one before, ready for the weekly view."""
        from desk_mobility.core.week import build_week_report, utc_window

        previous_start = week_start - timedelta(days=7)
        start, end = utc_window(previous_start, 14)
        records = self.records_between(start, end)
        days = self.routine_days(week_start + timedelta(days=6))
        return build_week_report(records, week_start, days, today=today, now=now)

    def routines_completed_this_week(self, today: date, first_weekday: int) -> int:
        """Completed routines from the first day of this week through ``today``."""
        from desk_mobility.storage import queries

        return queries.routines_completed_this_week(self._db, today, first_weekday)

    def first_record_day(self) -> date | None:
        """The local day of the earliest sitting stretch or routine, if any."""
        from desk_mobility.storage import queries

        return queries.first_record_day(self._db)

    def export_csv(
        self,
        target: Path,
        *,
        week_start: date | None = None,
        heading: Callable[[str], str] | None = None,
    ) -> int:
        """Write one week (or everything) as CSV to ``target``; the number of rows written."""
        from desk_mobility.storage.csv_export import write_csv

        return write_csv(self, target, week_start=week_start, heading=heading)

    def timeline(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every record as one flat row, oldest first; the CSV export reads this."""
        from desk_mobility.storage import queries

        yield from queries.timeline(self.db, start, end)
