"""Giving memory back once start-up is over, so an idle tray app stays small.

Two things hold memory a tray app idling for hours has no use for:

- PySide6 hooks every import to look for ``from __feature__ import`` lines,
  reading each module's whole source through ``inspect.getsource``. The text
  stays in ``linecache`` (about 10 MB for this app's imports). Tracebacks
  reread what they need, so the cache can go.
- Objects in a reference cycle (a closed window and the helpers that point
  back at it) wait for Python's cyclic collector, which an idle app, making
  few new objects, may not run for hours; they are collected here first.
- glibc keeps memory that Python and Qt have freed (start-up parsing, a closed
  guide's picture caches) in its heap for reuse; ``malloc_trim`` returns it.
  Elsewhere (musl, macOS, Windows) there is nothing to trim.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import linecache
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
    """Collect cyclic garbage, drop cached source text, hand freed heap pages back to the OS.

    True when the heap could be trimmed here.
    """
    collected = gc.collect()
    if collected:
        log.debug("collected %d objects kept alive only by reference cycles", collected)
    linecache.clearcache()
    trim = _malloc_trim()
    if trim is None:
        return False
    released = bool(trim(0))
    log.debug("freed heap memory returned to the OS: %s", released)
    return True
