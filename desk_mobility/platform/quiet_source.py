"""What every watcher of a quiet reason (a call, do-not-disturb) looks like to the shell.

Some watchers hear about changes as they happen (D-Bus properties, and the
sound server while a break is near: its watcher is a child process started on
the first look near a break and stopped after) and say so through
``changed``; their ``read`` costs nothing. Others must look (``/proc`` for a
camera, the Windows registry, CoreAudio): they look only when ``near_due`` is
true, because only then does the answer matter, and answer None otherwise.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal


class QuietSource(Protocol):
    """One watcher: ``reason`` is ``call`` or ``dnd``; ``read`` gives a detail or None."""

    name: str
    reason: str

    def read(self, near_due: bool) -> str | None:
        """The program or service behind the quiet reason while it holds, else None."""
        ...

    def close(self) -> None: ...


class SourceSignals(QObject):
    """The ``changed`` signal a watcher that hears about changes emits (from any thread)."""

    changed = Signal()
