"""The settings file on disk: read it without ever failing start-up, write it atomically.

What a value may be lives in ``core.settings``; this module only moves text
between the file and that table.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desk_mobility.core.settings import Settings, dumps, interpret
from desk_mobility.files.atomic_file import write_text_atomically


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Settings in force after a load, and what the user must be told."""

    settings: Settings
    problems: tuple[str, ...] = ()
    moved_aside: Path | None = None


def load(path: Path) -> LoadResult:
    """Read settings; never raise for a bad file, report instead."""
    if not path.exists():
        return LoadResult(Settings())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        bad = path.with_name(path.name + ".bad")
        os.replace(path, bad)
        save(path, Settings())
        return LoadResult(
            Settings(),
            (
                f"The settings file could not be read ({exc}). It was kept as {bad} "
                "and the defaults are in use.",
            ),
            moved_aside=bad,
        )
    settings, problems = interpret(data)
    return LoadResult(settings, problems)


def save(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file intact."""
    write_text_atomically(path, dumps(settings))
