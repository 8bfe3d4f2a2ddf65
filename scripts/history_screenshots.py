"""Render the weekly history window in light and dark palettes to PNG files.

Usage: python scripts/history_screenshots.py DB OUT_DIR [--today 2026-11-26] [--scale 1]
Runs offscreen; set QT_SCALE_FACTOR=2 for a 200 % rendering.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desk_mobility.core.clock import FakeClock
from desk_mobility.storage.history_store import HistoryStore
from desk_mobility.ui.history.week_view import HistoryWindow


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#E8EAED",
        QPalette.ColorRole.Base: "#17181A",
        QPalette.ColorRole.AlternateBase: "#26282B",
        QPalette.ColorRole.Text: "#E8EAED",
        QPalette.ColorRole.Button: "#2D2F33",
        QPalette.ColorRole.ButtonText: "#E8EAED",
        QPalette.ColorRole.Highlight: "#8AB4F8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#2D2F33",
        QPalette.ColorRole.ToolTipText: "#E8EAED",
        QPalette.ColorRole.Mid: "#3C4043",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Light: "#5F6368",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6F7378"))
    return palette


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 26))
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    store, _ = HistoryStore.open(args.db)
    tz = ZoneInfo("Europe/Berlin")
    clock = FakeClock(datetime.combine(args.today, time(15, 10), tzinfo=tz))
    args.out.mkdir(parents=True, exist_ok=True)
    light = app.style().standardPalette()
    for name, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        window = HistoryWindow(store, 0, clock)
        window.show()
        app.processEvents()
        window.chart.setFocus()
        app.processEvents()
        target = args.out / f"history-{name}{args.suffix}.png"
        window.grab().save(str(target))
        print(target, window.grab().size().toTuple())
        window.close()
    store.close()


if __name__ == "__main__":
    main()
