"""Choosing the language: from the desktop's variables, from the setting, and live."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desk_mobility.core.settings import LANGUAGES, Settings
from desk_mobility.files import settings_file
from desk_mobility.i18n import language
from desk_mobility.i18n.language import display_name, resolve, shipped_code, system_language
from desk_mobility.ui.figure.canvas import FigureCanvas
from desk_mobility.ui.guide.theme import LIGHT_THEME
from desk_mobility.ui.settings_dialog import SettingsDialog
from tests.ui.test_app_wiring import Afternoon, afternoon, paths  # noqa: F401 - fixtures

FOLLOWS = [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_AT.UTF-8"}, "de"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "es_MX.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "sv:nl:de"}, "nl"),
    ({"LANG": "C", "LANGUAGE": "de"}, "en"),  # gettext ignores LANGUAGE under the C locale
    ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese is not shipped
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "ar_EG.UTF-8"}, "ar"),
    ({"LANG": "sv_SE.UTF-8"}, "en"),
    ({}, "en"),
]


@pytest.mark.parametrize(("environ", "expected"), FOLLOWS)
def test_the_language_follows_the_desktop(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ, ui_languages=[]) == expected


def test_the_system_list_counts_when_the_variables_say_nothing() -> None:
    assert system_language({}, ui_languages=["sv-SE", "it-IT", "en-US"]) == "it"
    assert shipped_code("pt-BR") == "pt_BR" and shipped_code("C") is None


def test_the_setting_overrides_the_desktop() -> None:
    assert resolve("ja", {"LANG": "de_DE.UTF-8"}) == "ja"
    assert resolve("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert resolve("xx", {"LANG": "de_DE.UTF-8"}) == "de"  # an unknown code follows the system


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    language.install("en")


def test_the_layout_values_are_qts_own() -> None:
    """The direction is set by value (see i18n/language.py); the values must be Qt's."""
    assert Qt.LayoutDirection.LeftToRight.value == language.LAYOUT_LEFT_TO_RIGHT
    assert Qt.LayoutDirection.RightToLeft.value == language.LAYOUT_RIGHT_TO_LEFT


def test_each_language_installs_its_words_locale_and_direction(qapp, english_after) -> None:
    start = ("Tray", "Start break now")
    seen = {}
    for code in LANGUAGES[2:]:
        assert language.install(code) == code
        seen[code] = QCoreApplication.translate(*start)
        assert QLocale().language() == QLocale(code).language()
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl == (code == "ar")
        # The app's own list of right-to-left languages agrees with Qt's locales.
        written_rtl = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
        assert (code in language.RIGHT_TO_LEFT) == written_rtl
        # Qt's own words (standard buttons) come in the same language.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert seen["de"] == "Pause jetzt starten"
    assert seen["ja"] == "今すぐ休憩する"
    assert len(set(seen.values())) == len(seen)
    language.install("en")
    assert QCoreApplication.translate(*start) == "Start break now"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_settings_offer_every_language_in_its_own_name(qtbot: QtBot, english_after) -> None:
    assert display_name("de") == "Deutsch"
    assert display_name("ja") == "日本語"
    dialog = SettingsDialog(Settings(), lambda _s: None)
    qtbot.addWidget(dialog)
    combo = dialog.editor("language")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "As on this computer"
    assert {"Deutsch", "Français", "Español", "日本語", "العربية", "English"} <= set(names)


def test_a_language_change_applies_at_once_without_restart(
    afternoon: Afternoon,  # noqa: F811 - the fixture imported above
    paths,  # noqa: F811
    english_after,
) -> None:
    app = afternoon.app
    assert app.actions.start_action.text() == "Start break now"
    app.open_settings()
    assert app._settings_dialog is not None
    assert app._settings_dialog.windowTitle() == "Desk Mobility Settings"
    app.apply_settings(replace(app.settings, language="de"))
    QCoreApplication.processEvents()
    assert app._settings_dialog is not None and app._settings_dialog.isVisible()
    assert app._settings_dialog.windowTitle() == "Desk Mobility – Einstellungen"
    assert app.actions.start_action.text() == "Pause jetzt starten"
    assert app.actions.snooze_action.text() == "10 Min. aufschieben"
    assert app.tray is None or app.tray.menu.actions()[5].menu().title() == "Erinnerungen pausieren"
    assert app.status_json()["summary"].startswith("Seit ")
    assert app.status_json()["stage"] == "sitting"  # the keys and values stay English
    assert app.routine.title == "Brustwirbelsäulenrotation im Sitzen"
    assert settings_file.load(paths.settings_file).settings.language == "de"
    app.apply_settings(replace(app.settings, language="ar"))
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert app.actions.start_action.text() == "ابدأ الاستراحة الآن"
    app.apply_settings(replace(app.settings, language="system"))
    assert app.actions.start_action.text() == "Start break now"


def test_right_to_left_mirrors_the_layout_but_not_the_figure(qtbot: QtBot, english_after) -> None:
    """The figure is drawn as the user sees themselves from behind: its right stays right."""

    def render(direction: Qt.LayoutDirection) -> QImage:
        canvas = FigureCanvas(LIGHT_THEME, inset=True, animated=False)
        canvas.setLayoutDirection(direction)
        canvas.resize(360, 300)
        canvas.set_pose(replace(canvas.pose, rotation=0.8, inset=True))  # turned to the right
        image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
        image.fill(0)
        canvas.render(image)
        return image

    assert render(Qt.LayoutDirection.LeftToRight) == render(Qt.LayoutDirection.RightToLeft)

    language.install("ar")
    dialog = SettingsDialog(Settings(), lambda _s: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.findChild(QLabel, "sit_minutes_label")
    editor = dialog.editor("sit_minutes")
    assert dialog.isRightToLeft()
    # The label sits to the right of its editor, as Arabic reads.
    assert (
        label.mapTo(dialog, label.rect().center()).x()
        > editor.mapTo(dialog, editor.rect().center()).x()
    )
    assert label.text().replace("&", "") == "استراحة بعد الجلوس لمدة"


def test_the_csv_export_speaks_the_language_in_its_headers_only(
    qapp, tmp_path, english_after
) -> None:
    """Headers for the reader; the same columns, ISO dates and dot decimals for scripts."""
    import csv
    from datetime import date, timedelta

    from desk_mobility.i18n.phrases import translate
    from desk_mobility.storage.csv_export import CSV_COLUMNS
    from desk_mobility.storage.history_store import HistoryStore
    from tests.ui.test_history_view import TODAY, seed_day

    store, _ = HistoryStore.open(tmp_path / "history.db")
    seed_day(store, TODAY - timedelta(days=1), 1, 50)
    english, german = tmp_path / "en.csv", tmp_path / "de.csv"
    store.export_csv(english)
    language.install("de")
    store.export_csv(german, heading=lambda column: translate("CSV", column))
    store.close()
    en_rows = list(csv.reader(english.read_text(encoding="utf-8").splitlines()))
    de_rows = list(csv.reader(german.read_text(encoding="utf-8").splitlines()))
    assert en_rows[0] == list(CSV_COLUMNS)
    assert de_rows[0][:3] == ["Datum", "Beginn", "Ende"]
    assert de_rows[1:] == en_rows[1:]
    assert date.fromisoformat(de_rows[1][0]) == TODAY - timedelta(days=1)


def test_the_menu_made_with_the_first_icon_speaks_the_settings_language(
    qtbot: QtBot, tmp_path, english_after
) -> None:
    """The icon is shown before the settings are read; the app then says it all again."""
    from datetime import UTC, datetime

    from desk_mobility.app import DeskMobilityApp
    from desk_mobility.core.clock import FakeClock
    from desk_mobility.files.paths import AppPaths
    from desk_mobility.ui.actions import AppActions
    from desk_mobility.ui.first_icon import FirstIcon
    from desk_mobility.ui.tray import TrayIcon

    folders = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "state", tmp_path / "log")
    folders.ensure()
    settings_file.save(folders.settings_file, replace(Settings(), language="de"))
    qt_app = QCoreApplication.instance()
    language.install("en")
    actions = AppActions(10)
    tray = TrayIcon(actions)
    assert actions.start_action.text() == "Start break now"
    app = DeskMobilityApp(
        qt_app,  # type: ignore[arg-type]
        folders,
        FakeClock(datetime(2026, 3, 2, 9, tzinfo=UTC)),
        first=FirstIcon(qt_app, actions, tray),  # type: ignore[arg-type]
    )
    assert app.actions.start_action.text() == "Pause jetzt starten"
    assert tray.menu.actions()[5].menu().title() == "Erinnerungen pausieren"
    app.store.close()
    tray.dispose()
