"""The sitting state file: what a relaunch needs to continue where it stopped.

A small JSON document (``AppPaths.state_file``) written atomically, so a
crash mid-write keeps the previous state, and read forgivingly, so a damaged
file only costs the current stretch, never a start-up.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from desk_mobility.files.atomic_file import write_text_atomically

log = logging.getLogger(__name__)


def save_state(path: Path, state: dict[str, Any]) -> None:
    """Write ``state`` as JSON; the old file stays intact until the new one is complete."""
    write_text_atomically(path, json.dumps(state, indent=1, sort_keys=True))


def load_state(path: Path) -> dict[str, Any]:
    """The saved state, or an empty dict when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("sitting state %s unreadable, starting afresh: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        log.warning("sitting state %s is not an object, starting afresh", path)
        return {}
    return data
