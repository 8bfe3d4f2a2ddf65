"""The guide window's colours, light and dark, and the style sheet they make.

Kept apart from the window so every painted widget can take a ``Theme``
without importing the window, and so the colours live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen


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

# High contrast: pure black or white behind text, one strong accent, borders that show.
HIGH_CONTRAST_LIGHT_THEME = Theme(
    False,
    "#ffffff",
    "#ffffff",
    "#000000",
    "#000000",
    "#1a1a1a",
    "#0030b0",
    "#ffffff",
    "#8c8c8c",
    "#9a4a00",
    "#006b50",
    "#9a6a00",
)
HIGH_CONTRAST_DARK_THEME = Theme(
    True,
    "#000000",
    "#000000",
    "#ffffff",
    "#ffffff",
    "#e6e6e6",
    "#ffd400",
    "#000000",
    "#8c8c8c",
    "#ff9e3d",
    "#3dffb8",
    "#ffd400",
)


def high_contrast_wanted() -> bool:
    """True when the desktop asks for more contrast (Qt reads the platform's setting)."""
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def theme_for(dark: bool, high_contrast: bool | None = None) -> Theme:
    """The guide's colours for a scheme; ``None`` asks the desktop about contrast."""
    if high_contrast is None:
        high_contrast = high_contrast_wanted()
    if high_contrast:
        return HIGH_CONTRAST_DARK_THEME if dark else HIGH_CONTRAST_LIGHT_THEME
    return DARK_THEME if dark else LIGHT_THEME


def text_scale() -> float:
    """How much larger than usual the desktop wants text: its font size against 10 pt.

    The guide sizes its text in pixels for a layout that reads across the room.
    A desktop's large-text setting reaches Qt as a larger application font
    (KDE's font sizes, a platform theme) or as a scale factor for the whole
    window (GNOME's text scaling through ``Xft.dpi``, ``QT_SCALE_FACTOR``),
    which already scales pixels; this covers the first. Never below 1: a
    small desktop font keeps the guide as designed.
    """
    points = QGuiApplication.font().pointSizeF()
    return max(1.0, points / 10.0) if points > 0 else 1.0


def text_px(px: float) -> int:
    """A pixel size for text, grown by the desktop's large-text setting."""
    return round(px * text_scale())


FOCUS_RING_PX = 3


def paint_focus_ring(painter: QPainter, rect: QRectF, color: QColor, radius: float = 12.0) -> None:
    """The ring a painted control draws around itself while it has keyboard focus."""
    half = FOCUS_RING_PX / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, FOCUS_RING_PX))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


def focus_rules(t: Theme) -> str:
    """Style-sheet rules that show which button has keyboard focus, in either scheme."""
    return f"""
    #guide QPushButton:focus {{
        border: {FOCUS_RING_PX}px solid {t.accent}; padding: 7px 16px; }}
    #guide QPushButton[role="primary"]:focus {{
        border: {FOCUS_RING_PX}px solid {t.text}; padding: 6px 15px; }}
    """


def stylesheet(t: Theme) -> str:
    """The window's style sheet: roles on labels, cards and buttons pick their colours."""
    return f"""
    #guide {{ background: {t.bg}; }}
    #guide QScrollArea#pageScroll {{ background: transparent; border: none; }}
    #guide QScrollArea#pageScroll > QWidget > QWidget {{ background: transparent; }}
    #guide QScrollBar {{ background: {t.bg}; border: none; margin: 2px; }}
    #guide QScrollBar:vertical {{ width: 12px; }}
    #guide QScrollBar:horizontal {{ height: 12px; }}
    #guide QScrollBar::handle {{ background: {t.border}; border-radius: 4px; }}
    #guide QScrollBar::handle:vertical {{ min-height: 32px; }}
    #guide QScrollBar::handle:horizontal {{ min-width: 32px; }}
    #guide QScrollBar::add-line, #guide QScrollBar::sub-line {{ width: 0; height: 0; }}
    #guide QScrollBar::add-page, #guide QScrollBar::sub-page {{ background: none; }}
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
    """ + focus_rules(t)
