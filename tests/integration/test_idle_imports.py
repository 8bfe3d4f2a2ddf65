"""The idle tray app loads nothing that only a window needs.

Memory a tray app takes at start-up it keeps all day on every machine, so the
guide, the weekly history and the settings (and what only they use: the drill
file, the figure, sqlite-utils, plyer, the autostart files) load when
first opened. The real app runs on the virtual desktop until its icon is
docked and its first break check is done, then reports its modules.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from desk_mobility.app import QT_NAMESPACE
from desk_mobility.platform.no_openssl import OPENSSL_MODULES
from tests.desktop_session import DesktopSession, wait_for

# Modules (and packages, with everything under them) the idle app must not load.
WINDOW_ONLY = (
    "desk_mobility.ui.guide",
    "desk_mobility.ui.figure",
    "desk_mobility.ui.history",
    "desk_mobility.ui.settings_dialog",
    "desk_mobility.ui.no_tray_window",
    "desk_mobility.ui.sounds",  # the players: with the first sound
    "desk_mobility.platform.calls.watcher_process",  # QProcess: with a break near
    "desk_mobility.core.week",  # the reads: with the history, a due break or an export
    "desk_mobility.storage.queries",
    "desk_mobility.core.routine",
    "desk_mobility.files.routine_file",
    "desk_mobility.platform.autostart",
    "desk_mobility.platform.notify.plyer_fallback",
    "desk_mobility.storage.csv_export",
    "sqlite_utils",
    "PySide6.QtNetwork",
    "plyer",
    "hashlib",  # and its five digests: the socket name takes SHA-256 alone (files/paths.py)
)

# Modules the app never loads, and the libraries behind them.
# QtDBus: the watchers listen with jeepney, as the notifications speak
# (platform/bus_watch.py); Qt itself still links libQt6DBus. logging.handlers:
# the log file rotates with files/rotating_log.py. ctypes.util: Xlib opens by
# its soname (platform/_xlib.py).
NEVER_LOADED = (
    *OPENSSL_MODULES,
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    "pulsectl",
    "logging.handlers",
    "ctypes.util",
)
NEVER_MAPPED = ("libcrypto", "libssl", "libQt6Svg", "libpulse")


def loaded(session: DesktopSession) -> list[str]:
    result = session.cli("--loaded-modules")
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def window_only_in(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == w or m.startswith(w + ".") for w in WINDOW_ONLY)]


@pytest.mark.parametrize("name", WINDOW_ONLY)
def test_each_name_is_a_real_module(name: str) -> None:
    """A misspelt name would make the check below pass for nothing."""
    assert importlib.util.find_spec(name) is not None


def test_the_idle_app_loads_no_window_and_a_window_loads_on_first_use(
    desktop: DesktopSession,
) -> None:
    # The second launch is the everyday one: the first creates the history
    # file, a migration written with sqlite-utils.
    first = desktop.start_app()
    assert first.wait_docked(), first.output()
    first.stop()
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert wait_for(lambda: json.loads(desktop.cli("--status").stdout)["tray"] == "docked", 10)

    idle = loaded(desktop)
    assert "desk_mobility.shell.scheduling" in idle  # the app really answered
    assert window_only_in(idle) == []
    # The app never talks to the network: no TLS, no OpenSSL (platform/no_openssl.py);
    # its icons are PNG, so no SVG renderer either (ui/icons.py); the sound server
    # is watched from a child process, only near a break (platform/calls/pulse.py).
    assert [m for m in idle if m in NEVER_LOADED] == []
    maps = Path(f"/proc/{app.pid}/maps").read_text()
    assert [lib for lib in NEVER_MAPPED if lib in maps] == []
    # No Qt enum all day: naming one builds PySide6's whole Qt namespace, 1.4 MB
    # (ui/icons.py). The icon is docked and the state checked more than once.
    assert app.wait_for_log("tray icon docked"), app.output()
    time.sleep(1)
    assert QT_NAMESPACE not in loaded(desktop)

    desktop.cli("--history")
    assert app.wait_for_log("weekly history opened"), app.output()
    desktop.cli("--settings")
    assert app.wait_for_log("settings opened"), app.output()
    desktop.cli("--break-now")
    assert app.wait_for_log("guide window opened"), app.output()
    opened = loaded(desktop)
    for module in (
        "desk_mobility.ui.history.week_view",
        "desk_mobility.ui.settings_dialog",
        "desk_mobility.ui.guide.window",
        "desk_mobility.core.routine.player",
        "desk_mobility.ui.sounds",
        "desk_mobility.core.week",
        "desk_mobility.storage.queries",
    ):
        assert module in opened
    assert QT_NAMESPACE in opened  # the probe sees the namespace once a window builds it
