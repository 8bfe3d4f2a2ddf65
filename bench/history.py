"""How fast does a week of history open after five years of heavy use?

Seeds a temporary database with five years of about 12 sitting stretches, 10
break offers and 6 routines (2 sets x 2 directions of reps) a day, then times
``HistoryStore.week_report`` (the query and the aggregation the weekly view
runs) for weeks in the middle. Targets: under 20 ms per week, under 50 MB.

Run: .venv/bin/python bench/history.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_mobility.core.week import week_start_for
from desk_mobility.storage.history_store import HistoryStore
from desk_mobility.storage.time_format import offset_minutes, utc_text

YEARS = 5
TZ = ZoneInfo("Europe/Berlin")


def seed(store: HistoryStore, first: date, days: int, rng: random.Random) -> int:
    """Write rows in the store's own format, a month per transaction."""
    db = store.db
    rows = 0
    for month_start in range(0, days, 30):
        stretches, offers, sessions, reps, checks = [], [], [], [], []
        for offset in range(month_start, min(month_start + 30, days)):
            day = first + timedelta(days=offset)
            clock = datetime(day.year, day.month, day.day, 8, rng.randint(0, 40), tzinfo=TZ)
            for n in range(12):
                start = clock
                clock += timedelta(minutes=rng.randint(30, 55))
                off = offset_minutes(start)
                stretches.append(
                    (
                        utc_text(start),
                        off,
                        utc_text(clock),
                        off,
                        (clock - start).total_seconds() * 0.93,
                        "break",
                    )
                )
                if n < 10:
                    offer_id = f"{day}-{n}"
                    outcome = rng.choice(
                        ["taken", "taken", "taken", "snoozed", "skipped", "natural", "expired"]
                    )
                    offers.append(
                        (
                            offer_id,
                            utc_text(clock),
                            off,
                            3000.0,
                            1,
                            utc_text(clock),
                            int(outcome == "snoozed"),
                            outcome,
                            utc_text(clock),
                            off,
                        )
                    )
                    if n < 6:
                        session = f"s-{offer_id}"
                        sessions.append(
                            (
                                session,
                                utc_text(clock),
                                off,
                                "thoracic-rotation",
                                "guided",
                                2,
                                15,
                                offer_id,
                                utc_text(clock),
                                off,
                                1,
                                day.isoformat(),
                            )
                        )
                        for set_number in (1, 2):
                            for direction in ("right", "left"):
                                reps.append((session, set_number, direction, 15, utc_text(clock)))
                        if n == 0:
                            checks.append((utc_text(clock), off, "before", rng.randint(2, 8)))
                clock += timedelta(minutes=rng.randint(4, 12))
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO sitting_stretches (started_at, started_offset_min, ended_at, "
                "ended_offset_min, sat_seconds, ended_by) VALUES (?, ?, ?, ?, ?, ?)",
                stretches,
            )
            db.conn.executemany(
                "INSERT INTO break_offers (offer_id, offered_at, offered_offset_min, "
                "sat_seconds, times_offered, last_offered_at, snoozes, outcome, resolved_at, "
                "resolved_offset_min) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                offers,
            )
            db.conn.executemany(
                "INSERT INTO routine_sessions (session_id, started_at, started_offset_min, "
                "routine_id, mode, sets, reps_per_direction, offer_id, ended_at, "
                "ended_offset_min, completed, local_day) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessions,
            )
            db.conn.executemany(
                "INSERT INTO routine_reps (session_id, set_number, direction, reps, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                reps,
            )
            db.conn.executemany(
                "INSERT INTO check_ins (at, offset_min, moment, tightness) VALUES (?, ?, ?, ?)",
                checks,
            )
        rows += len(stretches) + len(offers) + len(sessions) + len(reps) + len(checks)
    return rows


def main() -> None:
    rng = random.Random(5)
    days = YEARS * 365
    first = date(2021, 1, 4)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.db"
        store, _ = HistoryStore.open(path)
        began = time.perf_counter()
        rows = seed(store, first, days, rng)
        seeded = time.perf_counter() - began
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        size = path.stat().st_size / 1e6

        began = time.perf_counter()
        store, messages = HistoryStore.open(path)
        opened = (time.perf_counter() - began) * 1000
        assert not messages, messages
        middle = week_start_for(first + timedelta(days=days // 2), 0)
        timings = []
        report = None
        for i in range(200):
            week = middle + timedelta(days=7 * (i % 20))
            began = time.perf_counter()
            report = store.week_report(week, today=week + timedelta(days=30))
            timings.append((time.perf_counter() - began) * 1000)
        assert report is not None and report.this.routines_completed == 42
        store.close()

    timings.sort()
    median = statistics.median(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"seeded {rows:,} rows ({days} days) in {seeded:.1f} s")
    print(f"database size: {size:.1f} MB (target < 50 MB)")
    print(f"open with integrity check: {opened:.0f} ms")
    print(
        f"week report (query + aggregation), 200 runs: median {median:.2f} ms, "
        f"p99 {p99:.2f} ms (target < 20 ms)"
    )
    print(f"streak in the middle week: {report.this.streak_days} days")


if __name__ == "__main__":
    main()
