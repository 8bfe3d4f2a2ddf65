"""Fullscreen detection against real windows on a real X server (Xvfb).

No window manager runs here, so the test plays its part the way EWMH
describes it: the window asks for fullscreen through ``_NET_WM_STATE`` (Qt
writes it when ``showFullScreen()`` is called before mapping) and the
active window is named in ``_NET_ACTIVE_WINDOW`` on the root window with xprop.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk_mobility.platform.fullscreen import X11FullscreenProbe, choose_fullscreen_probe
from tests.desktop_session import DesktopSession, wait_for

WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("presentation")
label.setWindowTitle(sys.argv[1])
label.showFullScreen() if sys.argv[2] == "full" else label.show()
app.exec()
"""


@pytest.fixture
def windows(bare_desktop: DesktopSession):
    procs: list[subprocess.Popen[bytes]] = []

    def open_window(title: str, mode: str) -> str:
        proc = subprocess.Popen(
            [sys.executable, "-c", WINDOW, title, mode],
            env=bare_desktop.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(proc)
        found: list[str] = []
        assert wait_for(lambda: bool(found.extend(bare_desktop.find_windows(title)) or found), 15)
        return found[0]

    yield open_window
    for proc in procs:
        proc.terminate()
        proc.wait(10)


def make_active(desk: DesktopSession, window: str) -> None:
    desk.run(
        [
            "xprop",
            "-root",
            "-f",
            "_NET_ACTIVE_WINDOW",
            "32x",
            "-set",
            "_NET_ACTIVE_WINDOW",
            str(int(window, 0)),
        ]
    )


def test_a_fullscreen_window_in_front_is_seen_and_a_normal_one_is_not(
    bare_desktop: DesktopSession, windows
) -> None:
    probe = X11FullscreenProbe(bare_desktop.display)
    try:
        assert probe() is None  # no window manager has named an active window yet
        talk = windows("Slides", "full")
        editor = windows("Editor", "normal")
        state = bare_desktop.run(["xprop", "-id", talk, "_NET_WM_STATE"]).stdout
        assert "_NET_WM_STATE_FULLSCREEN" in state
        make_active(bare_desktop, talk)
        assert probe() is True
        make_active(bare_desktop, editor)
        assert probe() is False
        # The window manager marks the editor fullscreen later (F11).
        bare_desktop.run(
            [
                "xprop",
                "-id",
                editor,
                "-f",
                "_NET_WM_STATE",
                "32a",
                "-set",
                "_NET_WM_STATE",
                "_NET_WM_STATE_FULLSCREEN",
            ]
        )
        assert probe() is True
    finally:
        probe.close()


def test_an_active_window_that_closed_is_not_a_crash(bare_desktop: DesktopSession) -> None:
    probe = X11FullscreenProbe(bare_desktop.display)
    try:
        make_active(bare_desktop, "0x3fffff")  # no such window: BadWindow from the server
        assert probe() is False
    finally:
        probe.close()


def test_the_factory_gives_a_probe_on_x11_and_none_elsewhere(bare_desktop) -> None:
    assert choose_fullscreen_probe("linux", {"DISPLAY": bare_desktop.display}) is not None
    assert choose_fullscreen_probe("linux", {"WAYLAND_DISPLAY": "w", "DISPLAY": ":1"}) is None
    assert choose_fullscreen_probe("win32", {}) is None
    assert choose_fullscreen_probe("linux", {"DISPLAY": ":987"}) is None
