"""The real app read and driven through the accessibility bus, as a screen reader does.

at-spi2-core's bus runs in the test desktop and the app starts with Qt's
AT-SPI bridge on; ``tests.atspi`` walks the tree, presses controls through
their accessible actions, reads the rep counter's value and collects the
announcements the guide sends.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.atspi import AtspiBus, AtspiError, Node
from tests.desktop_session import (
    ALWAYS_WORKING,
    ATSPI_LAUNCHER,
    DesktopSession,
    missing_programs,
)
from tests.integration.conftest import REQUIRED

SELF_PACED = ALWAYS_WORKING.replace(
    "[general]",
    '[routine]\nmode = "self-paced"\nsets = 2\nreps_per_direction = 3\nrest_seconds = 12\n'
    "sounds = false\n\n[general]",
)


@pytest.fixture
def reader_desktop(tmp_path: Path) -> Iterator[DesktopSession]:
    """The test desktop with the accessibility bus (at-spi2-core) running."""
    missing = missing_programs(*REQUIRED)
    if missing or not Path(ATSPI_LAUNCHER).exists():
        pytest.fail(f"needs {', '.join(missing) or ATSPI_LAUNCHER}: run scripts/test.sh")
    session = DesktopSession(tmp_path / "desktop", notifications=False, accessibility=True)
    try:
        yield session
    finally:
        session.stop()


def unnamed_focusable(window: Node) -> list[str]:
    """Focusable things on screen that a reader would announce with no name."""
    found = []
    for node in window.walk():
        try:
            if "focusable" in node.states() and not node.name.strip():
                found.append(f"{node.role} {node.description!r} in {node.parent().name!r}")
        except AtspiError:
            continue
    return found


def window_named(app: Node, part: str, timeout: float = 10.0) -> Node:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for child in app.children():
            try:
                if part in child.name and "showing" in child.states():
                    return child
            except AtspiError:
                continue
        time.sleep(0.1)
    raise AtspiError(f"no window named like {part!r}")


def test_the_guide_is_walked_pressed_and_heard_through_the_accessibility_bus(
    reader_desktop: DesktopSession,
) -> None:
    session = reader_desktop
    session.write_settings(SELF_PACED)
    bus = AtspiBus(session.env["DBUS_SESSION_BUS_ADDRESS"])
    bus.listen()  # before the app starts, as a reader already running at login
    app = session.start_app()
    try:
        assert app.wait_docked(), app.output()
        assert session.cli("--break-now").returncode == 0
        assert app.wait_for_log("guide window opened"), app.output()
        tree = bus.application(app.pid)
        guide = window_named(tree, "Seated thoracic rotation")
        guide.find("Start", "push button")
        assert unnamed_focusable(guide) == []

        # the figure is a picture with words; the check-in is a group of radio buttons
        figure = guide.find("Figure: the starting position", "graphic")
        assert "turned to the right" in figure.description
        scale = guide.find("How tight is your upper back right now?", "filler")
        assert "0 is loose" in scale.description
        six = guide.find("6", "radio button")
        six.do("Toggle")
        assert bus.wait_for(lambda: "checked" in six.states(), 5)

        # Why this helps, and back, by their buttons
        guide.find("Why this helps", "push button").do("Press")
        guide.find("Back", "push button", timeout=5).do("Press")
        guide.find("Start", "push button", timeout=5).do("Press")

        counter = guide.find("Rep counter", "progress bar")
        assert counter.maximum == 3 and counter.value == 0
        assert "to the right, set 1 of 2" in counter.description
        drill_figure = guide.find("Animated figure", "animation")
        assert drill_figure.actions()["Press"] == "Counts one rotation, like Space"
        assert unnamed_focusable(guide) == []
        assert bus.heard_words("Set 1 of 2", 5)

        # self-paced at a screen reader's pace: every rep is read and announced
        for rep in (1, 2, 3):
            drill_figure.do("Press")
            if rep < 3:
                assert bus.wait_for(lambda rep=rep: counter.value == rep, 5), counter.value
                assert bus.heard_words(f"{rep} of 3.", 5), bus.heard
            time.sleep(1.6)
        assert bus.heard_words("now to the left", 5), bus.heard
        assert bus.wait_for(lambda: "to the left" in counter.description, 5)
        for _ in range(3):
            drill_figure.do("Press")
            time.sleep(0.15)  # quicker than a reader speaks: coalesced

        # rest: the countdown is announced every ten seconds, and the rest can be skipped
        countdown = guide.find("Rest countdown", "progress bar", timeout=5)
        assert countdown.maximum == 12 and 0 < countdown.value <= 12
        assert bus.heard_words("Rest for 12 seconds", 5), bus.heard
        assert bus.heard_words("10 seconds of rest left", 6)
        counts = [t for t in bus.announcements() if " of 3." in t]
        assert 2 <= len(counts) < 5, bus.heard  # the quick burst was not read rep by rep
        guide.find("Skip rest", "push button").do("Press")
        counter = guide.find("Rep counter", "progress bar", timeout=5)
        assert bus.heard_words("Set 2 of 2", 5), bus.heard
        drill_figure = guide.find("Animated figure", "animation")
        for _ in range(6):
            drill_figure.do("Press")
            time.sleep(0.2)

        # summary: the after check-in and Done, by their accessible actions
        guide.find("Done", "push button", timeout=8)
        assert bus.heard_words("Session complete", 5), bus.heard
        assert unnamed_focusable(guide) == []
        guide.find("And now? How tight is your upper back?", "filler")
        guide.find("3", "radio button").do("Toggle")
        time.sleep(0.3)
        guide.find("Done", "push button").do("Press")
        assert app.wait_for_log("guide finished (completed)"), app.output()
    finally:
        bus.close()
    app.stop()  # every write is on disk once the app has exited
    db = Path(session.env["XDG_DATA_HOME"]) / "desk-mobility" / "history.db"
    with sqlite3.connect(db) as conn:
        check_ins = sorted(conn.execute("select moment, tightness from check_ins").fetchall())
    assert check_ins == [("after", 3), ("before", 6)]


def test_weekly_view_settings_and_no_tray_window_name_every_focusable_control(
    tmp_path: Path,
) -> None:
    if missing_programs(*REQUIRED) or not Path(ATSPI_LAUNCHER).exists():
        pytest.fail(f"needs {', '.join(REQUIRED)} and {ATSPI_LAUNCHER}: run scripts/test.sh")
    # no tray host: the small window stands in for the tray, and is read too
    session = DesktopSession(
        tmp_path / "desktop", tray=False, notifications=False, accessibility=True
    )
    bus = AtspiBus(session.env["DBUS_SESSION_BUS_ADDRESS"])
    try:
        bus.listen()
        session.write_settings(ALWAYS_WORKING)
        app = session.start_app()
        tree = bus.application(app.pid)
        no_tray = window_named(tree, "Desk Mobility")
        no_tray.find("Start break now", timeout=10)
        assert unnamed_focusable(no_tray) == []

        assert session.cli("--history").returncode == 0
        history = window_named(tree, "Weekly history")
        chart = history.find("Week chart")
        assert "focusable" in chart.states()
        first_day = chart.description
        assert ":" in first_day  # "Tuesday 1 December: sat 2 s, ..."
        assert unnamed_focusable(history) == []
        # the chart in words, a day at a time from the keyboard: each day is said
        chart.do("SetFocus")
        assert bus.wait_for(lambda: "focused" in chart.states(), 5)
        session.xdotool("key", "Left")
        assert bus.wait_for(lambda: any(t == chart.description for t in bus.announcements()), 5), (
            bus.heard
        )

        assert session.cli("--settings").returncode == 0
        settings = window_named(tree, "Settings")
        assert unnamed_focusable(settings) == []
    finally:
        bus.close()
        session.stop()
