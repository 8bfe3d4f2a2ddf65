"""Break messages from the tray icon's own balloon (``QSystemTrayIcon.showMessage``).

The second link of the chain: Windows and macOS always have it, and on Linux
it serves a tray without a notification server (Qt draws its own balloon
beside an XEmbed tray). A click on the message means Start; Snooze and Skip
stay in the tray menu because a tray message carries no buttons.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desk_mobility.i18n.phrases import translate
from desk_mobility.platform.notify.base import (
    DEFAULT_ROUTINE_SUMMARY,
    NotifierBase,
    NotifierUnavailableError,
)

log = logging.getLogger(__name__)

# Qt's own balloon (Linux/XEmbed) stays until clicked or withdrawn when the
# timeout is 0; Windows and macOS apply their own rules and ignore it.
PERSISTENT_MS = 0
NOTICE_MS = 15000


class TrayNotifier(NotifierBase):
    """Shows a due break as a tray message; a click on it is Start.

    Emits ``start_requested`` (click) with the offer id. Never emits
    ``snooze_requested`` or ``skip_requested``: those live in the tray menu.
    A click that arrives after ``withdraw`` (a stale message still in the
    system's notification list) is ignored.
    """

    backend_name = "tray"

    @classmethod
    def create(
        cls,
        tray_icon: QSystemTrayIcon | None,
        *,
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        parent: QObject | None = None,
    ) -> TrayNotifier:
        if tray_icon is None:
            raise NotifierUnavailableError("no tray icon")
        if not QSystemTrayIcon.isSystemTrayAvailable():
            raise NotifierUnavailableError("no system tray on this desktop")
        if not QSystemTrayIcon.supportsMessages():
            raise NotifierUnavailableError("the system tray cannot show messages")
        return cls(tray_icon, routine_summary=routine_summary, parent=parent)

    def __init__(
        self,
        tray_icon: QSystemTrayIcon,
        *,
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(routine_summary, parent)
        self._tray = tray_icon
        self._offer_id: str | None = None
        # The folder of the notice on screen, when the last message was a notice.
        self._notice_folder: str | None = None
        self._tray.messageClicked.connect(self._on_clicked)

    @property
    def current_offer(self) -> str | None:
        return self._offer_id

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        if not self._tray.isVisible():
            log.warning("break %s not shown: the tray icon is hidden", offer_id)
            return False
        message = self.message_for(sat_seconds, snooze_minutes)
        # A new message replaces Qt's balloon in place, so a re-offer never stacks.
        self._tray.showMessage(
            message.title,
            f"{message.body}\nClick to start.",
            QSystemTrayIcon.MessageIcon.Information,
            PERSISTENT_MS,
        )
        self._offer_id = offer_id
        self._notice_folder = None
        return True

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        """A notice in the same balloon; a click on it opens ``folder`` when there is one."""
        if not self._tray.isVisible():
            return False
        click = translate("Notification", "Click to open the folder.")
        text = f"{body}\n{click}" if folder else body
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, NOTICE_MS)
        self._notice_folder = folder or ""
        return True

    def withdraw(self) -> None:
        self._offer_id = None
        _hide_qt_balloon()

    def close(self) -> None:
        if self._offer_id is not None:
            self.withdraw()
        # Already disconnected, or the tray icon is gone first at shutdown.
        with contextlib.suppress(RuntimeError, TypeError):
            self._tray.messageClicked.disconnect(self._on_clicked)

    def _on_clicked(self) -> None:
        folder, self._notice_folder = self._notice_folder, None
        if folder is not None:
            if folder:
                self.open_folder_requested.emit(folder)
            return
        offer_id, self._offer_id = self._offer_id, None
        if offer_id is None:
            log.debug("tray message clicked after it was withdrawn; ignored")
            return
        log.info("tray message clicked for break %s", offer_id)
        self.start_requested.emit(offer_id)


def _hide_qt_balloon() -> None:
    """Close the balloon Qt draws itself (XEmbed trays); Qt has no public call.

    Where the system draws the message (Windows, macOS, StatusNotifierItem)
    there is no such window and nothing happens: the stale message stays in
    the system's list and a click on it is ignored by ``TrayNotifier``.
    """
    for widget in QApplication.topLevelWidgets():
        if widget.metaObject().className() == "QBalloonTip" and widget.isVisible():
            widget.close()
