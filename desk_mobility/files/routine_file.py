"""The routine files on disk: the bundled drill, read and checked, in the user's language."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

from desk_mobility.core.routine.loader import routine_from_text
from desk_mobility.core.routine.model import Routine, RoutineError
from desk_mobility.core.routine.translation import translated, unknown_ids
from desk_mobility.files.paths import asset_path

log = logging.getLogger(__name__)


def load_routine(path: Path, language: str = "en") -> Routine:
    """Read and validate a routine file; every failure is a ``RoutineError``.

    With a ``language`` other than English, the texts of
    ``translations/<language>.toml`` beside the file replace the English ones
    they translate; a missing or broken translation keeps the English.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RoutineError("file", f"cannot be read ({exc.strerror})", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise RoutineError("file", f"is not valid TOML ({exc})", str(path)) from exc
    routine = routine_from_text(text, str(path))
    if language in ("", "en"):
        return routine
    texts = translation_texts(translation_path(path, language), routine.id)
    for key in unknown_ids(routine, texts):
        log.warning("%s: %s has no text %r", translation_path(path, language), routine.id, key)
    return translated(routine, texts)


def translation_path(routine_path: Path, language: str) -> Path:
    return routine_path.parent / "translations" / f"{language}.toml"


def translation_texts(path: Path, routine_id: str) -> dict[str, str]:
    """The table for ``routine_id`` in a translation file; empty if there is none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("translation %s not used: %s", path, exc)
        return {}
    table = data.get(routine_id, {})
    if not isinstance(table, dict):
        return {}
    return {str(key): value for key, value in table.items() if isinstance(value, str)}


def default_routine_path() -> Path:
    """The bundled seated thoracic rotation."""
    return asset_path("routines", "seated-thoracic-rotation.toml")
