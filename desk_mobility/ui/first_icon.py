"""The tray icon first: in the panel before the rest of the app is even imported.

A tray app is judged by how soon its icon appears. Importing the scheduler,
the history store, the notifier and the platform probes takes longer than Qt
itself, and none of it is needed to draw the icon. So the command line builds
the application object and shows the icon with this module alone, and the
composition root adopts both. The tray host embeds the icon while the rest
loads; its menu answers once the event loop runs, a fraction of a second later.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desk_mobility import APP_ID, APP_NAME, __version__
from desk_mobility.core.settings import Settings
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.tray import TrayIcon


@dataclass(frozen=True)
class FirstIcon:
    """What exists before the app is built: Qt, the actions, and the icon if there is a tray."""

    qt_app: QApplication
    actions: AppActions
    tray: TrayIcon | None


def start_qt() -> QApplication:
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    qt_app = QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)
    return qt_app


def show_first_icon() -> FirstIcon:
    """The application object and, where the desktop has a tray, the icon shown in it.

    The actions start with the default snooze length; the app sets the one
    from the settings once it has read them.
    """
    qt_app = start_qt()
    actions = AppActions(Settings().snooze_minutes)
    tray = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = TrayIcon(actions)
        tray.show()
    return FirstIcon(qt_app, actions, tray)
