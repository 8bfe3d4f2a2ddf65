"""Fill a history database with a few realistic weeks, for screenshots and demos.

Everything goes through ``HistoryStore.record`` exactly as the app's events do.
Usage: python scripts/seed_demo_history.py PATH [--weeks 3] [--today 2026-11-26]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_mobility.core.events import (
    BreakOffered,
    BreakResolved,
    BreakSnoozed,
    CheckIn,
    Event,
    NaturalBreak,
    RepCounted,
    RoutineEnded,
    RoutineStarted,
    StretchEnded,
    StretchStarted,
)
from desk_mobility.storage.history_store import HistoryStore


def tightness(mean: float, rng: random.Random) -> int:
    return max(0, min(10, round(mean + rng.gauss(0, 1))))


def workday(day: date, tz: ZoneInfo, rng: random.Random, keen: float) -> list[Event]:
    """One working day: sitting stretches, offers and what became of them, routines.

    ``keen`` (0-1) is how readily the user takes breaks; it grows over the weeks
    so the demo shows a habit forming.
    """
    events: list[Event] = []
    clock = datetime.combine(day, time(8, 30), tzinfo=tz) + timedelta(minutes=rng.randint(-20, 30))
    end_of_day = datetime.combine(day, time(17, 30), tzinfo=tz) + timedelta(
        minutes=rng.randint(-40, 60)
    )
    n = 0
    while clock < end_of_day:
        n += 1
        sit = timedelta(minutes=rng.choice([25, 35, 45, 50, 50, 55, 70, 85]) * (1.25 - keen * 0.35))
        started = clock
        clock += sit
        events.append(StretchStarted(started))
        offer_id = f"{day.isoformat()}-{n}"
        if sit >= timedelta(minutes=45):
            events.append(BreakOffered(clock, offer_id, sit.total_seconds()))
            roll = rng.random()
            if roll < keen:
                outcome = "taken"
            elif roll < keen + 0.08:
                outcome = "natural"
            elif roll < keen + 0.30:
                outcome = "snoozed"
            elif roll < keen + 0.42:
                outcome = "skipped"
            else:
                outcome = "expired"
            if outcome == "snoozed":
                snoozed_at = clock + timedelta(seconds=20)
                events.append(
                    BreakSnoozed(snoozed_at, offer_id, snoozed_at + timedelta(minutes=10), 10)
                )
                clock += timedelta(minutes=10)
                sit += timedelta(minutes=10)
                outcome = "taken" if rng.random() < 0.5 else "snoozed"
                if outcome == "taken":
                    events.append(BreakOffered(clock, offer_id, sit.total_seconds(), reoffer=True))
            events.append(StretchEnded(clock, started, sit.total_seconds() * 0.93, "break"))
            if outcome == "snoozed":
                continue
            events.append(BreakResolved(clock + timedelta(seconds=30), offer_id, outcome))  # type: ignore[arg-type]
            if outcome == "taken":
                session = f"session-{offer_id}"
                events.append(
                    RoutineStarted(clock, session, "thoracic-rotation", "guided", 2, 15, offer_id)
                )
                if rng.random() < 0.35:
                    events.append(
                        CheckIn(
                            clock, "before", max(0, min(10, round(7 - keen * 4 + rng.gauss(0, 1))))
                        )
                    )
                full = rng.random() < 0.9
                for set_number in (1, 2):
                    for direction in ("right", "left"):
                        reps = 15 if full or set_number == 1 else rng.randint(4, 12)
                        events.append(
                            RepCounted(
                                clock + timedelta(minutes=1), session, set_number, direction, reps
                            )
                        )  # type: ignore[arg-type]
                clock += timedelta(minutes=4)
                events.append(RoutineEnded(clock, session, full))
                if (events and isinstance(events[-3], CheckIn)) or rng.random() < 0.15:
                    events.append(
                        CheckIn(
                            clock, "after", max(0, min(10, round(5 - keen * 3 + rng.gauss(0, 1))))
                        )
                    )
            clock += timedelta(minutes=rng.randint(3, 8))
        else:
            events.append(StretchEnded(clock, started, sit.total_seconds() * 0.9, "natural"))
            away = timedelta(minutes=rng.randint(6, 25))
            events.append(NaturalBreak(clock + away, clock, away.total_seconds()))
            clock += away
    return events


def seed(path: Path, today: date, weeks: int, tz: ZoneInfo, seed_value: int = 7) -> None:
    rng = random.Random(seed_value)
    store, messages = HistoryStore.open(path)
    for message in messages:
        print(message)
    first = today - timedelta(days=7 * weeks)
    total_days = (today - first).days + 1
    for offset in range(total_days):
        day = first + timedelta(days=offset)
        keen = min(0.35 + 0.45 * offset / total_days, 0.85)
        if day.weekday() >= 5 and rng.random() < 0.8:
            continue
        for event in workday(day, tz, rng, keen):
            if event.at <= datetime.combine(today, time(15, 10), tzinfo=tz):
                store.record(event)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--weeks", type=int, default=3)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--timezone", default="Europe/Berlin")
    args = parser.parse_args()
    seed(args.path, args.today, args.weeks, ZoneInfo(args.timezone))
    print(f"seeded {args.weeks} weeks up to {args.today} into {args.path}")


if __name__ == "__main__":
    main()
