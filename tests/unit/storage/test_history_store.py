"""The history store keeps every event, survives damage and never raises into the app."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlite_utils import Database

from desk_mobility.core.events import (
    BreakOffered,
    BreakResolved,
    BreakSnoozed,
    CheckIn,
    Event,
    NaturalBreak,
    Paused,
    QuietChanged,
    RepCounted,
    Resumed,
    RoutineEnded,
    RoutineStarted,
    StretchEnded,
    StretchStarted,
)
from desk_mobility.storage.csv_export import CSV_COLUMNS, write_csv
from desk_mobility.storage.history_store import (
    SCHEMA_VERSION,
    HistoryStore,
    migrate,
    schema_version,
)

BERLIN = ZoneInfo("Europe/Berlin")
REPO = Path(__file__).resolve().parents[2]
MONDAY = date(2026, 11, 23)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def a_morning(day: int = 24, session: str = "s1") -> list[Event]:
    """Fifty minutes of sitting, a break offered, snoozed, taken as a full routine."""
    start = at(day, 9)
    events: list[Event] = [
        StretchStarted(start),
        StretchEnded(at(day, 9, 50), start, 48 * 60, "break"),
        BreakOffered(at(day, 9, 50), f"offer-{day}", 50 * 60),
        BreakSnoozed(at(day, 9, 51), f"offer-{day}", at(day, 10, 1), 10),
        BreakOffered(at(day, 10, 1), f"offer-{day}", 60 * 60, reoffer=True),
        BreakResolved(at(day, 10, 2), f"offer-{day}", "taken"),
        RoutineStarted(
            at(day, 10, 2), session, "thoracic-rotation", "guided", 2, 15, f"offer-{day}"
        ),
        CheckIn(at(day, 10, 2), "before", 6, session),
    ]
    for set_number in (1, 2):
        for direction in ("right", "left"):
            events.extend(
                RepCounted(at(day, 10, 3), session, set_number, direction, reps)  # type: ignore[arg-type]
                for reps in range(1, 16)
            )
    events += [
        RoutineEnded(at(day, 10, 6), session, True),
        CheckIn(at(day, 10, 6), "after", 3, session),
        NaturalBreak(at(day, 12, 30), at(day, 12, 10), 20 * 60),
        Paused(at(day, 13), at(day, 14)),
        Resumed(at(day, 13, 30)),
        QuietChanged(at(day, 15), True, "fullscreen"),
        QuietChanged(at(day, 15, 40), False, "fullscreen"),
    ]
    return events


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    opened, messages = HistoryStore.open(db_path)
    assert messages == []
    yield opened
    opened.close()


def test_round_trip_of_every_event_type(store: HistoryStore) -> None:
    for event in a_morning():
        store.record(event)
    db = store.db
    assert db.table("sitting_stretches").count == 1
    offer = next(db.table("break_offers").rows)
    assert (offer["outcome"], offer["times_offered"], offer["snoozes"]) == ("taken", 2, 1)
    assert offer["offered_at"] == "2026-11-24T08:50:00.000Z"
    assert offer["offered_offset_min"] == 60
    session = next(db.table("routine_sessions").rows)
    assert (session["completed"], session["local_day"], session["sets"]) == (1, "2026-11-24", 2)
    reps = {(r["set_number"], r["direction"]): r["reps"] for r in db.table("routine_reps").rows}
    assert reps == {(1, "right"): 15, (1, "left"): 15, (2, "right"): 15, (2, "left"): 15}
    assert [r["tightness"] for r in db.table("check_ins").rows] == [6, 3]
    assert next(db.table("pauses").rows)["resumed_at"] == "2026-11-24T12:30:00.000Z"
    assert next(db.table("quiet_periods").rows)["ended_at"] == "2026-11-24T14:40:00.000Z"

    report = store.week_report(MONDAY, today=date(2026, 11, 24))
    tuesday = report.this.days[1]
    assert tuesday.sitting_seconds == 48 * 60
    assert (tuesday.breaks_offered, tuesday.offers_taken, tuesday.snooze_presses) == (1, 1, 1)
    assert (tuesday.natural_breaks, tuesday.routines_completed, tuesday.reps) == (1, 1, 60)
    assert [c.tightness for c in tuesday.check_ins] == [6, 3]
    assert report.this.streak_days == 1
    assert store.routines_completed_this_week(date(2026, 11, 24), 0) == 1
    assert store.routines_completed_this_week(date(2026, 11, 30), 0) == 0


def test_rep_count_is_a_total_per_set_and_direction(store: HistoryStore) -> None:
    store.record(RoutineStarted(at(24, 10), "s1", "thoracic-rotation", "self-paced", 2, 15))
    for reps in (1, 2, 3, 2):  # the last one is an undo
        store.record(RepCounted(at(24, 10, 1), "s1", 1, "right", reps))
    store.record(RepCounted(at(24, 10, 1), "s1", 1, "right", 2))  # repeated: idempotent
    store.record(RepCounted(at(24, 10, 2), "s1", 1, "left", 4))
    rows = list(store.db.table("routine_reps").rows)
    assert {(r["direction"], r["reps"]) for r in rows} == {("right", 2), ("left", 4)}
    # Reps for a session that was never announced still count.
    store.record(RepCounted(at(24, 11), "orphan", 1, "left", 5))
    report = store.week_report(MONDAY, today=date(2026, 11, 24))
    assert report.this.days[1].reps == 11


def test_reopen_keeps_everything_private_and_in_wal(db_path: Path) -> None:
    store, _ = HistoryStore.open(db_path)
    for event in a_morning():
        store.record(event)
    store.close()
    again, messages = HistoryStore.open(db_path)
    assert messages == []
    assert again.mode == "normal"
    assert again.db.table("break_offers").count == 1
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(again.db) == SCHEMA_VERSION
    again.record(CheckIn(at(25, 9), "before", 5))
    for name in ("history.db", "history.db-wal"):
        assert stat.S_IMODE((db_path.parent / name).stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    again.close()


def _database_at(path: Path, version: int) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    migrate(db, target=version)
    return db


def _v1_database(path: Path) -> None:
    """A database as version 1 of the app left it, with a week of use."""
    db = _database_at(path, 1)
    db.execute(
        "INSERT INTO routine_sessions (session_id, started_at, started_offset_min, completed) "
        "VALUES ('late', '2026-11-24T23:30:00.000Z', 60, 1), "  # 00:30 Wednesday in Berlin
        "('early', '2026-11-23T08:00:00.000Z', 60, 1), "
        "('stopped', '2026-11-23T09:00:00.000Z', 60, 0)"
    )
    db.execute(
        "INSERT INTO sitting_stretches (started_at, started_offset_min, ended_at, "
        "ended_offset_min, sat_seconds, ended_by) VALUES "
        "('2026-11-23T07:00:00.000Z', 60, '2026-11-23T08:00:00.000Z', 60, 3600, 'break')"
    )
    db.close()


def _v2_database(path: Path) -> None:
    """Version 2, with quiet periods as it kept them: one offset, no index."""
    _v1_database(path)
    db = Database(path)
    migrate(db, target=2)
    db.execute(
        "INSERT INTO quiet_periods (started_at, offset_min, reason, ended_at) VALUES "
        "('2026-11-23T09:00:00.000Z', 60, 'fullscreen', '2026-11-23T09:30:00.000Z'), "
        # 23:30 Monday to 00:30 Tuesday in Berlin: split at midnight
        "('2026-11-23T22:30:00.000Z', 60, 'fullscreen', '2026-11-23T23:30:00.000Z')"
    )
    db.close()


def _v2_break_rows_database(path: Path) -> None:
    """Version 2's break rows: a self-started break stored as an offer, a snooze as two offers."""
    db = _database_at(path, 2)
    db.execute(
        "INSERT INTO break_offers (offer_id, offered_at, offered_offset_min, sat_seconds, "
        "times_offered, last_offered_at, snoozes, outcome, resolved_at, resolved_offset_min, "
        "snooze_minutes) VALUES "
        "('own', '2026-11-23T07:30:00.000Z', 60, NULL, 1, NULL, 0, 'taken', "
        "'2026-11-23T07:30:00.000Z', 60, NULL), "
        "('o1', '2026-11-23T08:50:00.000Z', 60, 3000, 1, '2026-11-23T08:50:00.000Z', 1, "
        "'snoozed', '2026-11-23T08:51:00.000Z', 60, 10), "
        "('o2', '2026-11-23T09:01:00.000Z', 60, 3660, 2, '2026-11-23T09:11:00.000Z', 0, "
        "'taken', '2026-11-23T09:12:00.000Z', 60, NULL), "
        "('o3', '2026-11-23T13:00:00.000Z', 60, 3000, 1, '2026-11-23T13:00:00.000Z', 0, "
        "'skipped', '2026-11-23T13:01:00.000Z', 60, NULL)"
    )
    db.execute(
        "INSERT INTO routine_sessions (session_id, started_at, started_offset_min, offer_id, "
        "completed, local_day) VALUES "
        "('mine', '2026-11-23T07:30:00.000Z', 60, 'own', 1, '2026-11-23'), "
        "('offered', '2026-11-23T09:12:00.000Z', 60, 'o2', 1, '2026-11-23')"
    )
    db.close()


def test_version_4_keeps_one_row_per_break(db_path: Path) -> None:
    _v2_break_rows_database(db_path)
    store, messages = HistoryStore.open(db_path)
    assert messages == []
    rows = {r["offer_id"]: r for r in store.db.table("break_offers").rows}
    assert set(rows) == {"o1", "o3"}
    snoozed_then_taken = rows["o1"]
    assert snoozed_then_taken["times_offered"] == 3
    assert snoozed_then_taken["snoozes"] == 1
    assert snoozed_then_taken["outcome"] == "taken"
    assert snoozed_then_taken["last_offered_at"] == "2026-11-23T09:11:00.000Z"
    sessions = {r["session_id"]: r["offer_id"] for r in store.db.table("routine_sessions").rows}
    assert sessions == {"mine": None, "offered": "o1"}
    monday = store.week_report(MONDAY, today=date(2026, 11, 23)).this.days[0]
    assert (monday.breaks_offered, monday.offers_taken, monday.offers_skipped) == (2, 1, 1)
    assert (monday.offers_snoozed, monday.snooze_presses, monday.routines_completed) == (0, 1, 2)
    store.close()


@pytest.mark.parametrize("from_version", range(SCHEMA_VERSION))
def test_migration_from_every_older_version(db_path: Path, from_version: int) -> None:
    if from_version == 0:
        db_path.parent.mkdir(parents=True)
        db_path.touch()  # an empty file: version 0
    elif from_version == 1:
        _v1_database(db_path)
    elif from_version == 2:
        _v2_database(db_path)
    else:
        assert from_version == 3, "add a fixture for the new version"
        _v2_database(db_path)
        with Database(db_path) as db:
            migrate(db, target=3)
    store, messages = HistoryStore.open(db_path)
    assert messages == []
    assert schema_version(store.db) == SCHEMA_VERSION
    indexes = {i.name for i in store.db.table("routine_sessions").indexes}
    assert "idx_routine_sessions_completed_local_day" in indexes
    assert "idx_quiet_periods_started_at" in {
        i.name for i in store.db.table("quiet_periods").indexes
    }
    if from_version >= 2:
        report = store.week_report(MONDAY, today=date(2026, 11, 25))
        assert report.this.days[0].quiet_by_reason == (("fullscreen", 3600.0),)
        assert report.this.days[1].quiet_by_reason == (("fullscreen", 1800.0),)
    if from_version >= 1:
        days = {r["session_id"]: r["local_day"] for r in store.db.table("routine_sessions").rows}
        assert days == {"late": "2026-11-25", "early": "2026-11-23", "stopped": "2026-11-23"}
        assert store.routines_completed_this_week(date(2026, 11, 25), 0) == 2
        report = store.week_report(MONDAY, today=date(2026, 11, 25))
        assert report.this.days[0].sitting_seconds == 3600
    store.record(RoutineStarted(at(26, 9), "new", "thoracic-rotation", "guided", 2, 15))
    store.record(RoutineEnded(at(26, 9, 4), "new", True))
    assert store.routines_completed_this_week(date(2026, 11, 26), 0) == (
        3 if from_version >= 1 else 1
    )
    store.close()


def test_a_failed_migration_leaves_the_old_version(db_path: Path) -> None:
    _v1_database(db_path)
    db = Database(db_path)
    db.execute("CREATE INDEX idx_routine_sessions_completed_local_day ON sitting_stretches(id)")
    db.close()
    store, messages = HistoryStore.open(db_path)
    assert store.mode == "read-only"  # the file could not be upgraded: shown, not changed
    assert "cannot be saved" in messages[0]
    store.close()
    with Database(db_path) as db:
        assert schema_version(db) == 1
        assert "local_day" not in db.table("routine_sessions").columns_dict


@pytest.mark.parametrize("damage", ["garbage", "torn pages"])
def test_corrupt_file_is_moved_aside_and_reported(db_path: Path, damage: str) -> None:
    if damage == "garbage":
        db_path.parent.mkdir(parents=True)
        db_path.write_bytes(b"this is not a database at all" * 200)
    else:
        store, _ = HistoryStore.open(db_path)
        for day in range(2, 28):
            for event in a_morning(day, session=f"s{day}"):
                store.record(event)
        store.close()
        data = bytearray(db_path.read_bytes())
        assert len(data) > 8 * 4096
        data[2 * 4096 : 6 * 4096] = b"\xa5" * (4 * 4096)
        db_path.write_bytes(bytes(data))
    original = db_path.read_bytes()
    store, messages = HistoryStore.open(db_path, now=lambda: datetime(2026, 11, 27, 14, 5, 9))
    moved = db_path.parent / "history.db.corrupt-20261127-140509"
    assert moved.read_bytes() == original
    assert len(messages) == 1 and str(moved) in messages[0] and "damaged" in messages[0]
    assert store.mode == "normal"
    store.record(CheckIn(at(27, 9), "before", 4))
    assert store.db.table("check_ins").count == 1
    store.close()


def test_newer_schema_is_opened_read_only_and_never_downgraded(db_path: Path) -> None:
    store, _ = HistoryStore.open(db_path)
    for event in a_morning():
        store.record(event)
    store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.close()
    before = db_path.read_bytes()
    problems: list[str] = []
    newer, messages = HistoryStore.open(db_path, on_problem=problems.append)
    assert newer.mode == "read-only" and not newer.writable
    assert "newer version" in messages[0] and "read-only" in messages[0]
    newer.record(CheckIn(at(25, 9), "before", 4))
    report = newer.week_report(MONDAY, today=date(2026, 11, 25))
    assert report.this.days[1].routines_completed == 1
    newer.close()
    with Database(db_path) as db:
        assert schema_version(db) == SCHEMA_VERSION + 1
        assert db.table("check_ins").count == 2
    assert db_path.read_bytes() == before


def test_reader_sees_committed_history_while_the_app_writes(db_path: Path) -> None:
    writer, _ = HistoryStore.open(db_path)
    for event in a_morning(24):
        writer.record(event)
    # The app is in the middle of writing the next event.
    writer.db.conn.execute("BEGIN IMMEDIATE")
    writer.db.conn.execute(
        "INSERT INTO check_ins (at, offset_min, moment, tightness) "
        "VALUES ('2026-11-25T08:00:00.000Z', 60, 'before', 9)"
    )
    reader, messages = HistoryStore.open(db_path)
    assert messages == [] and reader.mode == "normal"
    report = reader.week_report(MONDAY, today=date(2026, 11, 25))
    assert report.this.days[1].routines_completed == 1
    assert report.this.days[2].check_ins == ()
    writer.db.conn.execute("COMMIT")
    report = reader.week_report(MONDAY, today=date(2026, 11, 25))
    assert [c.tightness for c in report.this.days[2].check_ins] == [9]
    # And the other way round: the window reads while a second writer records.
    reader.record(CheckIn(at(25, 10), "after", 2))
    assert writer.db.table("check_ins").count == 4
    reader.close()
    writer.close()


@pytest.fixture
def read_only_folder(db_path: Path) -> Iterator[Path]:
    """The data folder, filled with a week of history, then made read-only."""
    store, _ = HistoryStore.open(db_path)
    for event in a_morning():
        store.record(event)
    store.close()
    folder = db_path.parent
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o700)
        return
    # root ignores permissions: a read-only bind mount is the real thing.
    mount = shutil.which("mount")
    if mount is None:
        pytest.skip("needs mount(8) to make a folder read-only for root")
    bind = subprocess.run(
        [mount, "--bind", str(folder), str(folder)], check=False, capture_output=True
    )
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bind.stderr.decode().strip()}")
    try:
        subprocess.run(
            [mount, "-o", "remount,ro,bind", str(folder)], check=True, capture_output=True
        )
        yield folder
    finally:
        if (
            subprocess.run(["umount", str(folder)], check=False, capture_output=True).returncode
            != 0
        ):
            subprocess.run(["umount", "-l", str(folder)], check=True)


def test_read_only_folder_shows_history_and_keeps_running(
    db_path: Path, read_only_folder: Path
) -> None:
    with pytest.raises(OSError):
        (read_only_folder / "probe").touch()
    problems: list[str] = []
    store, messages = HistoryStore.open(db_path, on_problem=problems.append)
    assert store.mode == "read-only"
    try:
        assert "read-only" in messages[0] and "cannot be saved" in messages[0]
        report = store.week_report(MONDAY, today=date(2026, 11, 25))
        assert report.this.days[1].routines_completed == 1
        store.record(CheckIn(at(25, 9), "before", 4))  # does not raise
        assert problems == []
    finally:
        store.close()


def test_unusable_folder_keeps_this_session_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    store, messages = HistoryStore.open(blocker / "history.db")
    assert store.mode == "memory"
    assert "cannot be saved" in messages[0] and "until you quit" in messages[0]
    for event in a_morning():
        store.record(event)
    assert store.week_report(MONDAY, today=date(2026, 11, 24)).this.days[1].reps == 60
    store.close()


def test_disk_full_is_reported_once_and_nothing_is_lost(store: HistoryStore) -> None:
    problems: list[str] = []
    store.on_problem = problems.append
    store.record(StretchStarted(at(24, 8)))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk fills up
    sent = 0
    while store.pending == 0 and sent < 5000:
        store.record(CheckIn(at(24, 9) + timedelta(seconds=sent), "before", sent % 11))
        sent += 1
    assert store.pending == 1, "the disk never filled up"
    for event in a_morning(25, session="full"):
        store.record(event)  # never raises
    assert len(problems) == 1 and "disk is full" in problems[0]
    assert store.pending > 60
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    store.record(CheckIn(at(25, 16), "after", 2))
    assert store.pending == 0
    assert store.db.table("check_ins").count == sent + 3
    assert store.db.table("routine_reps").count == 4
    report = store.week_report(MONDAY, today=date(2026, 11, 25))
    assert report.this.days[2].routines_completed == 1
    assert len(problems) == 1


def test_a_bad_event_is_logged_not_raised(store: HistoryStore) -> None:
    store.record(CheckIn(at(24, 9), "before", 42))  # out of range
    store.record(StretchStarted(datetime(2026, 11, 24, 9)))  # naive: no offset
    store.record(CheckIn(at(24, 9), "before", 4))
    assert [r["tightness"] for r in store.db.table("check_ins").rows] == [4]
    assert store.db.table("sitting_stretches").count == 0


CRASH_SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta, timezone
    from pathlib import Path
    from desk_mobility.core.events import RepCounted, RoutineStarted
    from desk_mobility.storage.history_store import HistoryStore

    store, _ = HistoryStore.open(Path(sys.argv[1]))
    start = datetime(2026, 11, 24, 10, tzinfo=timezone(timedelta(hours=1)))
    store.record(RoutineStarted(start, "crash", "thoracic-rotation", "self-paced", 1, 100000))
    for reps in range(1, 100000):
        store.record(RepCounted(start, "crash", 1, "right", reps))
        print(reps, flush=True)  # what the user has been shown
    """
)


def test_killing_the_process_loses_nothing_already_recorded(db_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    shown = 0
    try:
        assert child.stdout is not None
        for line in child.stdout:
            shown = int(line)
            if shown >= 150:
                break
    finally:
        child.kill()  # SIGKILL, mid-write
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert shown >= 150
    store, messages = HistoryStore.open(db_path)
    assert messages == []
    saved = store.db.execute("SELECT reps FROM routine_reps WHERE session_id = 'crash'").fetchone()
    assert saved[0] >= shown
    store.close()


IDLE_APP_SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import date, datetime, timedelta, timezone
    from pathlib import Path
    from desk_mobility.core.events import CheckIn, StretchStarted
    from desk_mobility.storage.history_store import HistoryStore

    store, messages = HistoryStore.open(Path(sys.argv[1]))
    now = datetime(2026, 11, 24, 9, tzinfo=timezone(timedelta(hours=1)))
    store.record(StretchStarted(now))
    store.record(CheckIn(now, "before", 4))
    store.flush()
    completed = store.routines_completed_this_week(date(2026, 11, 24), 0)
    report = store.week_report(date(2026, 11, 23), today=date(2026, 11, 24))
    store.close()
    print(store.mode, len(messages), completed, len(report.this.days[1].check_ins))
    print("sqlite_utils" in sys.modules)
    """
)


def test_the_idle_app_does_not_load_sqlite_utils_for_a_current_database(
    db_path: Path,
) -> None:
    """sqlite-utils is only for migrations and exports; writing and reading a week skip it."""
    store, _ = HistoryStore.open(db_path)
    store.record(StretchStarted(at(23, 9)))
    assert schema_version(store.db) == SCHEMA_VERSION
    store.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", IDLE_APP_SCRIPT, str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    summary, loaded = result.stdout.splitlines()
    assert summary == "normal 0 0 1"
    assert loaded == "False"


def test_csv_export_of_a_week_and_of_everything(store: HistoryStore, tmp_path: Path) -> None:
    for event in a_morning(17, session="last-week") + a_morning(24):
        store.record(event)
    week_file = tmp_path / "exports" / "week.csv"
    count = write_csv(store, week_file, week_start=MONDAY)
    with week_file.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert count == len(rows) == 8  # sitting, offer, routine, 2 check-ins, natural, pause, quiet
    assert {r["date"] for r in rows} == {"2026-11-24"}
    routine = next(r for r in rows if r["kind"] == "routine")
    assert (routine["start"], routine["end"], routine["utc_offset"]) == ("10:02", "10:06", "+01:00")
    assert (routine["outcome"], routine["reps"]) == ("completed", "60")
    sitting = next(r for r in rows if r["kind"] == "sitting")
    assert (sitting["minutes"], sitting["start_utc"]) == ("48.0", "2026-11-24T08:00:00.000Z")
    offer = next(r for r in rows if r["kind"] == "break offer")
    assert offer["outcome"] == "taken" and "snoozed 1x" in offer["detail"]
    everything = tmp_path / "all.csv"
    assert write_csv(store, everything) == 2 * count
    with everything.open(newline="", encoding="utf-8") as handle:
        dates = [r["date"] for r in csv.DictReader(handle)]
    assert dates == sorted(dates) and dates[0] == "2026-11-17"


def test_times_keep_the_offset_the_user_lived_in(store: HistoryStore) -> None:
    tokyo = datetime(2026, 11, 25, 8, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    store.record(CheckIn(tokyo, "before", 5))
    row = next(store.db.table("check_ins").rows)
    assert (row["at"], row["offset_min"]) == ("2026-11-24T23:30:00.000Z", 540)
    report = store.week_report(MONDAY, today=date(2026, 11, 25))
    assert report.this.days[2].check_ins[0].at == tokyo
    assert report.this.days[2].check_ins[0].at.utcoffset() == timedelta(hours=9)
    assert report.this.days[1].check_ins == ()
    assert store.first_record_day() is None
    store.record(StretchStarted(datetime(2026, 11, 20, 9, tzinfo=UTC)))
    assert store.first_record_day() == date(2026, 11, 20)


def test_sqlite_error_inside_an_event_rolls_the_whole_event_back(store: HistoryStore) -> None:
    store.db.execute(
        "CREATE TRIGGER no_left AFTER INSERT ON routine_reps WHEN NEW.direction = 'left' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    problems: list[str] = []
    store.on_problem = problems.append
    store.record(RepCounted(at(24, 10), "fresh", 1, "left", 3))
    # The session row that the same event would have created is not there either.
    assert store.db.table("routine_sessions").count == 0
    assert len(problems) == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO routine_reps VALUES ('x', 1, 'left', 1, '')")


def test_a_stale_saved_stretch_closed_at_relaunch_keeps_the_real_end(
    store: HistoryStore,
) -> None:
    """Paused at 10:00 (the stretch was saved then), lunch at 12:00 ended it, the
    app was killed at logout; next morning the relaunch closes the saved stretch
    "at shutdown". The morning keeps its real end and its three hours of sitting.
    """
    start = at(24, 9)
    store.record(StretchStarted(start))
    store.record(StretchEnded(at(24, 12), start, 3 * 3600, "natural"))
    store.record(StretchStarted(at(24, 13)))
    store.record(StretchEnded(at(24, 10), start, 3600, "shutdown"))  # from the stale state
    rows = {r["started_at"]: r for r in store.db.table("sitting_stretches").rows}
    morning = rows["2026-11-24T08:00:00.000Z"]
    assert (morning["ended_by"], morning["sat_seconds"]) == ("natural", 3 * 3600)
    assert morning["ended_at"] == "2026-11-24T11:00:00.000Z"
    # A stretch that really was open at quit is closed by the same event.
    store.record(StretchEnded(at(24, 17), at(24, 13), 4 * 3600, "shutdown"))
    afternoon = store.db.execute(
        "SELECT ended_by, sat_seconds FROM sitting_stretches WHERE started_at = ?",
        ["2026-11-24T12:00:00.000Z"],
    ).fetchone()
    assert afternoon == ("shutdown", 4 * 3600)
