"""Idle time from a real X server (Xvfb), driven with xdotool."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from desk_mobility.core.events import NaturalBreak, RecordingSink, StretchEnded, StretchStarted
from desk_mobility.core.sitting import Activity, SittingTracker
from desk_mobility.platform.idle.sources import X11IdleSource, choose_idle_source
from tests.desktop_session import DesktopSession
from tests.fresh_python import run_script


@pytest.fixture
def x_idle(bare_desktop: DesktopSession):
    source = X11IdleSource(bare_desktop.display)
    yield source
    source.close()


def test_silence_grows_idle_and_input_resets_it(bare_desktop: DesktopSession, x_idle) -> None:
    bare_desktop.xdotool("mousemove", "100", "100")
    time.sleep(1.0)
    grown = x_idle.idle_seconds()
    assert grown is not None and grown >= 0.9
    bare_desktop.xdotool("mousemove", "300", "200")
    moved = x_idle.idle_seconds()
    assert moved is not None and moved < 0.5
    time.sleep(0.6)
    bare_desktop.xdotool("key", "shift")
    pressed = x_idle.idle_seconds()
    assert pressed is not None and pressed < 0.4


def test_the_factory_picks_x11_on_an_x_session(bare_desktop: DesktopSession, caplog) -> None:
    caplog.set_level("INFO", logger="desk_mobility.platform.idle.sources")
    env = {"DISPLAY": bare_desktop.display, "DBUS_SESSION_BUS_ADDRESS": bare_desktop.bus_address}
    source = choose_idle_source("linux", env)
    try:
        assert source.name == "x11"
        assert "idle source: x11" in caplog.text
    finally:
        source.close()


def test_the_tracker_against_real_input(bare_desktop: DesktopSession, x_idle) -> None:
    """Seconds stand in for minutes: type, fall silent past the natural break, come back."""
    sink = RecordingSink()
    tracker = SittingTracker(sink, short_idle_seconds=0.4, natural_break_seconds=1.2)

    def sample() -> Activity:
        return tracker.sample(
            datetime.now().astimezone(), time.monotonic(), x_idle.idle_seconds()
        ).activity

    def typing(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            bare_desktop.xdotool("key", "a")
            time.sleep(0.05)
            sample()

    def silent(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            time.sleep(0.1)
            sample()

    bare_desktop.xdotool("mousemove", "10", "10")
    sample()
    typing(1.0)
    snap = tracker.snapshot(datetime.now().astimezone())
    assert snap.activity is Activity.ACTIVE
    assert 0.8 <= snap.sat_seconds <= 1.6
    silent(1.6)
    assert sample() is Activity.AWAY
    [ended] = sink.of_type(StretchEnded)
    assert isinstance(ended, StretchEnded) and ended.ended_by == "natural"
    assert sink.of_type(NaturalBreak) == []  # recorded whole once the user is back
    typing(0.5)
    assert sample() is Activity.ACTIVE
    assert len(sink.of_type(StretchStarted)) == 2
    [natural] = sink.of_type(NaturalBreak)
    assert isinstance(natural, NaturalBreak)
    assert natural.away_seconds >= 1.2  # the whole silence, not just up to when it was noticed


QT_BORROWS = """
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
from desk_mobility.platform.fullscreen import X11FullscreenProbe
from desk_mobility.platform.idle.sources import X11IdleSource

app = QApplication(sys.argv[:1])
qt_display = app.nativeInterface().display()
source = X11IdleSource(sys.argv[1])
probe = X11FullscreenProbe(sys.argv[1])
seen = {
    "qt": qt_display,
    "idle": source._display.handle,
    "probe": probe._display.handle,
    "idle_seconds": source.idle_seconds(),
    "fullscreen": probe(),
}
source.close()
probe.close()
window = QWidget()  # Qt's display still works once both have let go
window.show()
app.processEvents()
seen["window_after"] = window.isVisible() and window.winId() != 0
print(json.dumps(seen))
"""


def test_the_idle_time_and_the_probe_share_qts_own_x_connection(
    bare_desktop: DesktopSession,
) -> None:
    """In the app, Qt is connected already: a second and third connection cost 80 kB each."""
    seen = run_script(QT_BORROWS, bare_desktop.display, env=bare_desktop.env, platform="xcb")
    assert seen["qt"] != 0
    assert seen["idle"] == seen["qt"] and seen["probe"] == seen["qt"]
    assert seen["idle_seconds"] is not None and seen["idle_seconds"] >= 0
    assert seen["fullscreen"] is None  # no window manager on the bare desktop
    assert seen["window_after"] is True


def test_without_qt_each_opens_its_own_connection(bare_desktop: DesktopSession) -> None:
    source = X11IdleSource(bare_desktop.display)
    try:
        assert source._display.borrowed is False  # a plain-Python caller (these tests)
        assert source.idle_seconds() is not None
    finally:
        source.close()
