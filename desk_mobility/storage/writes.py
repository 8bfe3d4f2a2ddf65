"""How each event the core reports becomes rows in the history.

One function per kind of event. Rows that later events complete (a sitting
stretch, a break offer, a routine session, a rep count) are upserts keyed by
start time or id, so an end or a count that arrives without its beginning
(after a crash, or a retry) still finds its row. The store runs each function
inside ``transaction``, so an event is saved whole or not at all.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from desk_mobility.core.events import (
    BreakOffered,
    BreakResolved,
    BreakSnoozed,
    CheckIn,
    NaturalBreak,
    OfferState,
    Paused,
    QuietChanged,
    RepCounted,
    Resumed,
    RoutineEnded,
    RoutineStarted,
    StretchEnded,
    StretchStarted,
)
from desk_mobility.storage.time_format import local_day, offset_minutes, utc_text


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One event, one transaction: committed before ``record()`` returns."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _execute(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> sqlite3.Cursor:
    return conn.execute(sql, list(params))


def _stretch_started(conn: sqlite3.Connection, event: StretchStarted) -> None:
    _execute(
        conn,
        "INSERT INTO sitting_stretches (started_at, started_offset_min) VALUES (?, ?) "
        "ON CONFLICT(started_at) DO NOTHING",
        (utc_text(event.at), offset_minutes(event.at)),
    )


def _stretch_ended(conn: sqlite3.Connection, event: StretchEnded) -> None:
    # A "shutdown" end comes from the state saved at quit, which can be
    # older than what happened since (a pause saves it too, and the app may
    # then be killed): it closes a stretch left open, never rewrites a real end.
    only_open = " WHERE sitting_stretches.ended_at IS NULL" if event.ended_by == "shutdown" else ""
    _execute(
        conn,
        "INSERT INTO sitting_stretches (started_at, started_offset_min, ended_at, "
        "ended_offset_min, sat_seconds, ended_by) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(started_at) DO UPDATE SET ended_at = excluded.ended_at, "
        "ended_offset_min = excluded.ended_offset_min, sat_seconds = excluded.sat_seconds, "
        "ended_by = excluded.ended_by" + only_open,
        (
            utc_text(event.started),
            offset_minutes(event.started),
            utc_text(event.at),
            offset_minutes(event.at),
            float(event.sat_seconds),
            event.ended_by,
        ),
    )


def _natural_break(conn: sqlite3.Connection, event: NaturalBreak) -> None:
    _execute(
        conn,
        "INSERT INTO natural_breaks (at, offset_min, away_since, away_seconds) VALUES (?, ?, ?, ?)",
        (
            utc_text(event.at),
            offset_minutes(event.at),
            utc_text(event.away_since),
            float(event.away_seconds),
        ),
    )


def _break_offered(conn: sqlite3.Connection, event: BreakOffered) -> None:
    # Shown again (after a snooze, an ignored offer, or a relaunch within the
    # same stretch), the offer is open once more: what it said before goes.
    _execute(
        conn,
        "INSERT INTO break_offers (offer_id, offered_at, offered_offset_min, sat_seconds, "
        "times_offered, last_offered_at, snoozes) VALUES (?, ?, ?, ?, 1, ?, 0) "
        "ON CONFLICT(offer_id) DO UPDATE SET times_offered = times_offered + 1, "
        "last_offered_at = excluded.last_offered_at, sat_seconds = excluded.sat_seconds, "
        "outcome = NULL, resolved_at = NULL, resolved_offset_min = NULL",
        (
            event.offer_id,
            utc_text(event.at),
            offset_minutes(event.at),
            float(event.sat_seconds),
            utc_text(event.at),
        ),
    )


def _ensure_offer(conn: sqlite3.Connection, offer_id: str, at: datetime) -> None:
    """A snooze or an outcome for an offer never recorded (a crash) still gets a row."""
    _execute(
        conn,
        "INSERT INTO break_offers (offer_id, offered_at, offered_offset_min, times_offered, "
        "last_offered_at, snoozes) VALUES (?, ?, ?, 1, ?, 0) ON CONFLICT(offer_id) DO NOTHING",
        (offer_id, utc_text(at), offset_minutes(at), utc_text(at)),
    )


def _mark_offer(
    conn: sqlite3.Connection,
    offer_id: str,
    at: datetime,
    state: OfferState,
    snooze_minutes: int | None = None,
) -> None:
    """What the offer says now: snoozed (counting the snooze) or its final outcome."""
    _ensure_offer(conn, offer_id, at)
    _execute(
        conn,
        "UPDATE break_offers SET outcome = ?, resolved_at = ?, resolved_offset_min = ?, "
        "snoozes = snoozes + ?, snooze_minutes = coalesce(?, snooze_minutes) WHERE offer_id = ?",
        (
            state,
            utc_text(at),
            offset_minutes(at),
            int(snooze_minutes is not None),
            snooze_minutes,
            offer_id,
        ),
    )


def _break_snoozed(conn: sqlite3.Connection, event: BreakSnoozed) -> None:
    _mark_offer(conn, event.offer_id, event.at, "snoozed", event.snooze_minutes)


def _break_resolved(conn: sqlite3.Connection, event: BreakResolved) -> None:
    _mark_offer(conn, event.offer_id, event.at, event.outcome)


def _paused(conn: sqlite3.Connection, event: Paused) -> None:
    _execute(
        conn,
        "INSERT INTO pauses (started_at, offset_min, until) VALUES (?, ?, ?)",
        (utc_text(event.at), offset_minutes(event.at), utc_text(event.until)),
    )


def _resumed(conn: sqlite3.Connection, event: Resumed) -> None:
    _execute(
        conn,
        "UPDATE pauses SET resumed_at = ? WHERE id = "
        "(SELECT max(id) FROM pauses WHERE resumed_at IS NULL)",
        (utc_text(event.at),),
    )


def _quiet_changed(conn: sqlite3.Connection, event: QuietChanged) -> None:
    if event.quiet:
        _execute(
            conn,
            "INSERT INTO quiet_periods (started_at, offset_min, reason) VALUES (?, ?, ?)",
            (utc_text(event.at), offset_minutes(event.at), event.reason),
        )
    else:
        _execute(
            conn,
            "UPDATE quiet_periods SET ended_at = ?, ended_offset_min = ? WHERE id = "
            "(SELECT max(id) FROM quiet_periods WHERE ended_at IS NULL)",
            (utc_text(event.at), offset_minutes(event.at)),
        )


def _routine_started(conn: sqlite3.Connection, event: RoutineStarted) -> None:
    _execute(
        conn,
        "INSERT INTO routine_sessions (session_id, started_at, started_offset_min, "
        "routine_id, mode, sets, reps_per_direction, offer_id, local_day) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
        "routine_id = excluded.routine_id, mode = excluded.mode, sets = excluded.sets, "
        "reps_per_direction = excluded.reps_per_direction, offer_id = excluded.offer_id",
        (
            event.session_id,
            utc_text(event.at),
            offset_minutes(event.at),
            event.routine_id,
            event.mode,
            event.sets,
            event.reps_per_direction,
            event.offer_id,
            local_day(event.at),
        ),
    )


def _ensure_session(conn: sqlite3.Connection, session_id: str, at: datetime) -> None:
    """Reps or an end for a session never announced still get a home."""
    _execute(
        conn,
        "INSERT INTO routine_sessions (session_id, started_at, started_offset_min, "
        "local_day) VALUES (?, ?, ?, ?) ON CONFLICT(session_id) DO NOTHING",
        (session_id, utc_text(at), offset_minutes(at), local_day(at)),
    )


def _rep_counted(conn: sqlite3.Connection, event: RepCounted) -> None:
    _ensure_session(conn, event.session_id, event.at)
    _execute(
        conn,
        "INSERT INTO routine_reps (session_id, set_number, direction, reps, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, set_number, direction) "
        "DO UPDATE SET reps = excluded.reps, updated_at = excluded.updated_at",
        (event.session_id, event.set_number, event.direction, event.reps, utc_text(event.at)),
    )


def _routine_ended(conn: sqlite3.Connection, event: RoutineEnded) -> None:
    _ensure_session(conn, event.session_id, event.at)
    _execute(
        conn,
        "UPDATE routine_sessions SET ended_at = ?, ended_offset_min = ?, completed = ? "
        "WHERE session_id = ?",
        (utc_text(event.at), offset_minutes(event.at), int(event.completed), event.session_id),
    )


def _check_in(conn: sqlite3.Connection, event: CheckIn) -> None:
    if not 0 <= event.tightness <= 10:
        raise ValueError(f"tightness must be 0-10, got {event.tightness}")
    _execute(
        conn,
        "INSERT INTO check_ins (at, offset_min, moment, tightness, session_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            utc_text(event.at),
            offset_minutes(event.at),
            event.moment,
            event.tightness,
            event.session_id,
        ),
    )


EVENT_WRITERS: dict[type, Callable[[sqlite3.Connection, Any], None]] = {
    StretchStarted: _stretch_started,
    StretchEnded: _stretch_ended,
    NaturalBreak: _natural_break,
    BreakOffered: _break_offered,
    BreakSnoozed: _break_snoozed,
    BreakResolved: _break_resolved,
    Paused: _paused,
    Resumed: _resumed,
    QuietChanged: _quiet_changed,
    RoutineStarted: _routine_started,
    RepCounted: _rep_counted,
    RoutineEnded: _routine_ended,
    CheckIn: _check_in,
}
