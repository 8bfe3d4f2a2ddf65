"""CSV export of the history: one row per record, in the user's local time.

A spreadsheet should open the file without help, so each row says its local
date and clock times, the UTC offset they were lived in, and the UTC instants
for anyone who wants to line the data up with something else.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from desk_mobility.core.text import QT_TRANSLATE_NOOP
from desk_mobility.core.week import utc_window
from desk_mobility.storage.time_format import local_time

CSV_COLUMNS = (
    QT_TRANSLATE_NOOP("CSV", "date"),
    QT_TRANSLATE_NOOP("CSV", "start"),
    QT_TRANSLATE_NOOP("CSV", "end"),
    QT_TRANSLATE_NOOP("CSV", "utc_offset"),
    QT_TRANSLATE_NOOP("CSV", "kind"),
    QT_TRANSLATE_NOOP("CSV", "minutes"),
    QT_TRANSLATE_NOOP("CSV", "outcome"),
    QT_TRANSLATE_NOOP("CSV", "reps"),
    QT_TRANSLATE_NOOP("CSV", "tightness"),
    QT_TRANSLATE_NOOP("CSV", "detail"),
    QT_TRANSLATE_NOOP("CSV", "start_utc"),
    QT_TRANSLATE_NOOP("CSV", "end_utc"),
)
"""The columns, in order; each name is also its English header (context "CSV")."""


def _offset_text(minutes: int | None) -> str:
    minutes = minutes or 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def csv_rows(
    timeline: Iterable[dict[str, Any]], week_start: date | None = None
) -> Iterable[list[str]]:
    """Timeline rows as CSV cells; with ``week_start`` only that local week."""
    week_end = week_start + timedelta(days=7) if week_start is not None else None
    for row in timeline:
        start = local_time(row["start_at"], row["start_off"])
        if (
            week_start is not None
            and week_end is not None
            and not (week_start <= start.date() < week_end)
        ):
            continue
        end = local_time(row["end_at"], row["end_off"]) if row["end_at"] else None
        if end is None:
            end_text = ""
        elif end.date() == start.date():
            end_text = end.strftime("%H:%M")
        else:
            end_text = end.strftime("%Y-%m-%d %H:%M")
        seconds = row["seconds"]
        yield [
            start.date().isoformat(),
            start.strftime("%H:%M"),
            end_text,
            _offset_text(row["start_off"]),
            row["kind"],
            f"{seconds / 60:.1f}" if seconds is not None else "",
            row["outcome"] or "",
            "" if row["reps"] is None else str(row["reps"]),
            "" if row["tightness"] is None else str(row["tightness"]),
            (row["detail"] or "").strip(),
            row["start_at"],
            row["end_at"] or "",
        ]


class Timeline(Protocol):
    """The one thing the export reads from the store: every record as a flat row."""

    def timeline(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> Iterator[dict[str, Any]]: ...


def write_csv(
    store: Timeline,
    target: Path,
    *,
    week_start: date | None = None,
    heading: Callable[[str], str] | None = None,
) -> int:
    """Write the week starting ``week_start`` (or everything) to ``target``; rows written.

    ``heading`` writes each column's header (the weekly view passes the user's
    language; without it the headers are the column names). The columns and
    their order never change, and dates, times and numbers stay ISO and
    dot-decimal, so a script reads any export the same way. The file is
    written beside the target and moved into place, so a failed export never
    leaves half a file where an older export was.
    """
    if week_start is not None:
        start, end = utc_window(week_start, 7)
        timeline = store.timeline(start, end)
    else:
        timeline = store.timeline()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=target.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([heading(c) if heading else c for c in CSV_COLUMNS])
            for cells in csv_rows(timeline, week_start):
                writer.writerow(cells)
                count += 1
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
