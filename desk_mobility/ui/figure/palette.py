"""The figure's colours for the light and the dark theme.

Kept apart from the drawing so the widget and the caches can pick a palette
without the painting code, and the colours live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True, slots=True)
class FigurePalette:
    """Colours for one theme."""

    skin: QColor
    hair: QColor
    shirt: QColor
    shirt_shade: QColor
    pants: QColor
    pants_shade: QColor
    shoe: QColor
    chair: QColor
    chair_shade: QColor
    block: QColor
    block_shade: QColor
    beam: QColor
    belly: QColor
    strap: QColor
    outline: QColor
    floor: QColor
    inset_bg: QColor
    inset_line: QColor
    text: QColor


def _c(hex_rgb: str, alpha: int = 255) -> QColor:
    color = QColor(hex_rgb)
    color.setAlpha(alpha)
    return color


LIGHT = FigurePalette(
    skin=_c("#e9b896"),
    hair=_c("#3d2e27"),
    shirt=_c("#4a78b0"),
    shirt_shade=_c("#3a6193"),
    pants=_c("#34405a"),
    pants_shade=_c("#283248"),
    shoe=_c("#22262e"),
    chair=_c("#c9a273"),
    chair_shade=_c("#9c7a52"),
    block=_c("#9b87d6"),
    block_shade=_c("#7a66b8"),
    beam=_c("#ffb627"),
    belly=_c("#16a085"),
    strap=_c("#e0533d"),
    outline=_c("#1d2433", 70),
    floor=_c("#1d2433", 28),
    inset_bg=_c("#ffffff"),
    inset_line=_c("#d5dbe6"),
    text=_c("#5b6678"),
)

DARK = FigurePalette(
    skin=_c("#e2b092"),
    hair=_c("#241a16"),
    shirt=_c("#6b9de0"),
    shirt_shade=_c("#517fbf"),
    pants=_c("#8190ad"),
    pants_shade=_c("#66738f"),
    shoe=_c("#c8cfdb"),
    chair=_c("#a98558"),
    chair_shade=_c("#7f6240"),
    block=_c("#b5a3f0"),
    block_shade=_c("#8f7cd0"),
    beam=_c("#ffd166"),
    belly=_c("#3ddbb8"),
    strap=_c("#ff7a5c"),
    outline=_c("#000000", 110),
    floor=_c("#000000", 70),
    inset_bg=_c("#232a36"),
    inset_line=_c("#3a4455"),
    text=_c("#a7b1c2"),
)


def palette_for(dark: bool) -> FigurePalette:
    return DARK if dark else LIGHT
