"""The call and do-not-disturb watchers, told to the break machine's quiet policy.

The watchers that hear changes (the sound server, D-Bus properties) make
the scheduler look at once through ``changed``, so a break that waited for a
call is offered as soon as the call ends; the ones that must look are asked
only near a break. Several watchers of one reason (microphone and camera)
make one answer: a call while any of them says so.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desk_mobility.core.quiet import CALL, DND, QuietPolicy
from desk_mobility.platform.quiet_source import QuietSource

log = logging.getLogger(__name__)


class QuietWatch(QObject):
    """Holds the watchers; emits ``changed`` (coalesced) when one of them heard a change."""

    changed = Signal()

    def __init__(self, sources: Sequence[QuietSource], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources = list(sources)
        self._failed: set[str] = set()
        # Signals from watcher threads queue here; a burst of them is one look.
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(0)
        self._coalesce.timeout.connect(self.changed.emit)
        for source in self.sources:
            signals = getattr(source, "signals", None)
            if signals is not None:
                signals.changed.connect(self._coalesce.start)

    def report(self, policy: QuietPolicy, now: datetime, near_due: bool) -> None:
        """Ask every watcher and tell the policy what holds now."""
        details: dict[str, list[str]] = {CALL: [], DND: []}
        held: set[str] = set()
        for source in self.sources:
            try:
                detail = source.read(near_due)
            except Exception as exc:  # one broken watcher must not stop the checks
                if source.name not in self._failed:
                    self._failed.add(source.name)
                    log.warning("%s could not be read: %s", source.name, exc)
                continue
            details.setdefault(source.reason, [])
            if detail is not None:
                held.add(source.reason)
                if detail:
                    details[source.reason].append(detail)
        for reason, found in details.items():
            policy.report(reason, reason in held, now, ", ".join(found))

    def close(self) -> None:
        self._coalesce.stop()
        for source in self.sources:
            try:
                source.close()
            except Exception as exc:
                log.warning("%s did not close cleanly: %s", source.name, exc)
