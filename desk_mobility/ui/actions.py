"""The app's actions, made once and shown in the tray menu and the no-tray window.

Both surfaces show the same QActions, so an action enabled in one is enabled
in the other, and a feature is added to both by adding it here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from desk_mobility.shell.status import AppStatus


class AppActions(QObject):
    """Menu actions. Emits intents only; the app decides what they do.

    Signals: ``start_break``, ``snooze``, ``skip``, ``pause(int)`` (minutes;
    0 = until tomorrow), ``resume``, ``remind_anyway`` (only offered during
    quiet time), ``history``, ``settings``, ``quit``.
    """

    start_break = Signal()
    snooze = Signal()
    skip = Signal()
    pause = Signal(int)
    resume = Signal()
    remind_anyway = Signal()
    history = Signal()
    settings = Signal()
    quit = Signal()

    def __init__(self, snooze_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_action = QAction("Starting…", self)
        self.status_action.setEnabled(False)
        self.start_action = self._make("Start break now", self.start_break.emit, "Ctrl+B")
        self.snooze_action = self._make("", self.snooze.emit)
        self.skip_action = self._make("Skip this break", self.skip.emit)
        self.pause_30_action = self._make("For 30 minutes", lambda: self.pause.emit(30))
        self.pause_60_action = self._make("For 1 hour", lambda: self.pause.emit(60))
        self.pause_tomorrow_action = self._make("Until tomorrow", lambda: self.pause.emit(0))
        self.resume_action = self._make("Resume reminders", self.resume.emit)
        self.remind_anyway_action = self._make("Remind me anyway", self.remind_anyway.emit)
        self.remind_anyway_action.setToolTip("Offer breaks now, despite the call or do not disturb")
        self.history_action = self._make("Weekly history", self.history.emit, "Ctrl+H")
        self.settings_action = self._make("Settings…", self.settings.emit, "Ctrl+,")
        self.quit_action = self._make("Quit Desk Mobility", self.quit.emit, "Ctrl+Q")
        self.set_snooze_minutes(snooze_minutes)
        self.update(None)

    def _make(self, text: str, slot: object, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            # Works in the no-tray window; a tray menu cannot take shortcuts, so it hides them.
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutVisibleInContextMenu(False)
        return action

    def set_snooze_minutes(self, minutes: int) -> None:
        self.snooze_action.setText(f"Snooze {minutes} min")

    def pause_actions(self) -> list[QAction]:
        return [self.pause_30_action, self.pause_60_action, self.pause_tomorrow_action]

    def update(self, status: AppStatus | None, line: str = "") -> None:
        """Enable what makes sense now; e.g. Snooze only while a break is due."""
        due = bool(status and status.break_due)
        paused = bool(status and status.paused_until is not None)
        in_break = bool(status and status.stage == "in_break")
        if line:
            self.status_action.setText(line)
        self.snooze_action.setEnabled(due)
        self.skip_action.setEnabled(due)
        self.start_action.setEnabled(not in_break)
        for action in self.pause_actions():
            action.setEnabled(not in_break)
        self.resume_action.setVisible(paused)
        self.remind_anyway_action.setVisible(bool(status and status.quiet) and not paused)
