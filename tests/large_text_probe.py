"""Shows each guide page and the other windows, and lists text that does not fit.

Run by tests/integration/test_large_text.py in a subprocess on Xvfb with a
large-text setting (``QT_FONT_DPI``) that Qt reads only at start-up. Prints one
JSON object: the font DPI seen, and per screen the widgets whose text is cut off.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.guide.widgets import KeyBar
from desk_mobility.ui.guide.window import GuideWindow
from desk_mobility.ui.no_tray_window import NoTrayWindow
from desk_mobility.ui.settings_dialog import SettingsDialog


def cut_off(root: QWidget) -> list[str]:
    """Visible text widgets given less room than their text needs."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need_w, need_h = 0, widget.heightForWidth(widget.width())
                words = widget.text().split()
                longest = max(
                    (QFontMetrics(widget.font()).horizontalAdvance(w) for w in words), default=0
                )
                need_w = longest
            else:
                hint = widget.minimumSizeHint()
                need_w, need_h = hint.width(), hint.height()
        elif isinstance(widget, QAbstractButton) and widget.text():
            # the text itself, not the style's padding around it, must fit
            metrics = QFontMetrics(widget.font())
            need_w = metrics.horizontalAdvance(widget.text().replace("&", ""))
            need_h = metrics.height()
        elif isinstance(widget, KeyBar):
            need_w, need_h = widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
        else:
            continue
        if widget.width() < need_w or widget.height() < need_h:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else "keys"
            shown = f"{widget.width()}x{widget.height()}"
            out.append(f"{type(widget).__name__} {text[:40]!r} {shown} < {need_w}x{need_h}")
    return out


def settle(window: QWidget) -> None:
    QApplication.processEvents()
    QTest.qWait(50)


def main(folder: Path) -> int:
    app = QApplication(sys.argv[:1])
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    font = app.font()
    font.setPointSizeF(10.0 * scale)  # as a desktop's large-text font setting arrives
    app.setFont(font)
    folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {
        "pixel_ratio": app.primaryScreen().devicePixelRatio(),
        "font_points": app.font().pointSizeF(),
    }
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    settings = replace(Settings(), mode="self-paced", reps_per_direction=3, rest_seconds=30)
    guide = GuideWindow(
        load_routine(default_routine_path()), settings, clock, RecordingSink(), dark=False
    )
    guide.open_setup()
    screens: dict[str, list[str]] = {}

    def look(name: str, window: QWidget) -> None:
        settle(window)
        screens[name] = cut_off(window)
        window.grab().save(str(folder / f"large-text-{name}.png"))

    look("setup", guide)
    QTest.keyClick(guide, Qt.Key.Key_W)
    look("about", guide)
    QTest.keyClick(guide, Qt.Key.Key_Escape)
    QTest.keyClick(guide, Qt.Key.Key_Return)
    QTest.keyClick(guide, Qt.Key.Key_Space)
    look("drill", guide)
    for _ in range(6):
        QTest.keyClick(guide, Qt.Key.Key_Space)
    look("rest", guide)
    QTest.keyClick(guide, Qt.Key.Key_S)
    for _ in range(6):
        QTest.keyClick(guide, Qt.Key.Key_Space)
    look("summary", guide)
    report["guide_size"] = guide.size().toTuple()
    dialog = SettingsDialog(Settings(), lambda _s: True)
    dialog.show()
    look("settings", dialog)
    no_tray = NoTrayWindow(AppActions(10))
    no_tray.show()
    look("no-tray", no_tray)
    report["screens"] = screens
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
