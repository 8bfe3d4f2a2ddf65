"""Small builders for the guide's labels, cards and buttons, and its number wording.

Every page builds its text the same way (a pixel size and a style-sheet
role), so that lives here once, apart from the window that drives the pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_mobility.i18n.phrases import translate
from desk_mobility.ui.guide.theme import text_px


def make_label(
    text: str = "",
    role: str = "",
    px: int = 15,
    *,
    wrap: bool = False,
    weight: QFont.Weight | None = None,
) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    font = label.font()
    font.setPixelSize(text_px(px))
    if weight is not None:
        font.setWeight(weight)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def make_card(role: str = "card") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", role)
    return frame


def make_button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window owns the keyboard
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if primary:
        button.setProperty("role", "primary")
    return button


def scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls only when large text makes it taller or wider than the window."""
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    area.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
    return area


def set_text(label: QLabel, text: str) -> None:
    """Avoid relayouts at 60 fps: only touch a label when its text changes."""
    if label.text() != text:
        label.setText(text)


def toward(direction: str) -> str:
    """'to the right' or 'to the left': the user's own right and left, in any language."""
    if direction == "right":
        return translate("Guide", "to the right")
    return translate("Guide", "to the left")


def header_box(eyebrow: str, title: str) -> tuple[QVBoxLayout, QLabel, QLabel]:
    """A page's small eyebrow over its big title, returned with both labels."""
    box = QVBoxLayout()
    box.setSpacing(2)
    top = make_label(eyebrow.upper(), "eyebrow", 12)
    head = make_label(title, "title", 28, weight=QFont.Weight.Bold, wrap=True)
    box.addWidget(top)
    box.addWidget(head)
    return box, top, head


def stat_card(into: QHBoxLayout, title: str) -> QLabel:
    """A card with a small title over a big number, added to ``into``; returns the number."""
    card = make_card()
    box = QVBoxLayout(card)
    box.setContentsMargins(20, 14, 20, 14)
    box.setSpacing(2)
    box.addWidget(make_label(title.upper(), "eyebrow", 12))
    value = make_label("", "title", 28, weight=QFont.Weight.Bold)
    box.addWidget(value)
    into.addWidget(card, 1)
    return value
