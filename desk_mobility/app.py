"""The composition root: the one place that builds concrete parts and wires them.

Everything else receives what it needs through its constructor. The app object
also answers commands from later launches (``--status``, ``--break-now``, ...)
and owns a clean shutdown: on Quit, ``--quit`` or SIGTERM it saves state,
releases the tray icon before the application object goes, and exits 0.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desk_mobility import APP_ID, APP_NAME, __version__, config
from desk_mobility.clock import Clock, SystemClock
from desk_mobility.instance import InstanceServer, Reply, send_command
from desk_mobility.logging_setup import configure as configure_logging
from desk_mobility.paths import AppPaths
from desk_mobility.status import AppStatus, as_json, status_line, tooltip
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.icons import app_icon
from desk_mobility.ui.no_tray_window import NoTrayWindow
from desk_mobility.ui.tray import TrayIcon

log = logging.getLogger(__name__)


class DeskMobilityApp(QObject):
    """Holds the running app's parts and routes user intents between them."""

    def __init__(self, qt_app: QApplication, paths: AppPaths, clock: Clock) -> None:
        super().__init__()
        self.qt_app = qt_app
        self.paths = paths
        self.clock = clock
        self._quitting = False
        loaded = config.load(paths.settings_file)
        self.settings = loaded.settings
        self.startup_messages: list[str] = list(loaded.problems)
        for problem in loaded.problems:
            log.warning("settings: %s", problem)

        self.actions = AppActions(self.settings.snooze_minutes, self)
        self.actions.quit.connect(self.quit)
        self.actions.start_break.connect(self.open_guide)

        self.tray: TrayIcon | None = None
        self.no_tray_window: NoTrayWindow | None = None
        self.tray_state = "none"

    # -- start-up ---------------------------------------------------------
    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = TrayIcon(self.actions, self)
            self.tray.show()
            self.tray.docked.connect(lambda _geometry: self._set_tray_state("docked"))
            self.tray_state = "shown"
            log.info("system tray available: showing the tray icon")
        else:
            log.warning("no system tray available: showing the Desk Mobility window instead")
            self.tray_state = "window"
            self.no_tray_window = NoTrayWindow(self.actions)
            self.no_tray_window.show()
        self.refresh()
        for message in self.startup_messages:
            self.tell_user("Settings", message)

    def _set_tray_state(self, state: str) -> None:
        self.tray_state = state

    # -- status -----------------------------------------------------------
    def status(self) -> AppStatus:
        return AppStatus(
            stage="sitting",
            sat_seconds=0.0,
            tray=self.tray_state,
            sit_interval_seconds=self.settings.sit_minutes * 60,
        )

    def refresh(self) -> None:
        """Push the current status to every surface that shows it."""
        status = self.status()
        now = self.clock.now()
        line = status_line(status, now)
        self.actions.update(status, line)
        if self.tray is not None:
            self.tray.set_state(tooltip(status, now), status.break_due)
        if self.no_tray_window is not None:
            self.no_tray_window.set_status_line(line)

    # -- user intents -----------------------------------------------------
    def open_guide(self) -> None:
        log.info("break routine requested")

    def tell_user(self, title: str, message: str) -> None:
        """A message the user must see (bad settings, a moved database)."""
        log.warning("%s: %s", title, message)
        if self.tray is not None:
            self.tray.show_message(f"{APP_NAME}: {title}", message)

    def handle_command(self, command: str) -> Reply:
        """A command from a later launch of the app."""
        if command == "status":
            return {"ok": True, "status": as_json(self.status(), self.clock.now())}
        if command == "quit":
            QTimer.singleShot(0, self.quit)
            return {"ok": True}
        if command == "break-now":
            self.open_guide()
            return {"ok": True}
        if command == "activate":
            if self.no_tray_window is not None:
                self.no_tray_window.show()
                self.no_tray_window.raise_()
                self.no_tray_window.activateWindow()
                return {
                    "ok": True,
                    "message": f"{APP_NAME} is already running; its window is shown again.",
                }
            return {
                "ok": True,
                "message": f"{APP_NAME} is already running: see its icon in the system tray.",
            }
        return {"ok": False, "error": f"{command} is not available"}

    # -- shutdown ---------------------------------------------------------
    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        log.info("quitting")
        if self.tray is not None:
            self.tray.dispose()
            self.tray = None
        if self.no_tray_window is not None:
            self.no_tray_window.hide()
            self.no_tray_window.deleteLater()
            self.no_tray_window = None
        self.qt_app.quit()


class _SignalBridge:
    """Lets SIGTERM/SIGINT reach Python while Qt's loop sleeps, without a polling timer.

    The C-level handler writes to a socket; a QSocketNotifier wakes the loop.
    """

    def __init__(self, on_signal: Any) -> None:
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(lambda *_: self._drain(on_signal))

    def _drain(self, on_signal: Any) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        if data:
            log.info("signal %s received", ", ".join(str(b) for b in data))
            on_signal()

    def close(self) -> None:
        signal.set_wakeup_fd(-1)
        self.notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def run(paths: AppPaths, address: str, initial_command: str | None, verbose: bool) -> int:
    """Start the app in this process; returns the exit status."""
    paths.ensure()
    configure_logging(paths.log_file, verbose)
    log.info(
        "%s %s starting (Python %s, platform %s)",
        APP_NAME,
        __version__,
        sys.version.split()[0],
        sys.platform,
    )

    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    qt_app = QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)
    qt_app.setWindowIcon(app_icon())

    app = DeskMobilityApp(qt_app, paths, SystemClock())
    server = InstanceServer(address, app.handle_command)
    if not server.listen():
        if send_command(address, initial_command or "activate") is not None:
            log.info("another instance started first; handed it the command")
            return 0
        log.error("no command socket: later launches will not reach this instance")
    bridge = _SignalBridge(app.quit)
    app.start()
    if initial_command and initial_command != "activate":
        QTimer.singleShot(0, lambda: app.handle_command(initial_command))

    status = qt_app.exec()
    bridge.close()
    server.close()
    app.deleteLater()
    qt_app.processEvents()
    qt_app.shutdown()
    log.info("stopped with status %d", status)
    return status
