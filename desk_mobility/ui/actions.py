"""The app's actions, made once and shown in the tray menu and the no-tray window.

Both surfaces show the same QActions, so an action enabled in one is enabled
in the other, and a feature is added to both by adding it here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from desk_mobility.i18n.phrases import translate
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
        self.status_action = QAction("", self)
        self.status_action.setEnabled(False)
        self.start_action = self._make("", self.start_break.emit, "Ctrl+B")
        self.snooze_action = self._make("", self.snooze.emit)
        self.skip_action = self._make("", self.skip.emit)
        self.pause_30_action = self._make("", lambda: self.pause.emit(30))
        self.pause_60_action = self._make("", lambda: self.pause.emit(60))
        self.pause_tomorrow_action = self._make("", lambda: self.pause.emit(0))
        self.resume_action = self._make("", self.resume.emit)
        self.remind_anyway_action = self._make("", self.remind_anyway.emit)
        self.history_action = self._make("", self.history.emit, "Ctrl+H")
        self.settings_action = self._make("", self.settings.emit, "Ctrl+,")
        self.quit_action = self._make("", self.quit.emit, "Ctrl+Q")
        self._snooze_minutes = snooze_minutes
        self.retranslate()
        self.update(None)

    def retranslate(self) -> None:
        """Set every text in the language now in force (at start and on a language change)."""
        self.status_action.setText(translate("Tray", "Starting…"))
        self.start_action.setText(translate("Tray", "Start break now"))
        self.skip_action.setText(translate("Tray", "Skip this break"))
        self.pause_30_action.setText(translate("Tray", "For 30 minutes"))
        self.pause_60_action.setText(translate("Tray", "For 1 hour"))
        self.pause_tomorrow_action.setText(translate("Tray", "Until tomorrow"))
        self.resume_action.setText(translate("Tray", "Resume reminders"))
        self.remind_anyway_action.setText(translate("Tray", "Remind me anyway"))
        self.remind_anyway_action.setToolTip(
            translate("Tray", "Offer breaks now, despite the call or do not disturb")
        )
        self.history_action.setText(translate("Tray", "Weekly history"))
        self.settings_action.setText(translate("Tray", "Settings…"))
        self.quit_action.setText(translate("Tray", "Quit Desk Mobility"))
        self.set_snooze_minutes(self._snooze_minutes)

    def _make(self, text: str, slot: object, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            # Works in the no-tray window; a tray menu cannot take shortcuts, so it hides them.
            # setShortcuts, not setShortcut: choosing among setShortcut's overloads
            # builds PySide6's whole Qt namespace, 12 ms before the tray icon shows
            # and 1.4 MB the idle app otherwise never needs (see ui/icons.py).
            action.setShortcuts([QKeySequence(shortcut)])
            action.setShortcutVisibleInContextMenu(False)
        return action

    def set_snooze_minutes(self, minutes: int) -> None:
        self._snooze_minutes = minutes
        self.snooze_action.setText(
            translate("Tray", "Snooze {minutes} min").format(minutes=minutes)
        )

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
