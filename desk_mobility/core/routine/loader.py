"""Turn a routine file's text into a checked ``Routine``, naming the bad field.

Reading the file is the caller's job (``files.routine_file``), so the rules
are tested on strings.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import cast

from desk_mobility.core.events import Direction
from desk_mobility.core.routine.model import (
    DIRECTIONS,
    SETUP_PICTURES,
    About,
    Compensation,
    Routine,
    RoutineError,
    SetupStep,
)

DEFAULT_SWITCH_SECONDS = 3.0
# Keys an older routine file carried: the settings own them now (see Routine).
MOVED_TO_SETTINGS = (
    "sets",
    "reps_per_direction",
    "rest_seconds",
    "turn_seconds",
    "hold_seconds",
    "return_seconds",
)


class _Reader:
    """Typed access to a parsed TOML table that names the field on failure."""

    def __init__(self, data: Mapping[str, object], prefix: str, source: str) -> None:
        self._data = data
        self._prefix = prefix
        self._source = source

    def _name(self, key: str) -> str:
        return f"{self._prefix}{key}"

    def fail(self, key: str, reason: str) -> RoutineError:
        return RoutineError(self._name(key), reason, self._source)

    def raw(self, key: str, *, required: bool = True) -> object:
        if key not in self._data:
            if required:
                raise self.fail(key, "missing")
            return None
        return self._data[key]

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.raw(key, required=required)
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"expected non-empty text, got {value!r}")
        return " ".join(value.split())

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.raw(key, required=required)
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            raise self.fail(key, f"expected a non-empty list of text, got {value!r}")
        out: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise RoutineError(
                    f"{self._name(key)}[{index}]", f"expected text, got {item!r}", self._source
                )
            out.append(" ".join(item.split()))
        return tuple(out)

    def number(self, key: str, low: float, high: float) -> float:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"expected a number, got {value!r}")
        if not low <= value <= high:
            raise self.fail(key, f"{value} is outside {low:g}-{high:g}")
        return float(value)

    def whole(self, key: str, low: int, high: int) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected a whole number, got {value!r}")
        if not low <= value <= high:
            raise self.fail(key, f"{value} is outside {low}-{high}")
        return value

    def table(self, key: str, *, required: bool = True) -> _Reader:
        value = self.raw(key, required=required)
        if value is None:
            return _Reader({}, self._name(key) + ".", self._source)
        if not isinstance(value, dict):
            raise self.fail(key, f"expected a table, got {value!r}")
        return _Reader(cast(Mapping[str, object], value), self._name(key) + ".", self._source)

    def tables(self, key: str) -> list[_Reader]:
        value = self.raw(key)
        if not isinstance(value, list) or not value:
            raise self.fail(key, "expected a non-empty list of tables")
        readers: list[_Reader] = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise RoutineError(
                    f"{self._name(key)}[{index}]", f"expected a table, got {item!r}", self._source
                )
            readers.append(
                _Reader(
                    cast(Mapping[str, object], item), f"{self._name(key)}[{index}].", self._source
                )
            )
        return readers


def _setup_step(step: _Reader) -> SetupStep:
    picture = step.text("picture", required=False)
    if picture and picture not in SETUP_PICTURES:
        raise step.fail("picture", f"{picture!r} is not one of {', '.join(SETUP_PICTURES)}")
    return SetupStep(
        title=step.text("title"), detail=step.text("detail", required=False), picture=picture
    )


def parse_routine(data: Mapping[str, object], source: str = "") -> Routine:
    """Build a ``Routine`` from parsed TOML, or raise ``RoutineError``."""
    top = _Reader(data, "", source)
    dose = top.table("dose")
    directions_raw = dose.raw("directions")
    if not isinstance(directions_raw, list) or not directions_raw:
        raise dose.fail("directions", 'expected a list like ["right", "left"]')
    directions: list[Direction] = []
    for index, item in enumerate(directions_raw):
        if item not in DIRECTIONS:
            raise RoutineError(
                f"dose.directions[{index}]",
                f"{item!r} is not one of {', '.join(DIRECTIONS)}",
                source,
            )
        if item in directions:
            raise RoutineError(f"dose.directions[{index}]", f"{item!r} appears twice", source)
        directions.append(cast(Direction, item))
    tempo = top.table("tempo", required=False)
    for section, reader in (("dose", dose), ("tempo", tempo)):
        for key in MOVED_TO_SETTINGS:
            if reader.raw(key, required=False) is not None:
                raise reader.fail(
                    key,
                    f"is a setting ({key} in settings.toml, or Settings), not part of the "
                    f"routine file; remove it from [{section}]",
                )
    cues = top.table("cues")
    about = top.table("about", required=False)
    routine_id = top.text("id")
    if not all(c.isalnum() or c in "-_" for c in routine_id):
        raise top.fail("id", f"use letters, digits, '-' or '_' only, got {routine_id!r}")
    return Routine(
        id=routine_id,
        title=top.text("title"),
        tagline=top.text("tagline", required=False),
        why=top.text("why"),
        disclaimer=top.text("disclaimer"),
        equipment=top.texts("equipment"),
        setup=tuple(_setup_step(step) for step in top.tables("setup")),
        early_cues=cues.texts("early"),
        late_cues=cues.texts("late"),
        compensations=tuple(
            Compensation(name=comp.text("name"), cue=comp.text("cue"))
            for comp in top.tables("compensations")
        ),
        directions=tuple(directions),
        switch_seconds=(
            tempo.number("switch_seconds", 0, 30)
            if tempo.raw("switch_seconds", required=False) is not None
            else DEFAULT_SWITCH_SECONDS
        ),
        about=About(
            what=about.text("what", required=False),
            key_detail=about.text("key_detail", required=False),
            causes=about.texts("causes", required=False),
            benefits=about.texts("benefits", required=False),
            signs=about.texts("signs", required=False),
            not_this=about.text("not_this", required=False),
        ),
    )


def routine_from_text(text: str, source: str = "") -> Routine:
    """Parse and validate a routine file's text; every failure is a ``RoutineError``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError("file", f"is not valid TOML ({exc})", source) from exc
    return parse_routine(data, source)
