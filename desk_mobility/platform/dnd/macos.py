"""A macOS Focus (Do Not Disturb, Work, ...), where its records can be read.

From macOS 12 the Focus in force is kept in
``~/Library/DoNotDisturb/DB/Assertions.json``: an active Focus is an entry in
``storeAssertionRecords``. Newer systems may refuse the read without Full
Disk Access; then the source says "not known" and logs it once.
``focus_active`` decides over the parsed file, so it is tested anywhere.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ASSERTIONS = Path("~/Library/DoNotDisturb/DB/Assertions.json")


def focus_active(data: Any) -> bool:
    """True when any store in the file holds an assertion record."""
    if not isinstance(data, dict):
        return False
    stores = data.get("data")
    if not isinstance(stores, list):
        return False
    return any(isinstance(s, dict) and bool(s.get("storeAssertionRecords")) for s in stores)


class MacFocusSource:
    """Reads the Focus records near a break."""

    name = "macOS Focus"
    reason = "dnd"

    def __init__(self, path: Path = ASSERTIONS) -> None:
        self._path = path.expanduser()
        self._warned = False

    def read(self, near_due: bool) -> str | None:
        if not near_due:
            return None
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            if not self._warned:
                self._warned = True
                log.info("do-not-disturb: the macOS Focus cannot be read here (%s)", exc)
            return None
        return "Focus" if focus_active(data) else None

    def close(self) -> None:
        pass
