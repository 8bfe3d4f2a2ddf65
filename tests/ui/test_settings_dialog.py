"""The settings dialog: built from the table, bounded, and never applies a bad set."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from desk_mobility.core.settings import SETTINGS, SPEC_BY_KEY, Settings, SettingsError
from desk_mobility.ui.icons import APP_ICON_SIZES
from desk_mobility.ui.settings_dialog import SettingsDialog, WeekdayPicker


class Recorder:
    """The app's apply callback: keeps every Settings it was handed."""

    def __init__(self) -> None:
        self.calls: list[Settings] = []

    def __call__(self, settings: Settings) -> None:
        self.calls.append(settings)


@pytest.fixture
def applied() -> Recorder:
    return Recorder()


@pytest.fixture
def dialog(qtbot: QtBot, applied: Recorder) -> SettingsDialog:
    widget = SettingsDialog(Settings(), applied)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton):
    box = dialog.findChild(QDialogButtonBox, "settings_buttons")
    assert box is not None
    return box.button(which)


OK = QDialogButtonBox.StandardButton.Ok
APPLY = QDialogButtonBox.StandardButton.Apply
CANCEL = QDialogButtonBox.StandardButton.Cancel
DEFAULTS = QDialogButtonBox.StandardButton.RestoreDefaults


def test_the_dialog_carries_the_app_icon(dialog: SettingsDialog) -> None:
    assert {s.width() for s in dialog.windowIcon().availableSizes()} == set(APP_ICON_SIZES)


def test_tabs_follow_the_table_sections(dialog: SettingsDialog) -> None:
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Breaks",
        "Quiet",
        "Routine",
        "General",
    ]


def test_every_setting_has_an_editor_of_its_kind_with_label_and_help(
    dialog: SettingsDialog,
) -> None:
    expected = {
        "int": QSpinBox,
        "float": QDoubleSpinBox,
        "bool": QCheckBox,
        "choice": QComboBox,
        "time": QTimeEdit,
        "days": WeekdayPicker,
    }
    for spec in SETTINGS:
        editor = dialog.editor(spec.key)
        assert isinstance(editor, expected[spec.kind]), spec.key
        assert spec.description in editor.toolTip(), spec.key
        help_label = dialog.findChild(QLabel, f"{spec.key}_help")
        assert help_label is not None and help_label.text() == spec.description
        if spec.kind == "bool":
            assert editor.text().replace("&", "") == spec.label
        else:
            label = dialog.findChild(QLabel, f"{spec.key}_label")
            assert label is not None and label.text().replace("&", "") == spec.label
            assert label.buddy() is editor
    assert set(dialog.pending_values()) == {spec.key for spec in SETTINGS}


def test_widgets_show_the_settings_passed_in(qtbot: QtBot, applied: Recorder) -> None:
    settings = replace(
        Settings(),
        sit_minutes=75,
        turn_seconds=2.5,
        mode="self-paced",
        work_start=time(9, 30),
        working_days=("mon", "sat"),
        start_at_login=True,
    )
    widget = SettingsDialog(settings, applied)
    qtbot.addWidget(widget)
    assert widget.editor("sit_minutes").value() == 75
    assert widget.editor("turn_seconds").value() == pytest.approx(2.5)
    assert widget.editor("mode").currentData() == "self-paced"
    assert widget.editor("work_start").time() == QTime(9, 30)
    assert widget.editor("start_at_login").isChecked()
    assert widget.editor("working_days").days() == ("mon", "sat")
    assert widget.pending_values()["work_start"] == time(9, 30)


def test_spin_boxes_carry_the_table_bounds_and_units(dialog: SettingsDialog) -> None:
    for spec in SETTINGS:
        if spec.kind not in ("int", "float"):
            continue
        editor = dialog.editor(spec.key)
        assert editor.minimum() == pytest.approx(spec.minimum), spec.key
        assert editor.maximum() == pytest.approx(spec.maximum), spec.key
        if spec.unit:
            assert editor.suffix().strip() == spec.unit, spec.key


def test_bounds_are_enforced_by_the_widgets(qtbot: QtBot, dialog: SettingsDialog) -> None:
    sit = dialog.editor("sit_minutes")
    sit.setValue(9999)
    assert sit.value() == SPEC_BY_KEY["sit_minutes"].maximum
    sit.setValue(-3)
    assert sit.value() == SPEC_BY_KEY["sit_minutes"].minimum

    # Typed by hand: the spin box refuses digits past its maximum.
    volume = dialog.editor("volume")
    volume.setFocus()
    volume.selectAll()
    qtbot.keyClicks(volume, "250")
    qtbot.keyClick(volume, Qt.Key.Key_Tab)
    assert 0 <= volume.value() <= 100
    assert dialog.pending_values()["volume"] == volume.value()


def test_choices_offer_exactly_the_table_values(dialog: SettingsDialog) -> None:
    for spec in SETTINGS:
        if spec.kind == "choice":
            combo = dialog.editor(spec.key)
            assert [combo.itemData(i) for i in range(combo.count())] == list(spec.choices)


def test_valid_change_is_applied_through_the_callback(
    qtbot: QtBot, dialog: SettingsDialog, applied: Recorder
) -> None:
    assert not button(dialog, APPLY).isEnabled()  # nothing to apply yet
    dialog.editor("sit_minutes").setValue(40)
    dialog.editor("working_days").buttons["sat"].click()
    assert button(dialog, APPLY).isEnabled()
    with qtbot.waitSignal(dialog.applied) as signal:
        qtbot.mouseClick(button(dialog, APPLY), Qt.MouseButton.LeftButton)
    expected = replace(
        Settings(), sit_minutes=40, working_days=("mon", "tue", "wed", "thu", "fri", "sat")
    )
    assert applied.calls == [expected]
    assert signal.args == [expected]
    assert dialog.settings == expected
    assert not button(dialog, APPLY).isEnabled()
    assert dialog.isVisible()  # Apply keeps the dialog open


def test_ok_applies_and_closes(qtbot: QtBot, dialog: SettingsDialog, applied: Recorder) -> None:
    dialog.editor("notifications").setChecked(False)
    qtbot.mouseClick(button(dialog, OK), Qt.MouseButton.LeftButton)
    assert applied.calls == [replace(Settings(), notifications=False)]
    assert not dialog.isVisible()


def test_ok_without_changes_does_not_call_the_app(
    qtbot: QtBot, dialog: SettingsDialog, applied: Recorder
) -> None:
    qtbot.mouseClick(button(dialog, OK), Qt.MouseButton.LeftButton)
    assert applied.calls == []
    assert not dialog.isVisible()


def test_cross_field_error_is_shown_under_the_field_and_nothing_applies(
    qtbot: QtBot, dialog: SettingsDialog, applied: Recorder
) -> None:
    dialog.editor("sit_minutes").setValue(20)
    dialog.editor("natural_break_minutes").setValue(25)

    message = dialog.error_text("natural_break_minutes")
    assert "natural break (25 min) must be shorter than the sitting interval (20 min)" in message
    status = dialog.findChild(QLabel, "settings_status")
    assert status is not None and status.isVisible()
    assert SPEC_BY_KEY["natural_break_minutes"].label in status.text()
    assert not button(dialog, OK).isEnabled()
    assert not button(dialog, APPLY).isEnabled()

    assert dialog.apply_changes() is False  # e.g. Enter pressed anyway
    assert applied.calls == []
    assert dialog.settings == Settings()  # the values in force stay

    dialog.editor("natural_break_minutes").setValue(10)
    assert dialog.error_text("natural_break_minutes") == ""
    assert not status.isVisible()
    assert dialog.apply_changes()
    assert applied.calls == [replace(Settings(), sit_minutes=20, natural_break_minutes=10)]


def test_working_hours_that_end_before_they_start_name_the_end(
    dialog: SettingsDialog, applied: Recorder
) -> None:
    dialog.editor("work_end").setTime(QTime(7, 0))
    assert "Working hours end (07:00) before they start (08:00)" in dialog.error_text("work_end")
    assert dialog.error_text("work_start") == ""
    assert not dialog.apply_changes()
    assert applied.calls == []


def test_error_on_another_tab_is_marked_and_focused(qtbot: QtBot, dialog: SettingsDialog) -> None:
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    assert tabs is not None
    dialog.editor("short_idle_seconds").setValue(600)  # natural break is 5 min = 300 s
    tabs.setCurrentIndex(2)
    assert not tabs.tabIcon(0).isNull()
    assert tabs.tabIcon(1).isNull()
    assert not dialog.apply_changes()
    assert tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: dialog.editor("short_idle_seconds").hasFocus())


def test_a_reason_from_the_app_is_shown_inline(qtbot: QtBot) -> None:
    def refuse(settings: Settings) -> None:
        raise SettingsError("start_at_login", "the login item could not be written")

    widget = SettingsDialog(Settings(), refuse)
    qtbot.addWidget(widget)
    widget.show()
    widget.editor("start_at_login").setChecked(True)
    assert not widget.apply_changes()
    assert "could not be written" in widget.error_text("start_at_login")
    assert widget.settings == Settings()


def test_cancel_drops_pending_edits(
    qtbot: QtBot, dialog: SettingsDialog, applied: Recorder
) -> None:
    dialog.editor("sets").setValue(4)
    qtbot.mouseClick(button(dialog, CANCEL), Qt.MouseButton.LeftButton)
    assert applied.calls == []
    assert not dialog.isVisible()
    assert dialog.editor("sets").value() == 2  # reopening shows the values in force


def test_escape_cancels(qtbot: QtBot, dialog: SettingsDialog, applied: Recorder) -> None:
    dialog.editor("sets").setValue(4)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert applied.calls == []
    assert not dialog.isVisible()


def test_restore_defaults_shows_defaults_and_applies_on_ok(qtbot: QtBot, applied: Recorder) -> None:
    custom = replace(Settings(), sit_minutes=90, mode="self-paced", volume=10, work_end=time(17, 0))
    widget = SettingsDialog(custom, applied)
    qtbot.addWidget(widget)
    widget.show()
    assert button(widget, DEFAULTS).isEnabled()
    qtbot.mouseClick(button(widget, DEFAULTS), Qt.MouseButton.LeftButton)
    assert widget.editor("sit_minutes").value() == 50
    assert widget.editor("mode").currentData() == "guided"
    assert applied.calls == []  # shown, not yet applied
    assert not button(widget, DEFAULTS).isEnabled()
    qtbot.mouseClick(button(widget, OK), Qt.MouseButton.LeftButton)
    assert applied.calls == [Settings()]


def test_dependent_fields_are_disabled_when_they_do_not_matter(dialog: SettingsDialog) -> None:
    assert dialog.editor("turn_seconds").isEnabled()
    dialog.editor("mode").setCurrentIndex(dialog.editor("mode").findData("self-paced"))
    assert not dialog.editor("turn_seconds").isEnabled()
    assert not dialog.editor("return_seconds").isEnabled()
    dialog.editor("sounds").setChecked(False)
    assert dialog.editor("volume").isEnabled()  # still used by the chime
    dialog.editor("chime").setChecked(False)
    assert not dialog.editor("volume").isEnabled()


def test_set_settings_shows_values_changed_elsewhere(dialog: SettingsDialog) -> None:
    dialog.editor("sets").setValue(5)
    dialog.set_settings(replace(Settings(), snooze_minutes=20))
    assert dialog.editor("snooze_minutes").value() == 20
    assert dialog.editor("sets").value() == 2
    assert dialog.settings.snooze_minutes == 20


def test_keyboard_reaches_every_editor_with_tab(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """Tab walks the Breaks page from the first editor through every one of its settings."""
    dialog.activateWindow()
    first = dialog.editor("sit_minutes")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached: set[str] = set()
    for _ in range(40):
        widget = dialog.focusWidget()
        while widget is not None and widget is not dialog:
            if widget.objectName() in SPEC_BY_KEY:
                reached.add(widget.objectName())
            widget = widget.parentWidget()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    breaks = {spec.key for spec in SETTINGS if spec.section == "Breaks"}
    assert breaks <= reached


def test_labels_have_distinct_mnemonics(dialog: SettingsDialog) -> None:
    for section in ("Breaks", "Quiet", "Routine", "General"):
        letters = []
        for spec in SETTINGS:
            if spec.section != section:
                continue
            editor = dialog.editor(spec.key)
            label = editor if spec.kind == "bool" else dialog.findChild(QLabel, f"{spec.key}_label")
            text = label.text()
            assert "&" in text, spec.key
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), section


def test_labels_in_japanese_and_chinese_get_a_latin_mnemonic_in_brackets() -> None:
    """Alt+kanji cannot be typed: "休憩の間隔(&B)", as those desktops write it."""
    from desk_mobility.ui.settings_dialog import _with_mnemonic

    used: set[str] = set()
    assert _with_mnemonic("休憩の間隔", used, "Break interval") == "休憩の間隔(&B)"
    # B is taken: the next free letter of the English label.
    assert _with_mnemonic("休憩の長さ", used, "Break length") == "休憩の長さ(&L)"
    # A label with a typable Latin word keeps its letter where it is.
    assert _with_mnemonic("CSV を書き出す", used, "Export CSV") == "&CSV を書き出す"
    assert _with_mnemonic("间隔", used, "") == "间隔(&A)"
    # Arabic letters are typed directly on an Arabic keyboard.
    assert _with_mnemonic("فترة", set(), "Interval") == "&فترة"
