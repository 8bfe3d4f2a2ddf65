"""The guide window's colours, light and dark, and the style sheet they make.

Kept apart from the window so every painted widget can take a ``Theme``
without importing the window, and so the colours live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True, slots=True)
class Theme:
    """Widget colours for one scheme; the figure has its own palette."""

    dark: bool
    bg: str
    card: str
    border: str
    text: str
    muted: str
    accent: str
    accent_text: str
    track: str
    warn: str
    good: str
    beam: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT_THEME = Theme(
    False,
    "#f3f5f9",
    "#ffffff",
    "#e2e7ef",
    "#1b2230",
    "#5d6879",
    "#3568d4",
    "#ffffff",
    "#e6ebf3",
    "#d9822b",
    "#13967c",
    "#f2a516",
)
DARK_THEME = Theme(
    True,
    "#14181f",
    "#1e242e",
    "#2d3541",
    "#e9edf3",
    "#9aa5b6",
    "#6e9bff",
    "#0f1420",
    "#2a323e",
    "#f0a35a",
    "#39d0ae",
    "#ffd166",
)


def stylesheet(t: Theme) -> str:
    """The window's style sheet: roles on labels, cards and buttons pick their colours."""
    return f"""
    #guide {{ background: {t.bg}; }}
    #guide QLabel {{ color: {t.text}; background: transparent; }}
    #guide QLabel[role="muted"] {{ color: {t.muted}; }}
    #guide QLabel[role="eyebrow"] {{ color: {t.muted}; font-weight: 600; letter-spacing: 1px; }}
    #guide QLabel[role="title"] {{ font-weight: 700; }}
    #guide QLabel[role="step-number"] {{
        color: {t.accent_text}; background: {t.accent}; border-radius: 13px;
        font-weight: 700; }}
    #guide QFrame[role="card"] {{
        background: {t.card}; border: 1px solid {t.border}; border-radius: 16px; }}
    #guide QFrame[role="banner"] {{
        background: {t.card}; border: 1px solid {t.warn}; border-radius: 12px; }}
    #guide QFrame[role="cue"] {{
        background: {t.card}; border: 1px solid {t.border};
        border-left: 5px solid {t.accent}; border-radius: 12px; }}
    #guide QFrame[role="cue"][kind="rounded"] {{ border-left-color: {t.warn}; }}
    #guide QFrame[role="cue"][kind="compensation"] {{ border-left-color: {t.good}; }}
    #guide QFrame[role="cue"][kind="flashlight"] {{ border-left-color: {t.beam}; }}
    #guide QPushButton {{
        color: {t.text}; background: {t.card}; border: 1px solid {t.border};
        border-radius: 10px; padding: 9px 18px; font-weight: 600; }}
    #guide QPushButton:hover {{ border-color: {t.accent}; }}
    #guide QPushButton[role="primary"] {{
        color: {t.accent_text}; background: {t.accent}; border: none; }}
    """
