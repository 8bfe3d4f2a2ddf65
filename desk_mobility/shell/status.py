"""What the app tells the user about its state, in every place it shows it.

One ``AppStatus`` snapshot feeds the tray tooltip, the menu's status line, the
no-tray window and ``--status``, so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QTime

from desk_mobility import APP_NAME, __version__
from desk_mobility.core.quiet import REASON_WORDS
from desk_mobility.i18n.phrases import translate
from desk_mobility.i18n.units import countdown_words, duration_words


@dataclass(frozen=True, slots=True)
class AppStatus:
    """A snapshot of the app's state for display; built by the app from the scheduler."""

    stage: str
    sat_seconds: float
    next_due: datetime | None = None
    paused_until: datetime | None = None
    snoozed_until: datetime | None = None
    quiet: bool = False
    quiet_reason: str = ""
    waiting: bool = False
    off_hours: bool = False
    activity_readable: bool = True
    idle_source: str = "unknown"
    notifier: str = "none"
    tray: str = "unknown"
    sit_interval_seconds: float = 50 * 60
    break_due: bool = False
    quiet_since: datetime | None = None
    quiet_detail: str = ""
    quiet_overridden: bool = False
    held_for_pause: bool = False

    @property
    def quiet_words(self) -> str:
        """Why breaks wait, in the user's words ("you are on a call (Zoom)"), or empty."""
        if not self.quiet or not self.quiet_reason:
            return ""
        words = REASON_WORDS.get(self.quiet_reason)
        said = translate("Quiet", words) if words else self.quiet_reason
        return f"{said} ({self.quiet_detail})" if self.quiet_detail else said


def status_line(status: AppStatus, now: datetime) -> str:
    """One line: how long the user has sat and what comes next, in the user's language."""
    sat = translate("Status", "Sitting for {duration}").format(
        duration=duration_words(status.sat_seconds)
    )
    if status.paused_until is not None:
        return translate("Status", "Paused until {time}").format(
            time=_clock_text(status.paused_until, now)
        )
    if status.snoozed_until is not None and not status.break_due:
        return translate("Status", "{sitting} · snoozed until {time}").format(
            sitting=sat, time=_clock_text(status.snoozed_until, now)
        )
    if status.quiet and status.break_due and status.quiet_reason in ("", "fullscreen"):
        return translate(
            "Status", "{sitting} · break waiting until the fullscreen window closes"
        ).format(sitting=sat)
    if status.quiet:
        if status.quiet_since:
            since = translate("Status", "{why} since {time}").format(
                why=status.quiet_words, time=_clock_text(status.quiet_since, now)
            )
        else:
            since = status.quiet_words
        if status.break_due:
            return translate("Status", "{sitting} · break waiting: {why}").format(
                sitting=sat, why=since
            )
        return translate("Status", "{sitting} · quiet: {why}").format(sitting=sat, why=since)
    if status.break_due and status.held_for_pause:
        return translate(
            "Status", "{sitting} · time for a break (shown at a pause in your typing)"
        ).format(sitting=sat)
    if status.break_due:
        return translate("Status", "{sitting} · time for a break").format(sitting=sat)
    if status.off_hours:
        return translate("Status", "{sitting} · outside working hours").format(sitting=sat)
    if status.next_due is not None:
        remaining = (status.next_due - now).total_seconds()
        return translate("Status", "{sitting} · next break in {duration}").format(
            sitting=sat, duration=countdown_words(remaining)
        )
    return sat


def tooltip(status: AppStatus, now: datetime) -> str:
    lines = [APP_NAME, status_line(status, now)]
    if status.quiet_overridden:
        lines.append(translate("Status", "Reminding you anyway, despite the quiet time."))
    if not status.activity_readable:
        lines.append(translate("Status", "Activity cannot be read here: counting unlocked time."))
    return "\n".join(lines)


def progress(status: AppStatus) -> float:
    """Share of the sitting interval used, 0..1."""
    if status.sit_interval_seconds <= 0:
        return 0.0
    return max(0.0, min(1.0, status.sat_seconds / status.sit_interval_seconds))


def as_json(status: AppStatus, now: datetime) -> dict[str, Any]:
    """The ``--status`` object: stable English keys and ISO times; ``summary`` is for people."""

    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat(timespec="seconds") if moment is not None else None

    return {
        "app": APP_NAME,
        "version": __version__,
        "stage": status.stage,
        "sat_seconds": round(status.sat_seconds),
        "next_break_due": iso(status.next_due),
        "break_due": status.break_due,
        "paused_until": iso(status.paused_until),
        "quiet": status.quiet,
        "quiet_reason": status.quiet_reason or None,
        "quiet_since": iso(status.quiet_since),
        "quiet_detail": status.quiet_detail or None,
        "quiet_overridden": status.quiet_overridden,
        "held_for_pause": status.held_for_pause,
        "waiting": status.waiting,
        "off_hours": status.off_hours,
        "idle_source": status.idle_source,
        "activity_readable": status.activity_readable,
        "notification_backend": status.notifier,
        "tray": status.tray,
        "progress": round(progress(status), 3),
        "summary": status_line(status, now),
        "now": iso(now),
    }


def fullscreen_state(enabled: bool, unavailable: str) -> str:
    """Whether a fullscreen window holds breaks back here, with the reason when it cannot."""
    if unavailable:
        return f"unavailable in this session: {unavailable}"
    return "on" if enabled else "off"


def _clock_text(moment: datetime, now: datetime) -> str:
    """'14:30' today, 'Tue 14:30' on another day; 12 or 24 hours as the locale writes them."""
    locale = QLocale()
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    if moment.date() == now.date():
        return clock
    day = locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return translate("Status", "{day} {time}").format(day=day, time=clock)
