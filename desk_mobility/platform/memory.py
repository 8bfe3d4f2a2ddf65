"""Giving memory back once start-up is over, so an idle tray app stays small.

Three things hold memory a tray app idling for hours has no use for, and one
costs it CPU:

- PySide6 hooks every import to look for ``from __feature__ import`` lines,
  reading each module's whole source through ``inspect.getsource``. The text
  stays in ``linecache``: about 7.5 MB of small strings for this app's
  imports, made between the objects the imports keep. Dropped once start-up
  is over it would leave that much in holes Python's allocator cannot return
  (6 of its 1 MB arenas, measured with bench/import_account.py), so it is
  dropped at each import instead (``drop_source_text_at_each_import``), and the
  next import reuses the memory. Tracebacks reread what they need.
- Objects in a reference cycle (a closed window and the helpers that point
  back at it) wait for Python's cyclic collector, which an idle app, making
  few new objects, may not run for hours; they are collected here first.
- glibc keeps memory that Python and Qt have freed (start-up parsing, a closed
  guide's picture caches) in its heap for reuse; ``malloc_trim`` returns it.
  Elsewhere (musl, macOS, Windows) there is nothing to trim.
- The garbage collector's full collections walk every container object the
  app holds, most of them made at start-up and alive until it quits (about
  40,000: 10 ms each time). Once start-up is over they are moved out of its
  sight (``gc.freeze``), so a full collection only walks what came after.
"""

from __future__ import annotations

import gc
import linecache
import logging
import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

log = logging.getLogger(__name__)

_dropping = False


def drop_source_text_at_each_import() -> None:
    """From now on, empty ``linecache`` whenever a module is about to be imported.

    An audit hook (PEP 578) sees each import start; what PySide6's hook read
    for the module before is gone by then. It stays for the app's life (audit
    hooks cannot be removed), so modules a window loads later are read and
    dropped the same way; its cost is one comparison per audited event.
    """
    global _dropping  # noqa: PLW0603 - one hook per process
    if _dropping:
        return
    _dropping = True
    sys.addaudithook(_drop_source_text)


def _drop_source_text(event: str, _args: tuple[object, ...]) -> None:
    if event == "import":
        linecache.clearcache()


@cache
def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    if not sys.platform.startswith("linux"):
        return None
    # Here, not at the top: this module is imported before the tray icon is
    # shown, and ctypes is not needed until start-up is over.
    import ctypes

    try:
        # The process's own symbols, libc's among them: no library to look up.
        trim = ctypes.CDLL(None).malloc_trim
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


def settle_after_start() -> bool:
    """Once start-up is over: collect, keep the collector off what is left, and give memory back.

    Objects alive now live as long as the app; a cycle among them that is
    dropped later is not collected, which only start-up objects risk, and
    windows are built after this. True when the heap could be trimmed.
    """
    released = release_freed_memory()  # collects first
    gc.freeze()
    return released
