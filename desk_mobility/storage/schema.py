"""The history's tables and how a file of any older version is brought up to date.

The schema version lives in ``PRAGMA user_version``; each migration is one
function, run in its own transaction, so a failed upgrade leaves the file at
the version before it. Migrations are written with sqlite-utils, which is
imported only when one runs (or when ``as_database`` is asked for the
sqlite-utils view): an app whose file is already current never loads it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desk_mobility.storage.time_format import local_day, local_time

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)


def _schema_v1(db: Database) -> None:
    """The first schema: one table per kind of record, indexed by start time."""
    db.table("sitting_stretches").create(
        {
            "id": int,
            "started_at": str,
            "started_offset_min": int,
            "ended_at": str,
            "ended_offset_min": int,
            "sat_seconds": float,
            "ended_by": str,
        },
        pk="id",
        not_null=["started_at", "started_offset_min"],
    )
    db.table("sitting_stretches").create_index(["started_at"], unique=True)
    db.table("natural_breaks").create(
        {"id": int, "at": str, "offset_min": int, "away_since": str, "away_seconds": float},
        pk="id",
        not_null=["at", "offset_min"],
    )
    db.table("natural_breaks").create_index(["at"])
    db.table("break_offers").create(
        {
            "offer_id": str,
            "offered_at": str,
            "offered_offset_min": int,
            "sat_seconds": float,
            "times_offered": int,
            "last_offered_at": str,
            "snoozes": int,
            "outcome": str,
            "resolved_at": str,
            "resolved_offset_min": int,
            "snooze_minutes": int,
        },
        pk="offer_id",
        not_null=["offered_at", "offered_offset_min", "times_offered", "snoozes"],
        defaults={"times_offered": 1, "snoozes": 0},
    )
    db.table("break_offers").create_index(["offered_at"])
    db.table("routine_sessions").create(
        {
            "session_id": str,
            "started_at": str,
            "started_offset_min": int,
            "routine_id": str,
            "mode": str,
            "sets": int,
            "reps_per_direction": int,
            "offer_id": str,
            "ended_at": str,
            "ended_offset_min": int,
            "completed": int,
        },
        pk="session_id",
        not_null=["started_at", "started_offset_min"],
    )
    db.table("routine_sessions").create_index(["started_at"])
    db.table("routine_reps").create(
        {
            "session_id": str,
            "set_number": int,
            "direction": str,
            "reps": int,
            "updated_at": str,
        },
        pk=("session_id", "set_number", "direction"),
        not_null=["reps"],
    )
    db.table("check_ins").create(
        {
            "id": int,
            "at": str,
            "offset_min": int,
            "moment": str,
            "tightness": int,
            "session_id": str,
        },
        pk="id",
        not_null=["at", "offset_min", "tightness"],
    )
    db.table("check_ins").create_index(["at"])
    db.table("pauses").create(
        {"id": int, "started_at": str, "offset_min": int, "until": str, "resumed_at": str},
        pk="id",
        not_null=["started_at", "offset_min"],
    )
    db.table("quiet_periods").create(
        {"id": int, "started_at": str, "offset_min": int, "reason": str, "ended_at": str},
        pk="id",
        not_null=["started_at", "offset_min"],
    )


def _schema_v2(db: Database) -> None:
    """Sessions learn their local day, so streaks and "this week so far" need no scan.

    The day is where the user was when the session began; it is backfilled
    from the stored UTC time and offset.
    """
    db.table("routine_sessions").add_column("local_day", str)
    rows = db.execute("SELECT session_id, started_at, started_offset_min FROM routine_sessions")
    updates = [
        (local_day(local_time(started, offset)), session_id)
        for session_id, started, offset in rows.fetchall()
    ]
    db.conn.executemany("UPDATE routine_sessions SET local_day = ? WHERE session_id = ?", updates)
    db.table("routine_sessions").create_index(["completed", "local_day"])


def _schema_v3(db: Database) -> None:
    """Quiet periods keep the offset they ended in and are found by start time.

    The weekly view shows quiet time per day (calls, do-not-disturb,
    fullscreen), so a period is split at local midnights like a stretch; a
    period closed before this version ended in the offset it began in.
    """
    db.table("quiet_periods").add_column("ended_offset_min", int)
    db.execute("UPDATE quiet_periods SET ended_offset_min = offset_min WHERE ended_at IS NOT NULL")
    db.table("quiet_periods").create_index(["started_at"])


# How late after its snooze ended a break can still be the same break offered
# again (the check interval, a full-screen window holding it back).
_SNOOZE_RETURN_SLACK = timedelta(minutes=10)
_OFFER_COLUMNS = (
    "offer_id, offered_at, times_offered, last_offered_at, snoozes, outcome, "
    "resolved_at, resolved_offset_min, snooze_minutes"
)


def _schema_v4(db: Database) -> None:
    """One row per break: self-started breaks are no offer, and a snooze keeps its offer.

    Before, a break the user started with no offer open got an offer row of
    its own (never shown: no ``last_offered_at``), and a snoozed break that
    came back was a new offer. Self-started rows go (their routine keeps no
    offer id); each snoozed offer absorbs the offer that followed it once the
    snooze ran out, so its ``times_offered``, ``snoozes`` and outcome tell the
    whole break.
    """
    self_started = [
        (offer_id,)
        for (offer_id,) in db.execute(
            "SELECT offer_id FROM break_offers WHERE last_offered_at IS NULL "
            "AND outcome = 'taken' AND offer_id IN "
            "(SELECT offer_id FROM routine_sessions WHERE offer_id IS NOT NULL)"
        ).fetchall()
    ]
    db.conn.executemany(
        "UPDATE routine_sessions SET offer_id = NULL WHERE offer_id = ?", self_started
    )
    db.conn.executemany("DELETE FROM break_offers WHERE offer_id = ?", self_started)
    rows = [
        dict(zip(_OFFER_COLUMNS.split(", "), row, strict=True))
        for row in db.execute(
            f"SELECT {_OFFER_COLUMNS} FROM break_offers ORDER BY offered_at"
        ).fetchall()
    ]
    absorbed: set[str] = set()
    for index, row in enumerate(rows):
        if row["offer_id"] in absorbed:
            continue
        following = iter(rows[index + 1 :])
        while row["outcome"] == "snoozed" and row["resolved_at"]:
            back_by = (
                datetime.fromisoformat(row["resolved_at"])
                + timedelta(minutes=row["snooze_minutes"] or 0)
                + _SNOOZE_RETURN_SLACK
            )
            later = next(following, None)
            if later is None or datetime.fromisoformat(later["offered_at"]) > back_by:
                break
            _absorb(db, row, later)
            absorbed.add(later["offer_id"])


def _absorb(db: Database, row: dict[str, Any], later: dict[str, Any]) -> None:
    """``later`` was ``row`` offered again after its snooze: one break, one row."""
    row["times_offered"] += later["times_offered"]
    row["snoozes"] += later["snoozes"]
    row["last_offered_at"] = later["last_offered_at"] or later["offered_at"]
    for key in ("outcome", "resolved_at", "resolved_offset_min"):
        row[key] = later[key]
    row["snooze_minutes"] = later["snooze_minutes"] or row["snooze_minutes"]
    db.execute(
        "UPDATE break_offers SET times_offered = ?, snoozes = ?, last_offered_at = ?, "
        "outcome = ?, resolved_at = ?, resolved_offset_min = ?, snooze_minutes = ? "
        "WHERE offer_id = ?",
        [
            row["times_offered"],
            row["snoozes"],
            row["last_offered_at"],
            row["outcome"],
            row["resolved_at"],
            row["resolved_offset_min"],
            row["snooze_minutes"],
            row["offer_id"],
        ],
    )
    db.execute(
        "UPDATE routine_sessions SET offer_id = ? WHERE offer_id = ?",
        [row["offer_id"], later["offer_id"]],
    )
    db.execute("DELETE FROM break_offers WHERE offer_id = ?", [later["offer_id"]])


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _schema_v1,
    _schema_v2,
    _schema_v3,
    _schema_v4,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def as_database(conn: sqlite3.Connection) -> Database:
    """The sqlite-utils view of a connection, imported only when needed.

    sqlite-utils (with click and pluggy behind it) is the tool for the schema,
    migrations and the history view; the idle tray app only appends rows, which
    the standard library does alone, so the import waits until it is used.
    """
    from sqlite_utils import Database

    return Database(conn)


def migrate(db: Database | sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Bring the schema up to ``target``, one version per transaction."""
    if isinstance(db, sqlite3.Connection):
        db = as_database(db)
    for version in range(schema_version(db), target):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
        log.info("history schema migrated to version %d", version + 1)
