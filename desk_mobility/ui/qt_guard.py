"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

In that combination every Qt method that returns nothing (``setText``,
``update``, ``QPainter.drawLine`` ...) drops one reference to ``None``
instead of leaving it alone. ``None`` starts with a few thousand references,
so after some thousands of calls the interpreter aborts with "deallocating
None" - within seconds once the guide animates at 60 frames per second.

From Python 3.12 ``None`` is immortal and the bug is harmless. Below 3.12 the
guard first measures whether the installed PySide6 leaks, and only then gives
``None`` a reserve of references so large the leak can never exhaust it
(2**40: decades of drawing). It changes nothing where the bug is absent.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 40


def leaks_none() -> bool:
    """Whether a void PySide6 call loses a reference to None here."""
    from PySide6.QtGui import QColor

    color = QColor(0, 0, 0)
    before = sys.getrefcount(None)
    for _ in range(50):
        color.setAlpha(1)
    return sys.getrefcount(None) < before - 25


def keep_none_alive() -> bool:
    """Protect ``None`` if this PySide6 leaks it; returns whether it acted."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if sys.getrefcount(None) > _RESERVE // 2:  # already protected
        return False
    if not leaks_none():
        return False
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    log.warning("PySide6 drops references to None on this Python; a reserve was added")
    return True
