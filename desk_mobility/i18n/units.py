"""Durations and counts as each language writes them.

``core.durations`` owns the rules (whole minutes counted down, hours from 60
minutes on, time left counted up to the minute, seconds only for the guide's
stopwatch) so every surface agrees; this module says the same figures in the
user's language, with the locale's digits: "45 min", "1 Std. 05 Min.", "3 分 05 秒".
"""

from __future__ import annotations

import math

from desk_mobility.core.durations import whole_minutes
from desk_mobility.i18n.phrases import Phrases, number, translate


def duration_words(seconds: float) -> str:
    """``core.durations.duration_text`` in the user's language: '45 min', '1 h 05 min'."""
    minutes = whole_minutes(seconds)
    if minutes < 60:
        return translate("Units", "{minutes} min").format(minutes=number(minutes))
    return translate("Units", "{hours} h {minutes} min").format(
        hours=number(minutes // 60), minutes=_two_digits(minutes % 60)
    )


def countdown_words(seconds: float) -> str:
    """Time left, counted up to the minute (``core.durations.countdown_text``)."""
    if not math.isfinite(seconds):
        return duration_words(0)
    return duration_words(math.ceil(max(seconds, 0.0) / 60) * 60)


def stopwatch_words(seconds: float) -> str:
    """A drill's own time, to the second (``core.durations.stopwatch_text``): '3 min 05 s'."""
    total = round(seconds) if math.isfinite(seconds) and seconds > 0 else 0
    minutes, secs = divmod(total, 60)
    if minutes == 0:
        return translate("Units", "{seconds} s").format(seconds=number(secs))
    return translate("Units", "{minutes} min {seconds} s").format(
        minutes=number(minutes), seconds=_two_digits(secs)
    )


def seconds_value(seconds: float) -> str:
    """'1.5 s' with the locale's decimal separator."""
    return translate("Units", "{seconds} s").format(seconds=number(seconds))


def countdown(seconds: int) -> str:
    """'0:25' as a clock counts down."""
    return f"{number(seconds // 60)}:{_two_digits(seconds % 60)}"


def _two_digits(value: int) -> str:
    text = number(value)
    return text if value >= 10 else number(0) + text


class Counts(Phrases):
    """Counted things whose word changes with the number."""

    def minutes(self, n: int) -> str:
        return self.tr("about %n minutes", "", n)

    def reps(self, n: int) -> str:
        return self.tr("%n reps", "", n)

    def sets(self, n: int) -> str:
        return self.tr("%n sets", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n days", "", n)

    def rotations(self, n: int) -> str:
        return self.tr("%n rotations", "", n)

    def routines(self, n: int) -> str:
        return self.tr("%n routines", "", n)

    def breaks_offered(self, n: int) -> str:
        return self.tr("%n breaks offered", "", n)

    def breaks_on_own(self, n: int) -> str:
        return self.tr("%n breaks on your own", "", n)

    def check_ins(self, n: int) -> str:
        return self.tr("%n check-ins", "", n)

    def rows(self, n: int) -> str:
        return self.tr("%n rows", "", n)

    def more(self, n: int) -> str:
        return self.tr("and %n more", "", n)


COUNTS = Counts()
