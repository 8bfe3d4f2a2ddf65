"""Settings: one table of defaults, bounds and descriptions.

The dialog, the file loader and the validators are all built from ``SETTINGS``
so a bound is written once. A hand-edited file never crashes the app: a bad
value falls back to its default with a message naming the key (``interpret``);
reading and writing the file itself is ``files.settings_file``'s job.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import time
from typing import Any, Literal

from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text

SettingKind = Literal["int", "float", "bool", "choice", "time", "days"]
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: "system" follows the desktop; the rest are the languages the app ships (English is the source).
LANGUAGES = ("system", "en", "de", "fr", "es", "pt_BR", "it", "nl", "pl", "ja", "zh_CN", "ar")


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One row of the settings table."""

    key: str
    section: str
    label: str
    kind: SettingKind
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    choices: tuple[str, ...] = ()


SETTINGS: tuple[SettingSpec, ...] = (
    # Breaks
    SettingSpec(
        "sit_minutes",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Break after sitting for"),
        "int",
        50,
        QT_TRANSLATE_NOOP("Settings", "Continuous sitting before a break is due."),
        10,
        180,
        QT_TRANSLATE_NOOP("Settings", "min"),
    ),
    SettingSpec(
        "natural_break_minutes",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Away this long counts as a break"),
        "int",
        5,
        QT_TRANSLATE_NOOP(
            "Settings", "Idle or locked at least this long resets the sitting clock."
        ),
        1,
        30,
        QT_TRANSLATE_NOOP("Settings", "min"),
    ),
    SettingSpec(
        "short_idle_seconds",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Still sitting while idle up to"),
        "int",
        120,
        QT_TRANSLATE_NOOP("Settings", "Reading or thinking without input still counts as sitting."),
        15,
        600,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    SettingSpec(
        "snooze_minutes",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Snooze for"),
        "int",
        10,
        QT_TRANSLATE_NOOP("Settings", "How long Snooze postpones a due break."),
        1,
        60,
        QT_TRANSLATE_NOOP("Settings", "min"),
    ),
    SettingSpec(
        "reoffer_minutes",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Offer an ignored break again after"),
        "int",
        10,
        QT_TRANSLATE_NOOP("Settings", "A due break that gets no answer is offered again, gently."),
        10,
        120,
        QT_TRANSLATE_NOOP("Settings", "min"),
    ),
    SettingSpec(
        "working_days",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Working days"),
        "days",
        ("mon", "tue", "wed", "thu", "fri"),
        QT_TRANSLATE_NOOP("Settings", "Breaks are only due on these days."),
        choices=WEEKDAYS,
    ),
    SettingSpec(
        "work_start",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Working hours from"),
        "time",
        time(8, 0),
        QT_TRANSLATE_NOOP("Settings", "No break is due before this time."),
    ),
    SettingSpec(
        "work_end",
        QT_TRANSLATE_NOOP("Settings", "Breaks"),
        QT_TRANSLATE_NOOP("Settings", "Working hours until"),
        "time",
        time(19, 0),
        QT_TRANSLATE_NOOP("Settings", "No break is due after this time."),
    ),
    # Quiet time: when a due break waits, and for how long it waits for a pause
    SettingSpec(
        "quiet_when_fullscreen",
        QT_TRANSLATE_NOOP("Settings", "Quiet"),
        QT_TRANSLATE_NOOP("Settings", "Wait while a window is fullscreen"),
        "bool",
        True,
        QT_TRANSLATE_NOOP(
            "Settings", "Calls, presentations and games are not interrupted; the break waits."
        ),
    ),
    SettingSpec(
        "quiet_during_calls",
        QT_TRANSLATE_NOOP("Settings", "Quiet"),
        QT_TRANSLATE_NOOP("Settings", "Wait while you are on a call"),
        "bool",
        True,
        QT_TRANSLATE_NOOP(
            "Settings", "While another program uses the microphone or camera, a due break waits."
        ),
    ),
    SettingSpec(
        "quiet_when_dnd",
        QT_TRANSLATE_NOOP("Settings", "Quiet"),
        QT_TRANSLATE_NOOP("Settings", "Respect do not disturb"),
        "bool",
        True,
        QT_TRANSLATE_NOOP(
            "Settings", "While the desktop's do not disturb is on, a due break waits."
        ),
    ),
    SettingSpec(
        "polite_pause_seconds",
        QT_TRANSLATE_NOOP("Settings", "Quiet"),
        QT_TRANSLATE_NOOP("Settings", "Wait for a pause in typing of"),
        "int",
        15,
        QT_TRANSLATE_NOOP(
            "Settings",
            "A due break's notification waits until input stops this long (0: show at once).",
        ),
        0,
        120,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    SettingSpec(
        "polite_cap_seconds",
        QT_TRANSLATE_NOOP("Settings", "Quiet"),
        QT_TRANSLATE_NOOP("Settings", "Wait for a pause at most"),
        "int",
        300,
        QT_TRANSLATE_NOOP(
            "Settings", "Typing without a pause this long still gets the notification."
        ),
        5,
        1800,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    # Routine
    SettingSpec(
        "sets",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Sets"),
        "int",
        2,
        QT_TRANSLATE_NOOP("Settings", "Sets of the drill per break."),
        1,
        5,
    ),
    SettingSpec(
        "reps_per_direction",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Reps each direction"),
        "int",
        15,
        QT_TRANSLATE_NOOP("Settings", "Rotations to each side in every set."),
        3,
        40,
    ),
    SettingSpec(
        "turn_seconds",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Seconds to turn"),
        "float",
        1.5,
        QT_TRANSLATE_NOOP("Settings", "Guided tempo: time to rotate to end range."),
        0.5,
        5.0,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    SettingSpec(
        "hold_seconds",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Pause at end range"),
        "float",
        0.5,
        QT_TRANSLATE_NOOP("Settings", "Guided tempo: pause at the end of the turn."),
        0.0,
        3.0,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    SettingSpec(
        "return_seconds",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Seconds to return"),
        "float",
        1.5,
        QT_TRANSLATE_NOOP("Settings", "Guided tempo: time to come back to centre."),
        0.5,
        5.0,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    SettingSpec(
        "rest_seconds",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Rest between sets"),
        "int",
        30,
        QT_TRANSLATE_NOOP("Settings", "Countdown between sets."),
        0,
        180,
        QT_TRANSLATE_NOOP("Settings", "s"),
    ),
    SettingSpec(
        "mode",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Counting"),
        "choice",
        "guided",
        QT_TRANSLATE_NOOP(
            "Settings", "Guided: the tempo counts for you. Self-paced: press Space for each rep."
        ),
        choices=("guided", "self-paced"),
    ),
    SettingSpec(
        "sounds",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Pacing sounds"),
        "bool",
        True,
        QT_TRANSLATE_NOOP(
            "Settings", "A soft tick at each rep and a tone at each direction change."
        ),
    ),
    SettingSpec(
        "volume",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Volume"),
        "int",
        60,
        QT_TRANSLATE_NOOP("Settings", "Loudness of pacing sounds and the chime."),
        0,
        100,
        QT_TRANSLATE_NOOP("Settings", "%"),
    ),
    SettingSpec(
        "reduced_motion",
        QT_TRANSLATE_NOOP("Settings", "Routine"),
        QT_TRANSLATE_NOOP("Settings", "Reduced motion"),
        "bool",
        False,
        QT_TRANSLATE_NOOP("Settings", "Show key poses instead of a continuous animation."),
    ),
    # General
    SettingSpec(
        "start_at_login",
        QT_TRANSLATE_NOOP("Settings", "General"),
        QT_TRANSLATE_NOOP("Settings", "Start at login"),
        "bool",
        False,
        QT_TRANSLATE_NOOP("Settings", "Start Desk Mobility when you log in."),
    ),
    SettingSpec(
        "notifications",
        QT_TRANSLATE_NOOP("Settings", "General"),
        QT_TRANSLATE_NOOP("Settings", "Notifications"),
        "bool",
        True,
        QT_TRANSLATE_NOOP("Settings", "Announce a due break with a desktop notification."),
    ),
    SettingSpec(
        "chime",
        QT_TRANSLATE_NOOP("Settings", "General"),
        QT_TRANSLATE_NOOP("Settings", "Chime with the notification"),
        "bool",
        True,
        QT_TRANSLATE_NOOP(
            "Settings", "A short sound when a break is due (never during quiet times)."
        ),
    ),
    SettingSpec(
        "week_starts_on",
        QT_TRANSLATE_NOOP("Settings", "General"),
        QT_TRANSLATE_NOOP("Settings", "Week starts on"),
        "choice",
        "locale",
        QT_TRANSLATE_NOOP("Settings", "First day of the week in the weekly history."),
        choices=("locale", "monday", "sunday"),
    ),
    SettingSpec(
        "language",
        QT_TRANSLATE_NOOP("Settings", "General"),
        QT_TRANSLATE_NOOP("Settings", "Language"),
        "choice",
        "system",
        QT_TRANSLATE_NOOP(
            "Settings", "The language of the app; \u201csystem\u201d follows your desktop."
        ),
        choices=LANGUAGES,
    ),
)

SPEC_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


def _default(key: str) -> Any:
    """A field's default, read from its row of ``SETTINGS``: the table is the one source."""
    return SPEC_BY_KEY[key].default


@dataclass(frozen=True, slots=True)
class Settings:
    """The values in force. Build changed copies with ``dataclasses.replace``.

    One field per row of ``SETTINGS``, in its order, with the row's default
    (a test checks the fields and the rows match).
    """

    sit_minutes: int = _default("sit_minutes")
    natural_break_minutes: int = _default("natural_break_minutes")
    short_idle_seconds: int = _default("short_idle_seconds")
    snooze_minutes: int = _default("snooze_minutes")
    reoffer_minutes: int = _default("reoffer_minutes")
    working_days: tuple[str, ...] = _default("working_days")
    work_start: time = _default("work_start")  # noqa: RUF009 - a time is immutable
    work_end: time = _default("work_end")  # noqa: RUF009 - a time is immutable
    quiet_when_fullscreen: bool = _default("quiet_when_fullscreen")
    quiet_during_calls: bool = _default("quiet_during_calls")
    quiet_when_dnd: bool = _default("quiet_when_dnd")
    polite_pause_seconds: int = _default("polite_pause_seconds")
    polite_cap_seconds: int = _default("polite_cap_seconds")
    sets: int = _default("sets")
    reps_per_direction: int = _default("reps_per_direction")
    turn_seconds: float = _default("turn_seconds")
    hold_seconds: float = _default("hold_seconds")
    return_seconds: float = _default("return_seconds")
    rest_seconds: int = _default("rest_seconds")
    mode: str = _default("mode")
    sounds: bool = _default("sounds")
    volume: int = _default("volume")
    reduced_motion: bool = _default("reduced_motion")
    start_at_login: bool = _default("start_at_login")
    notifications: bool = _default("notifications")
    chime: bool = _default("chime")
    week_starts_on: str = _default("week_starts_on")
    language: str = _default("language")


class SettingsError(ValueError):
    """A value that cannot be used; the message names the key and the reason."""

    def __init__(self, key: str, reason: str, related: tuple[str, ...] = ()) -> None:
        """``reason`` is best a ``Text``, so the dialog can show it in the user's language."""
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason
        # The other keys in a cross-field rule: resetting ``key`` alone may not
        # be enough when the file moved both (e.g. an evening start).
        self.related = related


SHOWN_CHARACTERS = 40


def shown(raw: object) -> str:
    """A value as a message quotes it: short, whatever the file held.

    Digits are counted before ``repr``, which refuses (or takes ages over) an
    int of thousands of digits.
    """
    if isinstance(raw, int) and not isinstance(raw, bool) and raw.bit_length() > 64:
        sign = "-" if raw < 0 else ""
        return f"a {sign}number of about {int(raw.bit_length() * 0.30103) + 1} digits"
    if isinstance(raw, dict):
        return "a table"
    if isinstance(raw, list) and len(raw) > 8:
        return f"a list of {len(raw)} values"
    text = repr(raw)
    if len(text) > SHOWN_CHARACTERS:
        text = text[: SHOWN_CHARACTERS - 1] + "…"
    return text


def coerce(spec: SettingSpec, raw: object) -> Any:
    """Turn a raw value (from TOML or a widget) into the typed value, or raise."""
    if spec.kind == "bool":
        if not isinstance(raw, bool):
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "expected true or false, got {value}"),
                    value=shown(raw),
                ),
            )
        return raw
    if spec.kind in ("int", "float"):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "expected a number, got {value}"),
                    value=shown(raw),
                ),
            )
        if spec.kind == "int" and isinstance(raw, float) and not raw.is_integer():
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "expected a whole number, got {value}"),
                    value=shown(raw),
                ),
            )
        # A float is checked for nan/inf; an int never overflows a comparison,
        # so the bounds are checked before any conversion (a 400-digit number
        # would overflow float(), math.isfinite() and a message's formatting).
        if isinstance(raw, float) and not math.isfinite(raw):
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "expected a finite number, got {value}"),
                    value=shown(raw),
                ),
            )
        if spec.minimum is not None and raw < spec.minimum:
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "{value} is below the minimum {minimum}"),
                    value=shown(raw),
                    minimum=spec.minimum,
                ),
            )
        if spec.maximum is not None and raw > spec.maximum:
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "{value} is above the maximum {maximum}"),
                    value=shown(raw),
                    maximum=spec.maximum,
                ),
            )
        return int(raw) if spec.kind == "int" else float(raw)
    if spec.kind == "choice":
        if raw not in spec.choices:
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP("Settings", "{value} is not one of {choices}"),
                    value=shown(raw),
                    choices=", ".join(spec.choices),
                ),
            )
        return raw
    if spec.kind == "time":
        if isinstance(raw, time):
            return raw.replace(second=0, microsecond=0)
        if isinstance(raw, str):
            try:
                hours, minutes = raw.split(":")
                return time(int(hours), int(minutes))
            except (ValueError, OverflowError):
                pass
        raise SettingsError(
            spec.key,
            _t(
                QT_TRANSLATE_NOOP("Settings", 'expected a time like "08:30", got {value}'),
                value=shown(raw),
            ),
        )
    if spec.kind == "days":
        if not isinstance(raw, list | tuple) or not all(isinstance(d, str) for d in raw):
            raise SettingsError(
                spec.key,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Settings", 'expected a list of days like ["mon"], got {value}'
                    ),
                    value=shown(raw),
                ),
            )
        days = [d.lower()[:3] for d in raw]
        unknown = [d for d in days if d not in WEEKDAYS]
        if unknown:
            raise SettingsError(
                spec.key,
                _t(QT_TRANSLATE_NOOP("Settings", "unknown day {day}"), day=shown(unknown[0])),
            )
        return tuple(d for d in WEEKDAYS if d in days)
    raise SettingsError(spec.key, f"unknown kind {spec.kind}")  # pragma: no cover


def cross_check(settings: Settings) -> list[SettingsError]:
    """Rules that span keys: each error names the key to change."""
    problems: list[SettingsError] = []
    if settings.natural_break_minutes >= settings.sit_minutes:
        problems.append(
            SettingsError(
                "natural_break_minutes",
                _t(
                    QT_TRANSLATE_NOOP(
                        "Settings",
                        "a natural break ({natural} min) must be shorter than "
                        "the sitting interval ({sit} min)",
                    ),
                    natural=settings.natural_break_minutes,
                    sit=settings.sit_minutes,
                ),
                ("sit_minutes",),
            )
        )
    if settings.short_idle_seconds >= settings.natural_break_minutes * 60:
        problems.append(
            SettingsError(
                "short_idle_seconds",
                _t(
                    QT_TRANSLATE_NOOP(
                        "Settings",
                        "short idle ({idle} s) must be shorter than "
                        "a natural break ({natural} min)",
                    ),
                    idle=settings.short_idle_seconds,
                    natural=settings.natural_break_minutes,
                ),
                ("natural_break_minutes",),
            )
        )
    if not settings.working_days:
        problems.append(
            SettingsError(
                "working_days",
                _t(
                    QT_TRANSLATE_NOOP(
                        "Settings", "choose at least one working day, or no break is ever due"
                    )
                ),
            )
        )
    if settings.work_end <= settings.work_start:
        problems.append(
            SettingsError(
                "work_end",
                _t(
                    QT_TRANSLATE_NOOP(
                        "Settings", "working hours end ({end}) before they start ({start})"
                    ),
                    end=f"{settings.work_end:%H:%M}",
                    start=f"{settings.work_start:%H:%M}",
                ),
                ("work_start",),
            )
        )
    return problems


def validated(current: Settings, changes: dict[str, object]) -> Settings:
    """Apply ``changes`` to ``current`` or raise, leaving ``current`` in force.

    Used by the dialog and by anything else that edits settings: the first
    problem found is raised with the key and the reason.
    """
    typed: dict[str, Any] = {}
    for key, raw in changes.items():
        spec = SPEC_BY_KEY.get(key)
        if spec is None:
            raise SettingsError(key, _t(QT_TRANSLATE_NOOP("Settings", "unknown setting")))
        typed[key] = coerce(spec, raw)
    candidate = replace(current, **typed)
    problems = cross_check(candidate)
    if problems:
        raise problems[0]
    return candidate


def format_value(spec: SettingSpec, value: Any) -> str:
    """A value as it is written in the settings file."""
    if spec.kind == "bool":
        return "true" if value else "false"
    if spec.kind in ("choice", "time"):
        text = value.strftime("%H:%M") if isinstance(value, time) else str(value)
        return f'"{text}"'
    if spec.kind == "days":
        return "[" + ", ".join(f'"{d}"' for d in value) + "]"
    return repr(value)


def dumps(settings: Settings) -> str:
    """Readable TOML, one section per group, each key with its description."""
    lines = ["# Desk Mobility settings. Edit while the app is closed, or use Settings.", ""]
    section = None
    for spec in SETTINGS:
        if spec.section != section:
            if section is not None:
                lines.append("")
            section = spec.section
            lines.append(f"[{section.lower()}]")
        bounds = ""
        if spec.minimum is not None:
            bounds = f" ({spec.minimum:g}-{spec.maximum:g}{(' ' + spec.unit) if spec.unit else ''})"
        elif spec.choices and spec.kind == "choice":
            bounds = f" ({' | '.join(spec.choices)})"
        lines.append(f"# {spec.description}{bounds}")
        lines.append(f"{spec.key} = {format_value(spec, getattr(settings, spec.key))}")
    return "\n".join(lines) + "\n"


SECTIONS: dict[str, tuple[str, ...]] = {}
for _spec in SETTINGS:
    SECTIONS.setdefault(_spec.section.lower(), ())
    SECTIONS[_spec.section.lower()] += (_spec.key,)
NAMES_IN_A_MESSAGE = 8


def _t(source: str, **args: Any) -> Text:
    """A message of the settings, translated where it is shown (see ``core.text``)."""
    return Text("Settings", source, **args)


def _using_default(err: SettingsError, spec: SettingSpec) -> Text:
    return _t(
        QT_TRANSLATE_NOOP("Settings", "{key}: {reason}; using the default {default}"),
        key=err.key,
        reason=err.reason,
        default=format_value(spec, spec.default),
    )


def interpret(data: dict[str, Any]) -> tuple[Settings, tuple[str, ...]]:
    """Settings from parsed TOML, with one plain message per value not used.

    Only a key in a known section is applied (its own, or another one it
    may have lived in before): a key at the top level, in an unknown section
    or in a list of tables (``[[breaks]]``) is named and left out, so the
    file means exactly what it says. Unknown names are gathered
    into one message however many there are. Pure, so every rule about what
    a file may say is tested without a file.
    """
    problems: list[Text] = []
    unknown_sections: list[str] = []
    unknown_keys: list[str] = []
    misplaced: list[str] = []
    values: dict[str, Any] = {}
    for name, content in data.items():
        if name not in SECTIONS:
            if isinstance(content, dict):
                unknown_sections.append(f"[{_cut(name)}]")
            elif name in SPEC_BY_KEY:
                misplaced.append(_misplaced(name, name))
            else:
                unknown_keys.append(_cut(name))
            continue
        if not isinstance(content, dict):
            if isinstance(content, list):
                written = QT_TRANSLATE_NOOP(
                    "Settings",
                    "[{name}] is written as a list of tables [[{name}]]; its settings go in "
                    "one [{name}] table. Nothing in it was applied.",
                )
            else:
                written = QT_TRANSLATE_NOOP(
                    "Settings",
                    "[{name}] is written as a value; its settings go in one [{name}] table. "
                    "Nothing in it was applied.",
                )
            problems.append(_t(written, name=name))
            continue
        for key, raw in content.items():
            spec = SPEC_BY_KEY.get(key)
            if spec is None:
                unknown_keys.append(_cut(f"{name}.{key}"))
            else:
                # A key in another known section is applied all the same: keys
                # move between sections from one version to the next, and a
                # file written by the older one must keep working.
                try:
                    values[key] = coerce(spec, raw)
                except SettingsError as err:
                    problems.append(_using_default(err, spec))
    if unknown_sections:
        problems.append(
            _t(
                QT_TRANSLATE_NOOP("Settings", "Unknown section {names}, not applied.")
                if len(unknown_sections) == 1
                else QT_TRANSLATE_NOOP("Settings", "Unknown sections {names}, not applied."),
                names=_listed(unknown_sections),
            )
        )
    if unknown_keys:
        problems.append(
            _t(
                QT_TRANSLATE_NOOP("Settings", "Unknown setting {names}, ignored.")
                if len(unknown_keys) == 1
                else QT_TRANSLATE_NOOP("Settings", "Unknown settings {names}, ignored."),
                names=_listed(unknown_keys),
            )
        )
    if misplaced:
        problems.append(
            _t(
                QT_TRANSLATE_NOOP("Settings", "In the wrong place, not applied: {names}."),
                names=_listed(misplaced),
            )
        )
    settings = replace(Settings(), **values)
    for clash in cross_check(settings):
        spec = SPEC_BY_KEY[clash.key]
        settings = replace(settings, **{clash.key: spec.default})
        problems.append(_using_default(clash, spec))
        if any(still.key == clash.key for still in cross_check(settings)):
            for key in clash.related:
                other = SPEC_BY_KEY[key]
                settings = replace(settings, **{key: other.default})
                problems.append(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Settings", "{key}: reset with {other}; using the default {default}"
                        ),
                        key=key,
                        other=clash.key,
                        default=format_value(other, other.default),
                    )
                )
    if cross_check(settings):  # defaults for the offending keys still clash
        settings = Settings()
        problems.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "Settings", "settings conflict with each other; all defaults are in use"
                )
            )
        )
    return settings, tuple(problems)


def _misplaced(written: str, key: str) -> Text:
    return _t(
        QT_TRANSLATE_NOOP("Settings", "{name} (it belongs under [{section}])"),
        name=_cut(written),
        section=SPEC_BY_KEY[key].section.lower(),
    )


def _cut(name: str) -> str:
    return name if len(name) <= SHOWN_CHARACTERS else name[: SHOWN_CHARACTERS - 1] + "…"


def _listed(names: list[str]) -> str:
    """ "foo, bar" or "foo, bar and 3 more": a message names a few, counts the rest."""
    cut = ", ".join(names[:NAMES_IN_A_MESSAGE])
    if len(names) > NAMES_IN_A_MESSAGE:
        return _t(
            QT_TRANSLATE_NOOP("Settings", "{names} and {count} more"),
            names=cut,
            count=f"{len(names) - NAMES_IN_A_MESSAGE:,}",
        )
    return cut
