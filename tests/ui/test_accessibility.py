"""Accessibility offscreen: the narrator's pace, names, focus order, contrast and large text."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_mobility.core.clock import FakeClock
from desk_mobility.core.events import RecordingSink
from desk_mobility.core.settings import Settings
from desk_mobility.files.routine_file import default_routine_path, load_routine
from desk_mobility.ui.guide.narration import Moment, Narrator
from desk_mobility.ui.guide.theme import (
    HIGH_CONTRAST_DARK_THEME,
    HIGH_CONTRAST_LIGHT_THEME,
    stylesheet,
    theme_for,
)
from desk_mobility.ui.guide.window import GuideWindow


def drill(reps: int, **changes: object) -> Moment:
    base = {"page": "drill", "set_number": 1, "sets": 2, "direction": "right"}
    return Moment(**{**base, "reps_done": reps, "reps_target": 15, **changes})  # type: ignore[arg-type]


def said(narrator: Narrator, moments: list[tuple[float, Moment]]) -> list[str]:
    out = []
    for now, moment in moments:
        announcement = narrator.observe(moment, now)
        if announcement is not None:
            out.append(announcement.text)
    return out


def test_every_rep_is_said_at_a_normal_tempo() -> None:
    narrator = Narrator()
    texts = said(narrator, [(3.5 * n, drill(n)) for n in range(6)])
    assert texts[0].startswith("Set 1 of 2, to the right. 0 of 15.")
    assert [t.split(" ")[0:3] for t in texts[1:]] == [[str(n), "of", "15."] for n in range(1, 6)]


def test_a_burst_of_quick_reps_is_coalesced_into_the_latest_count() -> None:
    narrator = Narrator()
    frames = [(0.0, drill(0))] + [(0.3 * n, drill(n)) for n in range(1, 8)]
    texts = said(narrator, frames)
    counts = [t for t in texts if " of 15." in t]
    assert len(counts) <= 2  # seven reps in 2.1 s, read at most every 1.5 s
    wait = narrator.pending(2.1)
    assert wait is not None and wait <= 1.5
    flushed = narrator.flush(2.1 + wait)
    assert flushed is not None and flushed.text.startswith("7 of 15.")
    assert narrator.flush(2.1 + wait + 0.1) is None  # said once


def test_the_rest_countdown_is_said_every_ten_seconds_and_at_five() -> None:
    narrator = Narrator()
    rest = [
        (float(30 - s), drill(15, page="rest", set_number=2, rest_seconds_left=s))
        for s in range(30, 0, -1)
    ]
    texts = said(narrator, rest)
    assert texts[0] == "Set 1 of 2 done. Rest for 30 seconds."
    assert texts[1:] == [
        "20 seconds of rest left.",
        "10 seconds of rest left.",
        "5 seconds of rest left.",
    ]


def test_pause_and_the_end_question_interrupt() -> None:
    narrator = Narrator()
    narrator.observe(drill(3), 0.0)
    paused = narrator.observe(drill(3, paused=True), 1.0)
    assert paused is not None and paused.assertive and "Paused" in paused.text
    ask = narrator.observe(drill(3, paused=True, confirming_end=True), 2.0)
    assert ask is not None and ask.assertive and "End the session now?" in ask.text


def test_the_switch_is_said_once_and_a_new_cue_waits_its_turn() -> None:
    narrator = Narrator()
    narrator.observe(drill(0, cue_title="The flashlight", cue_text="Shine it"), 0.0)
    cue = narrator.observe(drill(1, cue_title="Hips", cue_text="Keep them still"), 2.0)
    assert cue is not None and "Keep them still" not in cue.text  # 2 s after the last cue
    later = narrator.observe(drill(3, cue_title="Hips", cue_text="Keep them still"), 9.0)
    assert later is not None and "Hips: Keep them still" in later.text
    switch = narrator.observe(drill(0, direction="left", switching=True), 12.0)
    assert switch is not None and "Switch sides: now to the left." in switch.text
    assert narrator.observe(drill(0, direction="left", switching=True), 12.5) is None


def make_guide(qtbot: QtBot, settings: Settings | None = None, dark: bool = False) -> GuideWindow:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    window = GuideWindow(
        load_routine(default_routine_path()),
        settings or Settings(),
        clock,
        RecordingSink(),
        dark=dark,
    )
    qtbot.addWidget(window)
    window.open_setup()
    qtbot.waitActive(window)
    return window


def unnamed_focusable(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            found.append(type(widget).__name__)
    return found


def test_the_setup_page_tabs_in_screen_order_and_names_all_it_focuses(qtbot: QtBot) -> None:
    w = make_guide(qtbot)
    assert unnamed_focusable(w) == []
    order = []
    widget = w.nextInFocusChain()
    for _ in range(200):
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is w:
            break
    assert order == [w.setup_scale.pills[0], w.setup_page.why_button, w.setup_page.start_button]


def test_the_check_in_is_a_radio_group_the_keys_and_a_reader_can_set(qtbot: QtBot) -> None:
    w = make_guide(qtbot)
    scale = w.setup_scale
    iface = QAccessible.queryAccessibleInterface(scale.pills[10])
    assert iface.role() == QAccessible.Role.RadioButton
    assert iface.text(QAccessible.Text.Name) == "10, very tight"
    scale.pills[0].setFocus()
    qtbot.keyClick(scale.pills[0], Qt.Key.Key_Right)
    assert scale.value == 0  # the first arrow on an empty scale picks where focus is
    qtbot.keyClick(scale.pills[0], Qt.Key.Key_Right)
    assert scale.value == 1 and scale.pills[1].isChecked()
    # one Tab stop for the group: the chosen number
    assert [p.index for p in scale.pills if p.focusPolicy() != Qt.FocusPolicy.NoFocus] == [1]
    scale.pills[7].toggle()  # what a screen reader's toggle action does
    assert scale.value == 7 and [p.isChecked() for p in scale.pills].count(True) == 1
    scale.pills[7].click()  # a click on the chosen number clears it
    assert scale.value is None and not any(p.isChecked() for p in scale.pills)


def test_the_counter_is_a_progress_bar_whose_value_follows_the_reps(qtbot: QtBot) -> None:
    w = make_guide(qtbot, Settings(mode="self-paced", reps_per_direction=5))
    qtbot.keyClick(w, Qt.Key.Key_Return)
    for _ in range(2):
        qtbot.keyClick(w, Qt.Key.Key_Space)
    dial = QAccessible.queryAccessibleInterface(w.drill_page.dial)
    assert dial.role() == QAccessible.Role.ProgressBar
    assert w.drill_page.dial.value() == 2 and w.drill_page.dial.maximum() == 5
    assert dial.text(QAccessible.Text.Description) == "2 of 5 to the right, set 1 of 2"
    figure = QAccessible.queryAccessibleInterface(w.drill_canvas)
    assert figure.role() == QAccessible.Role.Animation
    assert "Press it, or Space" in figure.text(QAccessible.Text.Description)
    assert unnamed_focusable(w) == []


def test_both_schemes_draw_a_focus_ring_on_the_buttons() -> None:
    for t in (theme_for(False, False), theme_for(True, False), HIGH_CONTRAST_DARK_THEME):
        sheet = stylesheet(t)
        assert f"QPushButton:focus {{\n        border: 3px solid {t.accent}" in sheet
        assert f'QPushButton[role="primary"]:focus {{\n        border: 3px solid {t.text}' in sheet


def contrast(a: str, b: str) -> float:
    def luminance(color: str) -> float:
        c = QColor(color)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_themes_reach_seven_to_one() -> None:
    assert theme_for(False, True) is HIGH_CONTRAST_LIGHT_THEME
    assert theme_for(True, True) is HIGH_CONTRAST_DARK_THEME
    for t in (HIGH_CONTRAST_LIGHT_THEME, HIGH_CONTRAST_DARK_THEME):
        assert contrast(t.text, t.bg) >= 7 and contrast(t.muted, t.card) >= 7
        assert contrast(t.accent_text, t.accent) >= 7


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        need = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need.setWidth(0)
            need.setHeight(widget.heightForWidth(widget.width()))
        if widget.width() < need.width() or widget.height() < need.height():
            text = widget.text() if hasattr(widget, "text") else ""
            out.append(
                f"{type(widget).__name__} {text!r} {widget.size().toTuple()} < {need.toTuple()}"
            )
    return out


def test_the_settings_dialog_at_twice_the_text_size_cuts_nothing_off(qtbot: QtBot) -> None:
    from desk_mobility.ui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    try:
        dialog = SettingsDialog(Settings(), lambda _s: True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.font().pointSizeF() == big.pointSizeF()
        assert clipped(dialog) == []
    finally:
        app.setFont(normal)
