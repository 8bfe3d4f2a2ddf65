"""The routine files on disk: the bundled drill, read and checked."""

from __future__ import annotations

from pathlib import Path

from desk_mobility.core.routine.loader import routine_from_text
from desk_mobility.core.routine.model import Routine, RoutineError
from desk_mobility.files.paths import asset_path


def load_routine(path: Path) -> Routine:
    """Read and validate a routine file; every failure is a ``RoutineError``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RoutineError("file", f"cannot be read ({exc.strerror})", str(path)) from exc
    except UnicodeDecodeError as exc:
        raise RoutineError("file", f"is not valid TOML ({exc})", str(path)) from exc
    return routine_from_text(text, str(path))


def default_routine_path() -> Path:
    """The bundled seated thoracic rotation."""
    return asset_path("routines", "seated-thoracic-rotation.toml")
