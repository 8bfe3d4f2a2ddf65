"""The tray icon: tooltip countdown, a menu of the app's actions, the due look."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desk_mobility.i18n.phrases import translate
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.icons import palette_is_dark, progress_step, tray_icon

log = logging.getLogger(__name__)

DOCK_CHECKS_MS = (50, 150, 300, 600, 1200, 2500, 5000)


class TrayIcon(QObject):
    """Shows the app in the system tray. Emits ``docked(QRect)`` once the host embeds it.

    Every entry comes from ``AppActions``; the tray adds no behaviour of its own.
    On Wayland the icon is a StatusNotifierItem whose host shows the menu on a
    right click, and a window of the app cannot pop a menu at the pointer, so a
    left click emits ``clicked()`` for the app to open a window instead.
    """

    docked = Signal(QRect)
    clicked = Signal()

    def __init__(self, actions: AppActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        # (due, dark, step), as tray_icon takes them. set_state changes the
        # icon when one of them changes: the desktop turning dark, say.
        self._look = (False, palette_is_dark(), 0)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self._build_menu()
        self.icon = QSystemTrayIcon(tray_icon(*self._look))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._dock_reported = False
        self._shown = False

    def _build_menu(self) -> None:
        a = self._actions
        self.menu.addAction(a.status_action)
        self.menu.addSeparator()
        self.menu.addAction(a.start_action)
        self.menu.addAction(a.snooze_action)
        self.menu.addAction(a.skip_action)
        pause_menu = self.menu.addMenu("")
        self._pause_menu = pause_menu
        self.retranslate()
        for action in a.pause_actions():
            pause_menu.addAction(action)
        self.menu.addAction(a.resume_action)
        self.menu.addAction(a.remind_anyway_action)
        self.menu.addSeparator()
        self.menu.addAction(a.history_action)
        self.menu.addAction(a.settings_action)
        self.menu.addSeparator()
        self.menu.addAction(a.quit_action)

    def retranslate(self) -> None:
        """The menu's own words; the actions retranslate themselves."""
        self._pause_menu.setTitle(translate("Tray", "Pause reminders"))

    def show(self) -> None:
        """Show the icon; once only, so the app can adopt an icon already shown."""
        if self._shown:
            return
        self._shown = True
        self.icon.show()
        # The host embeds the icon asynchronously; look a few times, then stop.
        # The looks are timed from when the event loop runs: an icon shown
        # before it (ui/first_icon.py) has its place only once Qt has read the
        # host's events, and before that its geometry is a made-up 0,0.
        QTimer.singleShot(0, self._watch_docking)

    def _watch_docking(self) -> None:
        for delay in DOCK_CHECKS_MS:
            QTimer.singleShot(delay, self._check_docked)

    def _check_docked(self) -> None:
        if self._dock_reported:
            return
        geometry = self.icon.geometry()
        if geometry.isValid() and not geometry.isEmpty():
            self._dock_reported = True
            log.info(
                "tray icon docked at %d,%d %dx%d",
                geometry.x(),
                geometry.y(),
                geometry.width(),
                geometry.height(),
            )
            self.docked.emit(geometry)

    def set_state(self, tooltip: str, break_due: bool, progress: float = 0.0) -> None:
        """Tooltip text, the due look, and the sitting progress ring (0..1)."""
        if tooltip != self.icon.toolTip():
            self.icon.setToolTip(tooltip)
        look = (break_due, palette_is_dark(), progress_step(progress))
        if look != self._look:
            self._look = look
            self.icon.setIcon(tray_icon(*look))

    def show_message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, self.icon.icon(), 15000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Trigger:
            return
        if QGuiApplication.platformName() == "wayland":
            self.clicked.emit()
        else:
            self.menu.popup(QCursor.pos())

    def dispose(self) -> None:
        """Hide and free the native icon before the application object goes."""
        self.icon.hide()
        self.icon.setContextMenu(None)  # type: ignore[arg-type]
        self.icon.deleteLater()
        self.menu.deleteLater()
