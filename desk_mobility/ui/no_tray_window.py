"""A small window standing in for the tray where the desktop has none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_mobility import APP_NAME
from desk_mobility.i18n.phrases import translate
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.icons import app_icon

STYLE = """
#noTrayWindow QLabel#title { font-size: 15pt; font-weight: 600; }
#noTrayWindow QLabel#statusLine { font-size: 11pt; }
#noTrayWindow QLabel#noTrayNote { color: palette(placeholder-text); }
#noTrayWindow QLabel#notice {
    background: palette(alternate-base); border: 1px solid palette(mid);
    border-radius: 6px; padding: 8px;
}
#noTrayWindow QToolButton {
    padding: 6px 10px; border-radius: 6px;
    border: 1px solid palette(mid); background: palette(button);
}
#noTrayWindow QToolButton:hover { border-color: #1b9aaa; }
#noTrayWindow QToolButton:disabled { color: palette(placeholder-text); }
#noTrayWindow QToolButton::menu-indicator {
    subcontrol-origin: padding; subcontrol-position: right center; right: 10px;
}
#noTrayWindow QToolButton#primary {
    background: #1b9aaa; border-color: #16808d; color: white; font-weight: 600; padding: 9px;
}
#noTrayWindow QToolButton#primary:disabled { background: palette(mid); }
"""


class NoTrayWindow(QWidget):
    """Says (on the first start) that there is no system tray, and offers the tray's actions.

    Closing it hides it; the app keeps running, and launching Desk Mobility
    again shows it. The buttons are the tray menu's own actions, so they are
    enabled and disabled together with it.
    """

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noTrayWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)
        self.setStyleSheet(STYLE)
        self._actions = actions

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(48, 48))
        title = QLabel(APP_NAME)
        title.setObjectName("title")
        self.status_label = QLabel(translate("Tray", "Starting…"))
        self.status_label.setObjectName("statusLine")
        # Quiet time names its reason and the program behind it: a long line wraps.
        self.status_label.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(self.status_label)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(10)
        header.addLayout(heading, 1)

        note = QLabel()
        self._note = note
        note.setWordWrap(True)
        note.setObjectName("noTrayNote")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        start = self._button(actions.start_action)
        start.setObjectName("primary")
        self._pause = QToolButton()
        self.retranslate()
        self._pause.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._pause.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._pause.setMinimumHeight(32)
        menu = QMenu(self._pause)
        for action in actions.pause_actions():
            menu.addAction(action)
        self._pause.setMenu(menu)
        self._resume = self._button(actions.resume_action)
        actions.resume_action.changed.connect(self._follow_pause)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.addWidget(start, 0, 0, 1, 2)
        grid.addWidget(self._button(actions.snooze_action), 1, 0)
        grid.addWidget(self._button(actions.skip_action), 1, 1)
        grid.addWidget(self._pause, 2, 0)
        grid.addWidget(self._resume, 2, 0)
        grid.addWidget(self._button(actions.history_action), 2, 1)
        grid.addWidget(self._button(actions.settings_action), 3, 0)
        grid.addWidget(self._button(actions.quit_action), 3, 1)
        self._remind = self._button(actions.remind_anyway_action)
        grid.addWidget(self._remind, 4, 0, 1, 2)
        remind = actions.remind_anyway_action
        remind.changed.connect(lambda: self._remind.setVisible(remind.isVisible()))
        self._remind.setVisible(remind.isVisible())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(note)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        self._follow_pause()

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(32)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _follow_pause(self) -> None:
        """Show Resume in place of Pause while reminders are paused."""
        paused = self._actions.resume_action.isVisible()
        self._resume.setVisible(paused)
        self._pause.setVisible(not paused)

    def set_explained(self, explained: bool) -> None:
        """Once the user has read why this window exists, the note gives way."""
        self._note.setVisible(not explained)
        self.adjustSize()

    def retranslate(self) -> None:
        """The window's own words in the language now in force; the actions do theirs."""
        self._note.setText(
            translate(
                "NoTray",
                "Your desktop has no system tray, so Desk Mobility lives in this small "
                "window. Closing it keeps the app running; start Desk Mobility again to "
                "bring it back.",
            )
        )
        self._pause.setText(translate("Tray", "Pause reminders"))

    def set_status_line(self, text: str) -> None:
        self.status_label.setText(text)

    def show_notice(self, text: str) -> None:
        """A message for the user (bad settings, a moved database), kept visible."""
        shown = self.notice.text()
        self.notice.setText(f"{shown}\n\n{text}" if shown else text)
        self.notice.show()
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.hide()
