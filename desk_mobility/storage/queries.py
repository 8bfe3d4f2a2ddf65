"""The questions the weekly view, the tray and the export ask of the history.

Each query reads only the rows its range needs, through the indexes on start
times, and turns them into the core's plain records in the user's local time,
so the weekly aggregation never sees SQL. A failed read becomes a
``StoreError`` with a message for the user.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desk_mobility.core.events import OFFER_STATES, OfferState
from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text
from desk_mobility.core.week import (
    CheckInRecord,
    HistoryRecords,
    NaturalBreakRecord,
    OfferRecord,
    QuietRecord,
    SessionRecord,
    StretchRecord,
    week_start_for,
)
from desk_mobility.storage.errors import StoreError, describe_problem
from desk_mobility.storage.time_format import local_time, utc_text

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

# Stretches are looked up by their start; one that began this long before a
# range can still reach into it.
MAX_STRETCH = timedelta(days=2)


def records_between(conn: sqlite3.Connection, start: datetime, end: datetime) -> HistoryRecords:
    """Every record that begins (or, for stretches, reaches) within [start, end)."""
    lo, hi = utc_text(start), utc_text(end)
    stretch_lo = utc_text(start - MAX_STRETCH)
    try:
        return _records(conn, lo, hi, stretch_lo)
    except sqlite3.Error as exc:
        log.error("reading history failed: %s", exc)
        raise StoreError(_unreadable(exc)) from exc


def _records(conn: sqlite3.Connection, lo: str, hi: str, stretch_lo: str) -> HistoryRecords:
    run = conn.execute
    stretches = tuple(
        StretchRecord(
            local_time(started, s_off),
            local_time(ended, e_off) if ended is not None else None,
            sat,
        )
        for started, s_off, ended, e_off, sat in run(
            "SELECT started_at, started_offset_min, ended_at, ended_offset_min, sat_seconds "
            "FROM sitting_stretches WHERE started_at >= ? AND started_at < ? "
            "AND (ended_at IS NULL OR ended_at >= ?)",
            [stretch_lo, hi, lo],
        )
    )
    offers = tuple(
        OfferRecord(local_time(at, off), _outcome(outcome), snoozes or 0)
        for at, off, outcome, snoozes in run(
            "SELECT offered_at, offered_offset_min, outcome, snoozes FROM break_offers "
            "WHERE offered_at >= ? AND offered_at < ?",
            [lo, hi],
        )
    )
    naturals = tuple(
        NaturalBreakRecord(local_time(at, off), away or 0.0)
        for at, off, away in run(
            "SELECT at, offset_min, away_seconds FROM natural_breaks WHERE at >= ? AND at < ?",
            [lo, hi],
        )
    )
    sessions = tuple(
        SessionRecord(local_time(at, off), bool(completed), int(reps))
        for at, off, completed, reps in run(
            "SELECT s.started_at, s.started_offset_min, s.completed, "
            "(SELECT coalesce(sum(r.reps), 0) FROM routine_reps r "
            " WHERE r.session_id = s.session_id) "
            "FROM routine_sessions s WHERE s.started_at >= ? AND s.started_at < ?",
            [lo, hi],
        )
    )
    check_ins = tuple(
        CheckInRecord(local_time(at, off), moment or "", int(tightness))
        for at, off, moment, tightness in run(
            "SELECT at, offset_min, moment, tightness FROM check_ins WHERE at >= ? AND at < ?",
            [lo, hi],
        )
    )
    quiet = tuple(
        QuietRecord(
            local_time(started, s_off),
            local_time(ended, e_off if e_off is not None else s_off) if ended else None,
            reason or "",
        )
        for started, s_off, ended, e_off, reason in run(
            "SELECT started_at, offset_min, ended_at, ended_offset_min, reason "
            "FROM quiet_periods WHERE started_at >= ? AND started_at < ? "
            "AND (ended_at IS NULL OR ended_at >= ?)",
            [stretch_lo, hi, lo],
        )
    )
    return HistoryRecords(stretches, offers, naturals, sessions, check_ins, quiet)


def routine_days(conn: sqlite3.Connection, until: date) -> set[date]:
    """Local days up to ``until`` with at least one completed routine."""
    try:
        rows = conn.execute(
            "SELECT DISTINCT local_day FROM routine_sessions "
            "WHERE completed = 1 AND local_day <= ?",
            [until.isoformat()],
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(_unreadable(exc)) from exc
    return {date.fromisoformat(day) for (day,) in rows if day}


def routines_completed_this_week(conn: sqlite3.Connection, today: date, first_weekday: int) -> int:
    """Completed routines from the first day of this week through ``today``."""
    start = week_start_for(today, first_weekday)
    try:
        row = conn.execute(
            "SELECT count(*) FROM routine_sessions "
            "WHERE completed = 1 AND local_day >= ? AND local_day <= ?",
            [start.isoformat(), today.isoformat()],
        ).fetchone()
    except sqlite3.Error as exc:
        log.error("reading history failed: %s", exc)
        return 0
    return int(row[0])


def first_record_day(conn: sqlite3.Connection) -> date | None:
    """The local day of the earliest sitting stretch or routine, if any."""
    try:
        rows = conn.execute(
            "SELECT started_at, started_offset_min FROM ("
            " SELECT started_at, started_offset_min FROM sitting_stretches"
            " UNION ALL SELECT started_at, started_offset_min FROM routine_sessions"
            " UNION ALL SELECT offered_at, offered_offset_min FROM break_offers"
            ") ORDER BY started_at LIMIT 1"
        ).fetchall()
    except sqlite3.Error:
        return None
    return local_time(rows[0][0], rows[0][1]).date() if rows else None


def timeline(
    db: Database, start: datetime | None = None, end: datetime | None = None
) -> Iterator[dict[str, Any]]:
    """Every record as one flat row, oldest first; the CSV export reads this."""
    lo = utc_text(start) if start else ""
    hi = utc_text(end) if end else "9999"
    sql = """
    SELECT 'sitting' AS kind, started_at AS start_at, started_offset_min AS start_off,
           ended_at AS end_at, ended_offset_min AS end_off, sat_seconds AS seconds,
           NULL AS outcome, NULL AS reps, NULL AS tightness, ended_by AS detail
      FROM sitting_stretches WHERE started_at >= :lo AND started_at < :hi
    UNION ALL
    SELECT 'break offer', offered_at, offered_offset_min, resolved_at, resolved_offset_min,
           sat_seconds, outcome, NULL, NULL,
           'offered ' || times_offered || 'x, snoozed ' || snoozes || 'x'
      FROM break_offers WHERE offered_at >= :lo AND offered_at < :hi
    UNION ALL
    SELECT 'natural break', away_since, offset_min, at, offset_min, away_seconds,
           NULL, NULL, NULL, NULL
      FROM natural_breaks WHERE at >= :lo AND at < :hi
    UNION ALL
    SELECT 'routine', started_at, started_offset_min, ended_at, ended_offset_min, NULL,
           CASE completed WHEN 1 THEN 'completed' WHEN 0 THEN 'stopped' END,
           (SELECT coalesce(sum(reps), 0) FROM routine_reps r
             WHERE r.session_id = s.session_id),
           NULL, coalesce(routine_id, '') || ' ' || coalesce(mode, '')
      FROM routine_sessions s WHERE started_at >= :lo AND started_at < :hi
    UNION ALL
    SELECT 'check-in', at, offset_min, NULL, NULL, NULL, NULL, NULL, tightness, moment
      FROM check_ins WHERE at >= :lo AND at < :hi
    UNION ALL
    SELECT 'pause', started_at, offset_min, coalesce(resumed_at, until), offset_min, NULL,
           NULL, NULL, NULL, NULL
      FROM pauses WHERE started_at >= :lo AND started_at < :hi
    UNION ALL
    SELECT 'quiet time', started_at, offset_min, ended_at, coalesce(ended_offset_min, offset_min),
           NULL, NULL, NULL,
           NULL, reason
      FROM quiet_periods WHERE started_at >= :lo AND started_at < :hi
    ORDER BY start_at
    """
    try:
        yield from db.query(sql, {"lo": lo, "hi": hi})
    except sqlite3.Error as exc:
        raise StoreError(_unreadable(exc)) from exc


def _outcome(value: str | None) -> OfferState | None:
    for state in OFFER_STATES:
        if value == state:
            return state
    return None


def _unreadable(exc: BaseException) -> Text:
    return Text(
        "Storage",
        QT_TRANSLATE_NOOP("Storage", "Your history could not be read ({reason})."),
        reason=describe_problem(exc),
    )
