"""The sitting state file: what a relaunch needs to continue where it stopped.

A small JSON document (``AppPaths.state_file``) written atomically, so a
crash mid-write keeps the previous state, and read forgivingly, so a damaged
file only costs the current stretch, never a start-up.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def save_state(path: Path, state: dict[str, Any]) -> None:
    """Write ``state`` as JSON; the old file stays intact until the new one is complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
