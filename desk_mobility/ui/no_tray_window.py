"""A small window standing in for the tray where the desktop has none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_mobility import APP_NAME
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.icons import app_icon


class NoTrayWindow(QWidget):
    """Says once that there is no system tray, then offers the tray's actions.

    Closing it hides it; the app keeps running, and launching Desk Mobility
    again shows it.
    """

    def __init__(self, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noTrayWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)
        self._actions = actions

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(48, 48))
        title = QLabel(f"<b>{APP_NAME}</b> is running")
        title.setStyleSheet("font-size: 15pt;")
        note = QLabel(
            "Your desktop has no system tray, so Desk Mobility lives in this small "
            "window instead. Closing it keeps the app running; start Desk Mobility "
            "again to bring it back."
        )
        note.setWordWrap(True)
        note.setObjectName("noTrayNote")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: palette(alternate-base); border-radius: 6px; padding: 8px;"
        )
        self.notice.hide()
        self.status_label = QLabel("Starting…")
        self.status_label.setObjectName("statusLine")
        self.status_label.setStyleSheet("font-size: 12pt; padding: 6px 0;")

        header = QHBoxLayout()
        header.addWidget(icon)
        header.addSpacing(8)
        header.addWidget(title, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        buttons = [
            actions.start_action,
            actions.snooze_action,
            actions.skip_action,
            actions.resume_action,
            actions.history_action,
            actions.settings_action,
        ]
        for index, action in enumerate(buttons):
            grid.addWidget(self._button(action), index // 2, index % 2)
        pause = QToolButton()
        pause.setText("Pause reminders")
        pause.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        pause.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        pause.setSizePolicy(self._button(actions.start_action).sizePolicy())
        menu = QMenu(pause)
        for action in actions.pause_actions():
            menu.addAction(action)
        pause.setMenu(menu)
        grid.addWidget(pause, len(buttons) // 2, 0)
        quit_button = QPushButton("Quit")
        quit_button.clicked.connect(actions.quit_action.trigger)
        grid.addWidget(quit_button, len(buttons) // 2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addLayout(header)
        layout.addWidget(note)
        layout.addWidget(self.notice)
        layout.addWidget(line)
        layout.addWidget(self.status_label)
        layout.addLayout(grid)

    @staticmethod
    def _button(action: object) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)  # type: ignore[arg-type]
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(32)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

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
