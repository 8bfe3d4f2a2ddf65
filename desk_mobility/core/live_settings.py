"""The settings in force, and the parts that follow them.

One holder keeps the current ``Settings``; each part that needs to react to
a change (the break scheduler, the pacing sounds, the tray's menu, an open
guide, the weekly view) subscribes once, instead of the app pushing every
change to each part by hand. The holder changes its value before it tells
anyone, so a listener that reads other parts sees the new settings
everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desk_mobility.core.settings import Settings

log = logging.getLogger(__name__)

Listener = Callable[[Settings, Settings], None]  # (old, new)


class LiveSettings:
    """An observable ``Settings`` value: ``current``, ``subscribe``, ``change``."""

    def __init__(self, settings: Settings) -> None:
        self._current = settings
        self._listeners: list[Listener] = []

    @property
    def current(self) -> Settings:
        return self._current

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(old, new)`` on every change, in order; returns how to stop."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def change(self, new: Settings) -> bool:
        """Make ``new`` the settings in force and tell every listener once; False if unchanged."""
        old = self._current
        if new == old:
            return False
        self._current = new
        for listener in list(self._listeners):
            listener(old, new)
        return True
