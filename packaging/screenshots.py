"""Render the settings dialog to docs/screenshots/ (light tabs, one dark, one error).

Run from the repository: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py``.
The Fusion style and fixed palettes make the pictures the same on every machine.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QTabWidget

from desk_mobility.core.settings import Settings
from desk_mobility.ui.settings_dialog import SettingsDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2b2d31",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3a3c42",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d7fe0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4d54",
    QPalette.ColorRole.Midlight: "#404248",
    QPalette.ColorRole.Mid: "#5a5d64",
    QPalette.ColorRole.Dark: "#18191c",
    QPalette.ColorRole.Shadow: "#0e0f11",
    QPalette.ColorRole.ToolTipBase: "#3a3c42",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8d94",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#74777e"))
    return palette


def shoot(app: QApplication, name: str, tab: int, *, error: bool = False) -> Path:
    dialog = SettingsDialog(replace(Settings(), start_at_login=True), lambda _s: None)
    dialog.show()
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    assert tabs is not None
    tabs.setCurrentIndex(tab)
    if error:
        dialog.editor("sit_minutes").setValue(20)  # type: ignore[attr-defined]
        dialog.editor("natural_break_minutes").setValue(30)  # type: ignore[attr-defined]
    for _ in range(3):
        app.processEvents()
    path = OUT / f"settings-{name}.png"
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()
    return path


def main() -> int:
    app = QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    OUT.mkdir(parents=True, exist_ok=True)
    shots = [
        shoot(app, "breaks", 0),
        shoot(app, "routine", 1),
        shoot(app, "general", 2),
        shoot(app, "error", 0, error=True),
    ]
    app.setPalette(dark_palette())
    shots.append(shoot(app, "routine-dark", 1))
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
