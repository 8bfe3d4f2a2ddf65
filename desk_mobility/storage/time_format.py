"""Time as the history stores it: UTC text beside the offset the user lived in.

Writing, reading, migrating and exporting all have to agree on this one
format, so it lives apart from each of them. Keeping the offset next to the
UTC instant is what lets days and weeks bucket correctly across daylight
saving and travel.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone


def utc_text(moment: datetime) -> str:
    """A fixed-width UTC text that sorts like the instants it names."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: events carry their UTC offset")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return round(offset.total_seconds() / 60) if offset is not None else 0


def local_time(text: str, offset_min: int | None) -> datetime:
    """A stored instant as the wall time the user saw then."""
    utc = datetime.fromisoformat(text)
    return utc.astimezone(timezone(timedelta(minutes=offset_min or 0)))


def local_day(moment: datetime) -> str:
    return moment.date().isoformat()
