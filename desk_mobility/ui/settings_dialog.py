"""The preferences dialog, built row by row from the settings table.

Every editor takes its label, bounds, unit, choices and help text from
``config.SETTINGS``, so a new setting appears here without touching this file.
Bounds are enforced by the widgets themselves; rules that span two settings
(``config.cross_check``) are checked on every edit and shown under the field
to change, and nothing reaches the app until the whole set is valid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_mobility import APP_NAME
from desk_mobility.core.settings import (
    SETTINGS,
    SPEC_BY_KEY,
    WEEKDAYS,
    SettingsError,
    SettingSpec,
    coerce,
    cross_check,
    validated,
)
from desk_mobility.core.settings import Settings as AppSettings
from desk_mobility.core.text import QT_TRANSLATE_NOOP, render
from desk_mobility.i18n.language import display_name
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.i18n.units import COUNTS
from desk_mobility.ui.accessibility import name
from desk_mobility.ui.icons import app_icon

log = logging.getLogger(__name__)

#: How a choice reads in the dialog; the file keeps the short value.
CHOICE_TEXT = {
    "guided": QT_TRANSLATE_NOOP("Settings", "Guided tempo"),
    "self-paced": QT_TRANSLATE_NOOP("Settings", "Self-paced (Space per rep)"),
    "locale": QT_TRANSLATE_NOOP("Settings", "As in your region"),
    "monday": QT_TRANSLATE_NOOP("Settings", "Monday"),
    "sunday": QT_TRANSLATE_NOOP("Settings", "Sunday"),
}


def _tr(source: str) -> str:
    """A text of the settings table (marked in core) in the user's language."""
    return translate("Settings", source) if source else source


def _choice_text(spec: SettingSpec, choice: str) -> str:
    if spec.key == "language":
        return display_name(choice)
    return _tr(CHOICE_TEXT.get(choice, choice.replace("-", " ").capitalize()))


#: Settings that only matter while another one is on: (key, predicate on pending values).
DEPENDS_ON: dict[str, Callable[[dict[str, object]], bool]] = {
    "turn_seconds": lambda v: v["mode"] == "guided",
    "hold_seconds": lambda v: v["mode"] == "guided",
    "return_seconds": lambda v: v["mode"] == "guided",
    "volume": lambda v: bool(v["sounds"]) or bool(v["chime"]),
    "chime": lambda v: bool(v["notifications"]),
}

#: Mnemonic letters the standard buttons already use (OK, Apply, Cancel, Restore Defaults).
_BUTTON_MNEMONICS = frozenset("oacr")
EDITOR_WIDTH = 132


@dataclass
class _Field:
    """One editor and the two ways to talk to it."""

    spec: SettingSpec
    widget: QWidget
    read: Callable[[], object]
    write: Callable[[Any], None]
    label: QLabel | None
    help: QLabel
    error: QLabel
    form: QFormLayout
    error_row: int

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.form.setRowVisible(self.error_row, text is not None)
        # The gap below a setting moves under its error message while one shows.
        self.help.setContentsMargins(0, 0, 0, 0 if text else 8)


def _unit_suffix(spec: SettingSpec) -> str:
    if not spec.unit:
        return ""
    return spec.unit if spec.unit == "%" else f" {_tr(spec.unit)}"


def _bounds_text(spec: SettingSpec) -> str:
    if spec.minimum is None or spec.maximum is None:
        return ""
    unit = _unit_suffix(spec)
    return translate("SettingsDialog", "{minimum} to {maximum}").format(
        minimum=f"{number(spec.minimum)}{unit}", maximum=f"{number(spec.maximum)}{unit}"
    )


def _with_mnemonic(text: str, used: set[str], source: str = "") -> str:
    """Put an ``&`` before the first free letter, word starts first, so Alt+letter jumps there.

    Where the label is written in characters a keyboard does not type directly
    (Japanese and Chinese go through an input method), the letter is a Latin
    one in brackets after the label, "設定(&S)", as those desktops write it;
    it is taken from the English ``source`` where it can be, so Alt+letter is
    the same in both languages.
    """
    index = _free_letter(text, used, typable=lambda ch: ch.isalnum() and ord(ch) < IDEOGRAPHS)
    if index is not None:
        return text[:index] + "&" + text[index:]
    if not any(ord(ch) >= IDEOGRAPHS for ch in text):
        return text
    for latin in (source, LATIN_LETTERS):
        index = _free_letter(latin, used, typable=lambda ch: ch.isascii() and ch.isalpha())
        if index is not None:
            return f"{text}(&{latin[index].upper()})"
    return text


# From here on (CJK radicals, kana, ideographs, Hangul, full-width forms) a
# keyboard types through an input method, so Alt+character cannot reach it.
IDEOGRAPHS = 0x2E80
LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _free_letter(text: str, used: set[str], typable: Callable[[str], bool]) -> int | None:
    """Index of the first character not yet taken that a keyboard types, word starts first."""
    words = text.split(" ")
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    for index in starts + [i for i in range(len(text)) if i not in starts]:
        if index >= len(text):
            continue
        letter = text[index].lower()
        if typable(text[index]) and letter not in used:
            used.add(letter)
            return index
    return None


class WeekdayPicker(QWidget):
    """Seven toggle buttons, one per weekday, in the table's order. Emits ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        locale = QLocale()
        self.buttons: dict[str, QToolButton] = {}
        for weekday, day in enumerate(WEEKDAYS, start=1):
            button = QToolButton(self)
            button.setObjectName(f"day_{day}")
            button.setCheckable(True)
            button.setText(locale.dayName(weekday, QLocale.FormatType.ShortFormat))
            button.setToolTip(locale.dayName(weekday, QLocale.FormatType.LongFormat))
            button.setAccessibleName(locale.dayName(weekday, QLocale.FormatType.LongFormat))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(40)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.buttons[day] = button
        layout.addStretch(1)
        self._style_buttons()

    def _style_buttons(self) -> None:
        # Checked days take the highlight colour, so the week reads at a glance
        # in light and dark palettes alike; focus keeps a visible ring.
        self.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 5px;"
            " padding: 4px 6px; background: palette(button); color: palette(button-text); }"
            "QToolButton:hover { border-color: palette(highlight); }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
            "QToolButton:focus { border: 2px solid palette(dark); }"
            "QToolButton:checked:focus { border: 2px solid palette(text); }"
        )

    def days(self) -> tuple[str, ...]:
        return tuple(day for day, button in self.buttons.items() if button.isChecked())

    def set_days(self, days: tuple[str, ...]) -> None:
        with QSignalBlocker(self):
            for day, button in self.buttons.items():
                with QSignalBlocker(button):
                    button.setChecked(day in days)
        self.changed.emit()


class SettingsDialog(QDialog):
    """Preferences for every setting, grouped in tabs by the table's sections.

    ``apply`` is called with a complete, validated ``Settings`` when the user
    presses Apply or OK; the values in force before stay in force while any
    field is invalid. Signals: ``applied(Settings)`` after ``apply`` accepted
    new values.
    """

    applied = Signal(object)

    def __init__(
        self,
        settings: AppSettings,
        apply: Callable[[AppSettings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._in_force = settings
        self._apply = apply
        self._fields: dict[str, _Field] = {}
        self._pages: dict[str, QWidget] = {}
        self._writing = False
        self.setObjectName("settings_dialog")
        self.setWindowTitle(translate("SettingsDialog", "{app} Settings").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self._build()
        self._name_for_readers()
        self._write_all(settings)
        self._refresh()

    # -- public API -----------------------------------------------------------------------------
    @property
    def settings(self) -> AppSettings:
        """The values in force (the last ones applied), not the pending edits."""
        return self._in_force

    def set_settings(self, settings: AppSettings) -> None:
        """Show values that changed elsewhere (a reload, the tray menu); drops pending edits."""
        self._in_force = settings
        self._write_all(settings)
        self._refresh()

    def editor(self, key: str) -> QWidget:
        """The widget that edits ``key`` (for tests and for focusing a field)."""
        return self._fields[key].widget

    def error_text(self, key: str) -> str:
        """The inline message under ``key``, empty while that field is fine."""
        field = self._fields[key]
        return field.error.text() if field.form.isRowVisible(field.error_row) else ""

    def pending_values(self) -> dict[str, object]:
        """What the widgets show now, as raw values for ``config.validated``."""
        return {key: field.read() for key, field in self._fields.items()}

    def restore_defaults(self) -> None:
        """Show the defaults; like any edit they take effect on Apply or OK."""
        self._write_all(AppSettings())
        self._refresh()

    def apply_changes(self) -> bool:
        """Validate and hand the pending values to the app; False if nothing was applied."""
        candidate, errors = self._check()
        if candidate is None:
            self._show_errors(errors, focus=True)
            return False
        if candidate == self._in_force:
            return True
        try:
            self._apply(candidate)
        except SettingsError as err:
            self._show_errors([err], focus=True)
            return False
        except OSError as err:
            log.warning("applying settings failed: %s", err)
            self._status.setText(
                translate("SettingsDialog", "Could not apply the settings: {error}").format(
                    error=err
                )
            )
            self._status.show()
            return False
        self._in_force = candidate
        self.applied.emit(candidate)
        self._refresh()
        return True

    # -- building -------------------------------------------------------------------------------
    def _name_for_readers(self) -> None:
        """The tab set is a control of its own: a screen reader needs its name."""
        name(self._tabs, translate("SettingsDialog", "Settings sections"))

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("settings_tabs")
        self._tabs.setDocumentMode(False)
        outer.addWidget(self._tabs)

        sections: list[str] = []
        for spec in SETTINGS:
            if spec.section not in sections:
                sections.append(spec.section)
        self._sections = sections
        for section in sections:
            self._tabs.addTab(self._build_page(section), _tr(section))
        # One label column width for every tab, so editors stay put when switching tabs.
        labels = [f.label for f in self._fields.values() if f.label is not None]
        widest = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(widest)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self._status = QLabel(self)
        self._status.setObjectName("settings_status")
        self._status.setWordWrap(False)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.hide()

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self._buttons.setObjectName("settings_buttons")
        self._buttons.clicked.connect(self._on_button)
        outer.addWidget(self._status)
        outer.addWidget(self._buttons)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)

    def _build_page(self, section: str) -> QWidget:
        page = QWidget()
        page.setObjectName(f"page_{section.lower()}")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setContentsMargins(18, 16, 18, 12)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(2)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        used = set(_BUTTON_MNEMONICS)
        for spec in SETTINGS:
            if spec.section == section:
                self._add_row(form, spec, used)
        self._pages[section] = page
        return page

    def _add_row(self, form: QFormLayout, spec: SettingSpec, used: set[str]) -> None:
        widget, read, write = self._make_editor(spec, used)
        widget.setObjectName(spec.key)
        tooltip = _tr(spec.description)
        if bounds := _bounds_text(spec):
            tooltip += f"\n{bounds}."
        widget.setToolTip(tooltip)
        widget.setWhatsThis(tooltip)
        widget.setAccessibleDescription(_tr(spec.description))

        help_label = QLabel(_tr(spec.description))
        help_label.setObjectName(f"{spec.key}_help")
        # One line each: wrapped labels in a form make Qt guess heights, and the
        # table's descriptions are written to fit a line.
        help_label.setWordWrap(False)
        self._style_help(help_label)

        error_label = QLabel()
        error_label.setObjectName(f"{spec.key}_error")
        error_label.setWordWrap(False)
        error_label.setTextFormat(Qt.TextFormat.PlainText)

        # Editors keep their natural width; the help text beside them takes the rest.
        policy = widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
        widget.setSizePolicy(policy)

        label: QLabel | None = None
        if spec.kind == "bool":
            form.addRow("", widget)
        else:
            label = QLabel(_with_mnemonic(_tr(spec.label), used, spec.label))
            label.setObjectName(f"{spec.key}_label")
            label.setBuddy(widget)
            label.setToolTip(tooltip)
            form.addRow(label, widget)
        form.addRow("", help_label)
        form.addRow("", error_label)
        error_label.setContentsMargins(0, 0, 0, 8)
        error_row = form.rowCount() - 1
        form.setRowVisible(error_row, False)
        # Help text hugs its editor; the gap between settings comes from the next row.
        help_label.setContentsMargins(0, 0, 0, 8)
        self._fields[spec.key] = _Field(
            spec, widget, read, write, label, help_label, error_label, form, error_row
        )

    def _style_help(self, label: QLabel) -> None:
        font = QFont(label.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        label.setFont(font)
        palette = label.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        muted = QColor(
            (text.red() * 62 + window.red() * 38) // 100,
            (text.green() * 62 + window.green() * 38) // 100,
            (text.blue() * 62 + window.blue() * 38) // 100,
        )
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        label.setPalette(palette)

    def _make_editor(
        self, spec: SettingSpec, used: set[str]
    ) -> tuple[QWidget, Callable[[], object], Callable[[Any], None]]:
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 0))
            spin.setSuffix(_unit_suffix(spec))
            spin.setAccelerated(True)
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            spin.setMinimumWidth(EDITOR_WIDTH)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(self._on_edited)
            return spin, spin.value, lambda v: spin.setValue(int(v))
        if spec.kind == "float":
            dspin = QDoubleSpinBox()
            dspin.setDecimals(1)
            dspin.setSingleStep(0.1)
            dspin.setRange(float(spec.minimum or 0.0), float(spec.maximum or 0.0))
            dspin.setSuffix(_unit_suffix(spec))
            dspin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            dspin.setMinimumWidth(EDITOR_WIDTH)
            dspin.setAlignment(Qt.AlignmentFlag.AlignRight)
            dspin.valueChanged.connect(self._on_edited)
            return dspin, lambda: round(dspin.value(), 2), lambda v: dspin.setValue(float(v))
        if spec.kind == "bool":
            box = QCheckBox(_with_mnemonic(_tr(spec.label), used, spec.label))
            box.toggled.connect(self._on_edited)
            return box, box.isChecked, lambda v: box.setChecked(bool(v))
        if spec.kind == "choice":
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(_choice_text(spec, choice), choice)
            combo.setMinimumWidth(EDITOR_WIDTH)
            combo.currentIndexChanged.connect(self._on_edited)
            return combo, combo.currentData, lambda v: combo.setCurrentIndex(combo.findData(v))
        if spec.kind == "time":
            edit = QTimeEdit()
            edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
            edit.setMinimumWidth(EDITOR_WIDTH)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.timeChanged.connect(self._on_edited)

            def read_time() -> object:
                value = edit.time()
                return time(value.hour(), value.minute())

            def write_time(value: Any) -> None:
                edit.setTime(QTime(value.hour, value.minute))

            return edit, read_time, write_time
        if spec.kind == "days":
            picker = WeekdayPicker()
            picker.changed.connect(self._on_edited)
            return picker, picker.days, lambda v: picker.set_days(tuple(v))
        raise ValueError(f"{spec.key}: no editor for kind {spec.kind!r}")  # pragma: no cover

    # -- state ----------------------------------------------------------------------------------
    def _write_all(self, settings: AppSettings) -> None:
        with QSignalBlocker(self):
            self._writing = True
            try:
                for key, field in self._fields.items():
                    field.write(getattr(settings, key))
            finally:
                self._writing = False

    def _on_edited(self, *_args: object) -> None:
        if self._writing:
            return
        self._refresh()

    def _check(self) -> tuple[AppSettings | None, list[SettingsError]]:
        """The complete candidate, or every problem to show (not just the first)."""
        raw = self.pending_values()
        try:
            return validated(self._in_force, raw), []
        except SettingsError as first:
            problems = [first]
        try:
            typed = {key: coerce(SPEC_BY_KEY[key], value) for key, value in raw.items()}
            problems = cross_check(replace(self._in_force, **typed)) or problems
        except SettingsError:
            pass
        return None, problems

    def _refresh(self) -> None:
        candidate, errors = self._check()
        self._show_errors(errors, focus=False)
        pending = self.pending_values()
        for key, predicate in DEPENDS_ON.items():
            if key in self._fields:
                enabled = predicate(pending)
                field = self._fields[key]
                field.widget.setEnabled(enabled)
                if field.label is not None:
                    field.label.setEnabled(enabled)
        changed = candidate is not None and candidate != self._in_force
        self._buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(changed)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(candidate is not None)
        at_defaults = candidate is not None and candidate == AppSettings()
        self._buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setEnabled(
            not at_defaults
        )

    def _show_errors(self, errors: list[SettingsError], *, focus: bool) -> None:
        by_key = {err.key: err for err in errors}
        warn_colour = self._error_colour()
        for key, field in self._fields.items():
            err = by_key.get(key)
            if err is None:
                field.show_error(None)
                continue
            said = render(err.reason, translate, number)
            reason = said[:1].upper() + said[1:]
            field.error.setStyleSheet(f"color: {warn_colour};")
            field.error.setAccessibleName(f"{_tr(field.spec.label)}: {said}")
            field.show_error(f"\u26a0 {reason}.")
        for index in range(self._tabs.count()):
            section = self._sections[index]
            has_error = any(
                SPEC_BY_KEY[key].section == section for key in by_key if key in SPEC_BY_KEY
            )
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tabs.setTabIcon(index, icon if has_error else QIcon())
        if errors:
            first = errors[0]
            spec = SPEC_BY_KEY.get(first.key)
            where = (
                translate("SettingsDialog", "\u201c{setting}\u201d ({section})").format(
                    setting=_tr(spec.label), section=_tr(spec.section)
                )
                if spec
                else first.key
            )
            if len(errors) > 1:
                where = f"{where} {COUNTS.more(len(errors) - 1)}"
            self._status.setText(
                "\u26a0 "
                + translate(
                    "SettingsDialog", "Fix {where} to apply. Nothing has changed yet."
                ).format(where=where)
            )
            self._status.setStyleSheet(f"color: {warn_colour};")
            self._status.show()
            if focus and spec is not None:
                self._tabs.setCurrentWidget(self._pages[spec.section])
                self._fields[first.key].widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._status.hide()
            self._status.clear()

    def _error_colour(self) -> str:
        window = self.palette().color(QPalette.ColorRole.Window)
        return "#ff8a80" if window.lightness() < 128 else "#b3261e"

    def _on_button(self, button: QAbstractButton) -> None:
        role = self._buttons.standardButton(button)
        if role == QDialogButtonBox.StandardButton.RestoreDefaults:
            self.restore_defaults()
        elif role == QDialogButtonBox.StandardButton.Apply:
            self.apply_changes()
        elif role == QDialogButtonBox.StandardButton.Ok:
            if self.apply_changes():
                self.accept()
        elif role == QDialogButtonBox.StandardButton.Cancel:
            self.reject()

    def reject(self) -> None:
        """Cancel or Escape: pending edits are dropped, the values in force stay."""
        self._write_all(self._in_force)
        self._refresh()
        super().reject()
