"""Render the guide, the weekly view, the settings and the tray menu in other languages.

    python scripts/language_screenshots.py [folder]

Four languages show what translation has to survive: the pseudo-locale (every
text 40 % longer and accented, so clipping shows), German (long words),
Japanese (another script and date order) and Arabic (right to left, Arabic
digits). Each runs under its own locale, so dates, week start and numbers
are the user's. Writes docs/screenshots/i18n-<language>-<screen>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings
from desk_mobility.core.week import first_weekday_for
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.i18n import language
from desk_mobility.shell.status import AppStatus, status_line
from desk_mobility.storage.history_store import HistoryStore
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.guide.window import GuideWindow
from desk_mobility.ui.history.week_view import HistoryWindow
from desk_mobility.ui.settings_dialog import SettingsDialog
from desk_mobility.ui.tray import TrayIcon
from tests.translations import build_pseudo_catalog, pseudo_routine
from tests.ui.test_history_view import BERLIN, TODAY, seed_day

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LOCALES = {"pseudo": "fr_FR", "de": "de_DE", "ja": "ja_JP", "ar": "ar_EG"}
NOW = datetime(2026, 11, 26, 15, 10, tzinfo=BERLIN)


def use_language(code: str, scratch: Path) -> tuple[Path, str, QTranslator | None]:
    """Install ``code``; returns the routine to show, its language, and a pseudo translator."""
    if code != "pseudo":
        language.install(code)
        QLocale.setDefault(QLocale(LOCALES[code]))
        return default_routine_path(), code, None
    language.install("en")
    translator = QTranslator()
    translator.load(str(build_pseudo_catalog(scratch)))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[code]))
    return pseudo_routine(scratch), "pseudo", translator


def shoot_guide(code: str, routine_path: Path, routine_language: str, folder: Path) -> None:
    clock = FakeClock(NOW)
    window = GuideWindow(
        load_routine(routine_path, routine_language),
        Settings(),
        clock,
        RecordingSink(),
        week_count=lambda: 3,
        sounds=None,
        dark=False,
    )
    window.resize(1100, 720)
    window.show()
    window.open_setup()
    window.setup_scale.set_value(6)
    QApplication.processEvents()
    window.grab().save(str(folder / f"i18n-{code}-guide-setup.png"))
    window._start()
    end = clock.monotonic() + 6 * 3.5 + 0.9  # rep 7 of the right side, mid-turn
    while clock.monotonic() < end:
        clock.advance(0.25)
        window.player.tick(clock.monotonic())
    window.tick()
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(folder / f"i18n-{code}-guide-drill.png"))
    window.close()


def shoot_history(code: str, store: HistoryStore, folder: Path) -> None:
    first = first_weekday_for("locale", QLocale().firstDayOfWeek().value - 1)
    window = HistoryWindow(store, first, FakeClock(NOW))
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(folder / f"i18n-{code}-history.png"))
    window.close()


def shoot_settings(code: str, folder: Path) -> None:
    dialog = SettingsDialog(Settings(), lambda _settings: None)
    dialog.show()
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    if tabs is not None:
        tabs.setCurrentIndex(0)
    for _ in range(3):
        QApplication.processEvents()
    dialog.grab().save(str(folder / f"i18n-{code}-settings.png"))
    dialog.close()


def shoot_tray_menu(code: str, folder: Path) -> None:
    actions = AppActions(10)
    status = AppStatus("sitting", 23 * 60, next_due=NOW + timedelta(minutes=27))
    actions.update(status, status_line(status, NOW))
    tray = TrayIcon(actions)
    tray.menu.popup(QPoint(40, 40))
    for _ in range(3):
        QApplication.processEvents()
    tray.menu.grab().save(str(folder / f"i18n-{code}-tray-menu.png"))
    tray.menu.hide()
    tray.dispose()


def main(folder: Path = FOLDER) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    font = app.font()
    font.setFamily("DejaVu Sans")
    app.setFont(font)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store, _ = HistoryStore.open(Path(scratch) / "history.db")
        for offset, routines in ((-9, 1), (-8, 1), (-3, 2), (-2, 3), (-1, 2), (0, 1)):
            seed_day(store, TODAY + timedelta(days=offset), routines, 50)
        for code in LOCALES:
            routine_path, routine_language, translator = use_language(code, Path(scratch))
            shoot_guide(code, routine_path, routine_language, folder)
            shoot_history(code, store, folder)
            shoot_settings(code, folder)
            shoot_tray_menu(code, folder)
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
            print(code, "done")
        store.close()
    language.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER))
