"""The floor Desk Mobility is measured against: a bare PySide6 tray icon with one timer.

An icon, a one-entry menu and a timer that wakes every 10 s (the app's own
sampling period) and does nothing: what any PySide6 tray app pays before it
does anything useful. bench/footprint.py starts it exactly as it starts the
app: ``python <script>`` in the same session.
"""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def show_bare_icon() -> tuple[QApplication, QSystemTrayIcon, QMenu]:
    """The application, the icon with its one-entry menu, shown: what both floors share."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#1b9aaa"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    icon.setContextMenu(menu)
    icon.show()
    return app, icon, menu


def main() -> int:
    app, _icon, _menu = show_bare_icon()
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(10_000)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
