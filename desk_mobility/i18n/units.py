"""Durations and counts as each language writes them.

One place for "45 min", "1 h 05 min" and "3 min 05 s", so the tray, the
notification, the guide and the weekly view agree, and numbers follow the
user's locale.
"""

from __future__ import annotations

from desk_mobility.i18n.phrases import Phrases, number, translate


def hours_minutes(seconds: float) -> str:
    """'45 min', '1 h 05 min': short enough for a tooltip line (minutes rounded down)."""
    minutes = max(0, int(seconds // 60))
    return _hm(minutes)


def rounded_hours_minutes(seconds: float) -> str:
    """'45 min', '6 h 05 min', '0 min', rounded to the nearest minute."""
    return _hm(round(max(seconds, 0.0) / 60))


def _hm(minutes: int) -> str:
    if minutes < 60:
        return translate("Units", "{minutes} min").format(minutes=number(minutes))
    return translate("Units", "{hours} h {minutes} min").format(
        hours=number(minutes // 60), minutes=_two_digits(minutes % 60)
    )


def spoken_duration(seconds: float) -> str:
    """Sitting time as people say it: "less than a minute", "52 min", "1 h", "1 h 5 min"."""
    minutes = max(0, round(seconds / 60))
    if minutes < 1:
        return translate("Units", "less than a minute")
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("Units", "{minutes} min").format(minutes=number(minutes))
    if rest == 0:
        return translate("Units", "{hours} h").format(hours=number(hours))
    return translate("Units", "{hours} h {minutes} min").format(
        hours=number(hours), minutes=number(rest)
    )


def minutes_seconds(seconds: float) -> str:
    """'12 s', '3 min 05 s': the time a session took."""
    minutes, secs = divmod(round(seconds), 60)
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
