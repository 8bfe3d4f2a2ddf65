"""Weekly history: plain records in, a week at a glance out.

The store hands over the raw records of a time range; this module buckets them
into the user's local days and weeks. Every record carries the UTC offset the
user lived in at that moment, so a day is the calendar day *where the user
was*: a 23 h or 25 h daylight-saving day and a flight across time zones in
mid-week need no special cases. Sitting stretches that cross midnight are split
between the days they touch. No Qt, no clock: ``today`` and ``now`` are passed
in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Literal, Protocol

from desk_mobility.core.events import OfferState
from desk_mobility.core.sitting import seconds_between
from desk_mobility.core.text import QT_TRANSLATE_NOOP

# Python's weekday numbering: Monday is 0, Sunday is 6.
MONDAY = 0
SUNDAY = 6

# Real-world UTC offsets run from -12:00 to +14:00. A local week therefore
# lies within these margins around the same dates read as UTC.
_EARLIEST_OFFSET = timedelta(hours=14)
_LATEST_OFFSET = timedelta(hours=12)

# An open stretch (the user is sitting right now) counts up to ``now`` only if
# it began this recently; older open stretches are leftovers of a crash.
_OPEN_STRETCH_LIMIT = timedelta(hours=16)

Better = Literal["higher", "lower"]
FigureKind = Literal["duration", "count", "ratio", "days", "score"]


def first_weekday_for(setting: str, locale_first_weekday: int) -> int:
    """The first day of the week (0 = Monday) for the ``week_starts_on`` setting.

    "locale" defers to the locale's choice, which only the UI can ask for;
    anything unexpected falls back to Monday, the ISO week.
    """
    if setting == "monday":
        return MONDAY
    if setting == "sunday":
        return SUNDAY
    if setting == "locale" and 0 <= locale_first_weekday <= 6:
        return locale_first_weekday
    return MONDAY


def week_start_for(day: date, first_weekday: int) -> date:
    """The first day of the week that contains ``day``."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_days(week_start: date) -> tuple[date, ...]:
    return tuple(week_start + timedelta(days=i) for i in range(7))


def utc_window(first_day: date, days: int) -> tuple[datetime, datetime]:
    """A UTC range holding every instant that is local time on those days anywhere.

    Queries fetch this range; bucketing by each record's own offset then keeps
    exactly what belongs to the local days.
    """
    start = datetime.combine(first_day, time(0), tzinfo=UTC) - _EARLIEST_OFFSET
    end = datetime.combine(first_day + timedelta(days=days), time(0), tzinfo=UTC) + _LATEST_OFFSET
    return start, end


@dataclass(frozen=True, slots=True)
class StretchRecord:
    """A sitting stretch; times carry the offset they were lived in.

    ``ended`` is None while the stretch is still open (or was cut short by a
    crash); ``sat_seconds`` is None then too.
    """

    started: datetime
    ended: datetime | None
    sat_seconds: float | None


@dataclass(frozen=True, slots=True)
class OfferRecord:
    """A break offer (one per break, however often it was shown) and what became of it.

    ``outcome`` is None while it is on screen and "snoozed" while a snooze
    runs. Breaks the user started with no offer open are routines, not offers.
    """

    offered: datetime
    outcome: OfferState | None
    snoozes: int = 0


@dataclass(frozen=True, slots=True)
class NaturalBreakRecord:
    """The user stepped away long enough on their own."""

    at: datetime
    away_seconds: float


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A routine session with the reps counted in it, all sets and directions."""

    started: datetime
    completed: bool
    reps: int


@dataclass(frozen=True, slots=True)
class CheckInRecord:
    """An upper-back tightness check-in, 0 (loose) to 10 (very tight)."""

    at: datetime
    moment: str
    tightness: int


@dataclass(frozen=True, slots=True)
class QuietRecord:
    """A stretch of quiet time (a call, do-not-disturb, fullscreen); ``ended`` None while open."""

    started: datetime
    ended: datetime | None
    reason: str


@dataclass(frozen=True, slots=True)
class HistoryRecords:
    """Everything the store knows about a range of time, unsorted."""

    stretches: tuple[StretchRecord, ...] = ()
    offers: tuple[OfferRecord, ...] = ()
    natural_breaks: tuple[NaturalBreakRecord, ...] = ()
    sessions: tuple[SessionRecord, ...] = ()
    check_ins: tuple[CheckInRecord, ...] = ()
    quiet: tuple[QuietRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One local day of the week."""

    day: date
    sitting_seconds: float = 0.0
    longest_stretch_seconds: float = 0.0
    stretches: int = 0
    breaks_offered: int = 0
    offers_taken: int = 0
    offers_snoozed: int = 0  # snoozed and not come back yet
    offers_skipped: int = 0
    offers_natural: int = 0
    offers_expired: int = 0
    snooze_presses: int = 0
    natural_breaks: int = 0
    routines_started: int = 0
    routines_completed: int = 0
    reps: int = 0
    check_ins: tuple[CheckInRecord, ...] = ()
    # Seconds of quiet time per reason ("call", "dnd", "fullscreen"), largest first.
    quiet_by_reason: tuple[tuple[str, float], ...] = ()

    @property
    def quiet_seconds(self) -> float:
        return sum(seconds for _, seconds in self.quiet_by_reason)

    @property
    def breaks_taken(self) -> int:
        """Offers the user answered by moving: taken, or walked away when offered."""
        return self.offers_taken + self.offers_natural

    @property
    def offers_open(self) -> int:
        """Offers with no answer yet (a break on screen right now)."""
        return self.breaks_offered - (
            self.offers_taken
            + self.offers_snoozed
            + self.offers_skipped
            + self.offers_natural
            + self.offers_expired
        )

    @property
    def is_empty(self) -> bool:
        return not (
            self.sitting_seconds
            or self.breaks_offered
            or self.natural_breaks
            or self.routines_started
            or self.check_ins
        )

    @property
    def mean_tightness(self) -> float | None:
        if not self.check_ins:
            return None
        return sum(c.tightness for c in self.check_ins) / len(self.check_ins)


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Seven local days and the week's totals.

    ``longest_stretch_seconds`` is the longest whole stretch that touched the
    week, so a stretch that ran past midnight counts in full here while each
    day shows only its own part of it.
    """

    week_start: date
    days: tuple[DaySummary, ...]
    longest_stretch_seconds: float
    streak_days: int

    @property
    def week_end(self) -> date:
        """The last day of the week (inclusive)."""
        return self.week_start + timedelta(days=6)

    @property
    def total_sitting_seconds(self) -> float:
        return sum(d.sitting_seconds for d in self.days)

    @property
    def breaks_offered(self) -> int:
        return sum(d.breaks_offered for d in self.days)

    @property
    def breaks_taken(self) -> int:
        return sum(d.breaks_taken for d in self.days)

    @property
    def natural_breaks(self) -> int:
        return sum(d.natural_breaks for d in self.days)

    @property
    def routines_completed(self) -> int:
        return sum(d.routines_completed for d in self.days)

    @property
    def reps(self) -> int:
        return sum(d.reps for d in self.days)

    @property
    def check_ins(self) -> tuple[CheckInRecord, ...]:
        return tuple(c for d in self.days for c in d.check_ins)

    @property
    def mean_tightness(self) -> float | None:
        values = [c.tightness for c in self.check_ins]
        return sum(values) / len(values) if values else None

    @property
    def is_empty(self) -> bool:
        return all(d.is_empty for d in self.days)

    def first_days(self, count: int) -> WeekSummary:
        """The same week with only its first ``count`` days kept (the rest empty).

        A week in progress is compared with the same days of the week before,
        not with a whole week it cannot have caught up with yet.
        """
        if count >= 7:
            return self
        kept = self.days[:count]
        days = kept + tuple(DaySummary(d.day) for d in self.days[count:])
        longest = max((d.longest_stretch_seconds for d in kept), default=0.0)
        return WeekSummary(self.week_start, days, longest, self.streak_days)


@dataclass(frozen=True, slots=True)
class Figure:
    """A headline number of the week beside the same number a week earlier.

    ``better`` says which direction is good news (None: neither), so the view
    can colour the change without knowing what the figure means.
    """

    key: str
    label: str
    kind: FigureKind
    value: float
    previous: float
    better: Better | None
    total: float | None = None  # for ratios: the denominator ("of 40 offered")
    previous_total: float | None = None

    @property
    def change(self) -> float:
        return self.value - self.previous

    @property
    def improved(self) -> bool | None:
        """True when the change is good news, False when bad, None when flat or neutral."""
        if self.better is None or self.change == 0:
            return None
        return (self.change > 0) == (self.better == "higher")


@dataclass(frozen=True, slots=True)
class WeekReport:
    """What the weekly view shows: this week, the one before, the headline figures."""

    this: WeekSummary
    previous: WeekSummary
    figures: tuple[Figure, ...]
    today: date
    compared_days: int = 7  # fewer while this week is still running

    @property
    def is_current_week(self) -> bool:
        return self.this.week_start <= self.today <= self.this.week_end

    @property
    def is_future(self) -> bool:
        return self.this.week_start > self.today


def split_by_day(stretch: StretchRecord, now: datetime | None = None) -> list[tuple[date, float]]:
    """Sitting seconds of one stretch per local day, split at midnight.

    Sitting time is spread over the pieces in proportion to their length (the
    store keeps one total per stretch, not where the idle moments fell).
    When the offset changed during the stretch, the records do not say when;
    daylight saving changes in the small hours, so midnights before 02:00 of
    the first night fall in the starting offset and later ones in the ending
    offset. A 23 h or 25 h day is then counted exactly.
    """
    started = stretch.started
    if stretch.ended is None:
        if now is None or not timedelta(0) <= now - started <= _OPEN_STRETCH_LIMIT:
            return []
        ended = now
        sat = (now - started).total_seconds()
    else:
        ended = stretch.ended
        sat = stretch.sat_seconds if stretch.sat_seconds is not None else 0.0
    real = (ended - started).total_seconds()
    if real <= 0:
        return [(started.date(), max(sat, 0.0))]
    change = ended
    if started.utcoffset() != ended.utcoffset():
        guess = datetime.combine(started.date(), time(2), tzinfo=started.tzinfo)
        if guess <= started:
            guess += timedelta(days=1)
        change = min(guess, ended)
    pieces: list[tuple[date, float]] = []
    cursor, day = started, started.date()
    while True:
        next_day = day + timedelta(days=1)
        midnight = datetime.combine(next_day, time(0), tzinfo=started.tzinfo)
        if midnight >= change:
            midnight = datetime.combine(next_day, time(0), tzinfo=ended.tzinfo)
        if midnight >= ended:
            pieces.append((day, sat * (ended - cursor).total_seconds() / real))
            return pieces
        if midnight > cursor:
            pieces.append((day, sat * (midnight - cursor).total_seconds() / real))
            cursor = midnight
        day = next_day


def current_streak(routine_days: Iterable[date], as_of: date) -> int:
    """Days in a row, up to ``as_of``, with at least one completed routine.

    A day not yet done with does not break the streak: if ``as_of`` has no
    routine so far, the count runs back from the day before.
    """
    days = set(routine_days)
    cursor = as_of if as_of in days else as_of - timedelta(days=1)
    streak = 0
    while cursor in days:
        streak += 1
        cursor -= timedelta(days=1)
    return streak


class _DayTally:
    """Mutable counters for one day while records are sorted into days."""

    __slots__ = (
        "check_ins",
        "longest",
        "natural",
        "offered",
        "outcomes",
        "quiet",
        "reps",
        "routines_completed",
        "routines_started",
        "sitting",
        "snoozes",
        "stretches",
    )

    def __init__(self) -> None:
        self.sitting = 0.0
        self.longest = 0.0
        self.stretches = 0
        self.offered = 0
        self.outcomes: dict[str, int] = {}
        self.snoozes = 0
        self.natural = 0
        self.routines_started = 0
        self.routines_completed = 0
        self.reps = 0
        self.check_ins: list[CheckInRecord] = []
        self.quiet: dict[str, float] = {}

    def freeze(self, day: date) -> DaySummary:
        self.check_ins.sort(key=lambda c: c.at)
        return DaySummary(
            day=day,
            sitting_seconds=self.sitting,
            longest_stretch_seconds=self.longest,
            stretches=self.stretches,
            breaks_offered=self.offered,
            offers_taken=self.outcomes.get("taken", 0),
            offers_snoozed=self.outcomes.get("snoozed", 0),
            offers_skipped=self.outcomes.get("skipped", 0),
            offers_natural=self.outcomes.get("natural", 0),
            offers_expired=self.outcomes.get("expired", 0),
            snooze_presses=self.snoozes,
            natural_breaks=self.natural,
            routines_started=self.routines_started,
            routines_completed=self.routines_completed,
            reps=self.reps,
            check_ins=tuple(self.check_ins),
            quiet_by_reason=tuple(sorted(self.quiet.items(), key=lambda item: (-item[1], item[0]))),
        )


def summarize_week(
    records: HistoryRecords,
    week_start: date,
    routine_days: Iterable[date] = (),
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> WeekSummary:
    """Bucket records into the seven local days starting at ``week_start``.

    Records outside the week are ignored, so callers may pass a wider range.
    ``routine_days`` (local days with a completed routine, any time before)
    feeds the streak, which is counted as of the week's last day, or as of
    ``today`` in the current week.
    """
    days = week_days(week_start)
    tallies = {d: _DayTally() for d in days}
    longest = 0.0
    # Only the latest stretch can be the one the user sits in now; an open
    # stretch with a later one after it was cut short by a crash.
    latest_start = max((s.started.timestamp() for s in records.stretches), default=None)

    for stretch in records.stretches:
        touched = False
        current = stretch.ended is None and stretch.started.timestamp() == latest_start
        stretch_now = now if stretch.ended is not None or current else None
        for day, seconds in split_by_day(stretch, stretch_now):
            tally = tallies.get(day)
            if tally is None:
                continue
            touched = True
            tally.sitting += seconds
            tally.longest = max(tally.longest, seconds)
            tally.stretches += 1
        if touched:
            whole = (
                stretch.sat_seconds
                if stretch.ended is not None
                else sum(s for _, s in split_by_day(stretch, stretch_now))
            )
            longest = max(longest, whole or 0.0)

    for offer in records.offers:
        tally = tallies.get(offer.offered.date())
        if tally is None:
            continue
        tally.offered += 1
        tally.snoozes += offer.snoozes
        if offer.outcome is not None:
            tally.outcomes[offer.outcome] = tally.outcomes.get(offer.outcome, 0) + 1

    for natural in records.natural_breaks:
        tally = tallies.get(natural.at.date())
        if tally is not None:
            tally.natural += 1

    completed_days: set[date] = set(routine_days)
    for session in records.sessions:
        day = session.started.date()
        if session.completed:
            completed_days.add(day)
        tally = tallies.get(day)
        if tally is None:
            continue
        tally.routines_started += 1
        tally.routines_completed += int(session.completed)
        tally.reps += session.reps

    for check_in in records.check_ins:
        tally = tallies.get(check_in.at.date())
        if tally is not None:
            tally.check_ins.append(check_in)

    latest_quiet = max((q.started.timestamp() for q in records.quiet), default=None)
    for quiet in records.quiet:
        # Only the latest period can still be going on; an older open one was
        # cut short by a crash and its length is not known.
        if quiet.ended is None and quiet.started.timestamp() != latest_quiet:
            continue
        length = seconds_between(quiet.started, quiet.ended) if quiet.ended else None
        period = StretchRecord(quiet.started, quiet.ended, length)
        for day, seconds in split_by_day(period, now):
            tally = tallies.get(day)
            if tally is not None:
                tally.quiet[quiet.reason] = tally.quiet.get(quiet.reason, 0.0) + seconds

    last_day = days[-1]
    if today is not None and today < week_start:
        streak = 0
    else:
        as_of = min(today, last_day) if today is not None else last_day
        streak = current_streak((d for d in completed_days if d <= as_of), as_of)

    return WeekSummary(
        week_start=week_start,
        days=tuple(tallies[d].freeze(d) for d in days),
        longest_stretch_seconds=longest,
        streak_days=streak,
    )


def headline_figures(this: WeekSummary, previous: WeekSummary) -> tuple[Figure, ...]:
    """The week's headline numbers, each beside last week's."""
    figures = [
        Figure(
            "sitting",
            QT_TRANSLATE_NOOP("Week", "Time sitting"),
            "duration",
            this.total_sitting_seconds,
            previous.total_sitting_seconds,
            "lower",
        ),
        Figure(
            "longest",
            QT_TRANSLATE_NOOP("Week", "Longest stretch"),
            "duration",
            this.longest_stretch_seconds,
            previous.longest_stretch_seconds,
            "lower",
        ),
        Figure(
            "breaks",
            QT_TRANSLATE_NOOP("Week", "Breaks taken"),
            "ratio",
            this.breaks_taken,
            previous.breaks_taken,
            "higher",
            total=this.breaks_offered,
            previous_total=previous.breaks_offered,
        ),
        Figure(
            "routines",
            QT_TRANSLATE_NOOP("Week", "Routines done"),
            "count",
            this.routines_completed,
            previous.routines_completed,
            "higher",
        ),
        Figure(
            "streak",
            QT_TRANSLATE_NOOP("Week", "Routine streak"),
            "days",
            this.streak_days,
            previous.streak_days,
            "higher",
        ),
    ]
    tight, tight_before = this.mean_tightness, previous.mean_tightness
    if tight is not None:
        figures.append(
            Figure(
                "tightness",
                QT_TRANSLATE_NOOP("Week", "Upper-back tightness"),
                "score",
                tight,
                tight_before if tight_before is not None else tight,
                "lower",
            )
        )
    return tuple(figures)


def build_week_report(
    records: HistoryRecords,
    week_start: date,
    routine_days: Iterable[date],
    *,
    today: date,
    now: datetime | None = None,
) -> WeekReport:
    """This week and the one before from one batch of records spanning both."""
    days = set(routine_days)
    previous_start = week_start - timedelta(days=7)
    this = summarize_week(records, week_start, days, today=today, now=now)
    previous = summarize_week(records, previous_start, days, today=today, now=now)
    compared = 7
    if week_start <= today < week_start + timedelta(days=7):
        compared = (today - week_start).days + 1
    figures = headline_figures(this, previous.first_days(compared))
    return WeekReport(this, previous, figures, today, compared)


class WeekHistory(Protocol):
    """What the weekly view reads: the store behind it is the composition root's choice."""

    def week_report(
        self, week_start: date, *, today: date, now: datetime | None = None
    ) -> WeekReport:
        """This week and the one before; raises ``StoreError`` when history cannot be read."""
        ...

    def first_record_day(self) -> date | None:
        """The local day of the earliest record, if any."""
        ...

    def export_csv(
        self,
        target: Path,
        *,
        week_start: date | None = None,
        heading: Callable[[str], str] | None = None,
    ) -> int:
        """Write one week (or everything) as CSV; the number of rows written.

        ``heading`` turns each column's name into its header (the user's language).
        """
        ...
