"""Break messages through plyer: the last resort before showing nothing.

plyer reports no click and returns no id, so this backend can neither
replace nor withdraw what it showed; the tray menu is how the user acts.
Its platform module is loaded directly (not through ``plyer.notification``,
which caches its first answer for the whole process) so the start-up probe
sees the machine as it is now.
"""

from __future__ import annotations

import importlib
import logging
import sys
import warnings
from typing import Any

from plyer.facades import Notification
from PySide6.QtCore import QObject

from desk_mobility.platform.notify.base import (
    DEFAULT_ROUTINE_SUMMARY,
    NotifierBase,
    NotifierUnavailableError,
)

log = logging.getLogger(__name__)

# plyer's names for the platforms it supports.
_PLYER_PLATFORMS = {"linux": "linux", "win32": "win", "darwin": "macosx"}
# Seconds plyer passes on where it can; a due break must not vanish quickly.
TIMEOUT_SECONDS = 600


class PlyerNotifier(NotifierBase):
    """Shows a due break through plyer's ``notification.notify`` (no buttons, no click).

    Emits nothing: plyer reports neither clicks nor closing.
    """

    backend_name = "plyer"

    @classmethod
    def create(
        cls,
        *,
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        app_name: str = "Desk Mobility",
        app_icon: str = "",
        platform: str = sys.platform,
        parent: QObject | None = None,
    ) -> PlyerNotifier:
        key = next((v for k, v in _PLYER_PLATFORMS.items() if platform.startswith(k)), None)
        if key is None:
            raise NotifierUnavailableError(f"plyer has no notifications for {platform}")
        try:
            module = importlib.import_module(f"plyer.platforms.{key}.notification")
            # plyer warns (rather than fails) while probing for its helpers.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                implementation = module.instance()
        except Exception as err:  # plyer raises anything a platform import can
            raise NotifierUnavailableError(f"plyer cannot load its {key} backend: {err}") from err
        if type(implementation) is Notification:
            raise NotifierUnavailableError(f"plyer found no way to notify on {key}")
        return cls(
            implementation,
            routine_summary=routine_summary,
            app_name=app_name,
            app_icon=app_icon,
            parent=parent,
        )

    def __init__(
        self,
        implementation: Any,
        *,
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        app_name: str = "Desk Mobility",
        app_icon: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(routine_summary, parent)
        self._impl = implementation
        self._app_name = app_name
        self._app_icon = app_icon
        self.implementation = type(implementation).__name__

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        message = self.message_for(sat_seconds, snooze_minutes)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._impl.notify(
                    title=message.title,
                    message=message.body,
                    app_name=self._app_name,
                    app_icon=self._app_icon,
                    timeout=TIMEOUT_SECONDS,
                )
        except Exception as err:  # a failing helper must not take the app down
            log.warning("break %s not shown by plyer %s: %s", offer_id, self.implementation, err)
            return False
        return True

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._impl.notify(
                    title=title,
                    message=body,
                    app_name=self._app_name,
                    app_icon=self._app_icon,
                    timeout=TIMEOUT_SECONDS,
                )
        except Exception as err:  # a failing helper must not take the app down
            log.warning("notice not shown by plyer %s: %s", self.implementation, err)
            return False
        return True

    def withdraw(self) -> None:
        """plyer cannot take a message back; it fades on the system's schedule."""
