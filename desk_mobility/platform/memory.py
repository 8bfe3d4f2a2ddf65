"""Giving freed memory back to the OS, so an idle tray app stays small.

glibc keeps memory that Python and Qt have freed (start-up parsing, a closed
guide's picture caches) in its heap for reuse; a tray app that then idles for
hours would hold it for nothing. ``malloc_trim`` returns it. Elsewhere (musl,
macOS, Windows) there is nothing to do.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from functools import cache

log = logging.getLogger(__name__)


@cache
def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Hand freed heap pages back to the OS; True when anything could be done."""
    trim = _malloc_trim()
    if trim is None:
        return False
    released = bool(trim(0))
    log.debug("freed heap memory returned to the OS: %s", released)
    return True
