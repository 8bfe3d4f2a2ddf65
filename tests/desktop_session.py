"""A real desktop session for integration tests: Xvfb, a private session bus,
a tray host and a notification server, each started here and stopped by PID.

Everything a test starts lives in its own temporary folder: the app's
settings, data and state folders are isolated through the XDG variables, so a
test never touches the user's real files and two sessions never collide.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.fake_notification_server import BUS_CONFIG, stop

REPO = Path(__file__).resolve().parent.parent

FRAME = "#5b8def"

ATSPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

# Persistent notifications (timeout 0): a due break must wait for the user.
DUNSTRC = """\
[global]
    font = DejaVu Sans 11
    width = 420
    height = 160
    offset = 24x24
    origin = top-right
    frame_width = 2
    frame_color = "{frame}"
    corner_radius = 10
    padding = 14
    horizontal_padding = 14
    text_icon_padding = 14
    icon_position = left
    min_icon_size = 48
    max_icon_size = 48
    format = "<b>%s</b>\\n%b"
    markup = full
    show_indicators = no
    mouse_left_click = do_action, close_current
    mouse_middle_click = context
    mouse_right_click = close_current
    dmenu = {dmenu}
[urgency_low]
    background = "#1f2430"
    foreground = "#e6e9ef"
    timeout = 0
[urgency_normal]
    background = "#1f2430"
    foreground = "#e6e9ef"
    timeout = 0
[urgency_critical]
    background = "#1f2430"
    foreground = "#e6e9ef"
    timeout = 0
"""

# dunst writes one line per action ("#Snooze 10 min (Time to move) [2,snooze]");
# this stand-in for dmenu answers with the line containing the word in $0.pick.
DMENU = """#!/bin/sh
cat > "$0.in"
grep -m1 -F "$(cat "$0.pick")" "$0.in"
"""


def missing_programs(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class AppProcess:
    """The real app running as a child process of the test."""

    def __init__(self, session: DesktopSession, args: Sequence[str]) -> None:
        self.session = session
        self.log_path = session.root / f"app-{len(session.apps)}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desk_mobility", "--verbose", *args],
            env=session.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=session.root,
        )
        self.pid = self.proc.pid

    def output(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, text: str, timeout: float = 15.0) -> bool:
        return (
            wait_for(lambda: text in self.output() or self.proc.poll() is not None, timeout)
            and text in self.output()
        )

    def wait_docked(self, timeout: float = 15.0) -> bool:
        """True once the app reports its tray icon is shown in the tray host."""
        return self.wait_for_log("tray icon docked", timeout)

    def wait_exit(self, timeout: float = 15.0) -> int | None:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            if self.wait_exit(10) is None:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class DesktopSession:
    """Xvfb + session bus (+ trayer, + dunst) for one test or module."""

    def __init__(
        self,
        root: Path,
        *,
        tray: bool = True,
        notifications: bool = True,
        accessibility: bool = False,
        size: str = "1280x800",
    ) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._procs: list[subprocess.Popen[bytes]] = []
        self.apps: list[AppProcess] = []
        self.display = self._start_xvfb(size)
        self.bus_address = self._start_bus()
        home = root / "home"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_", "QT_"))},
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(root / "runtime"),
            "PYTHONPATH": str(REPO),
            "NO_AT_BRIDGE": "1",
        }
        (root / "runtime").mkdir(mode=0o700, exist_ok=True)
        if accessibility:
            self.start_accessibility_bus()
        if tray:
            self.start_tray()
        if notifications:
            self.start_notifications()

    # -- infrastructure -------------------------------------------------
    def _spawn(
        self, argv: Sequence[str], env: dict[str, str] | None = None, name: str | None = None
    ) -> subprocess.Popen[bytes]:
        with (self.root / f"{name or Path(argv[0]).name}.log").open("wb") as log:
            proc = subprocess.Popen(
                list(argv), env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        self._procs.append(proc)
        return proc

    def _start_xvfb(self, size: str) -> str:
        read_fd, write_fd = os.pipe()
        proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{size}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        self._procs.append(proc)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        return f":{number}"

    def _start_bus(self) -> str:
        # Our own configuration, without service activation: the stock session
        # bus would start any installed notification server on first use.
        config = self.root / "bus.conf"
        config.write_text(BUS_CONFIG.format(folder=self.root))
        proc = subprocess.Popen(
            [
                "dbus-daemon",
                f"--config-file={config}",
                "--nofork",
                "--print-address=1",
                "--nopidfile",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._procs.append(proc)
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        return address

    def bus_has_name(self, name: str) -> bool:
        out = self.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            check=False,
        ).stdout
        return "boolean true" in out

    def start_tray(self) -> None:
        """trayer: an XEmbed tray host; Qt then reports a system tray."""
        self._spawn(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "28",
                "--transparent",
                "false",
                "--tint",
                "0x2e3440",
                "--SetDockType",
                "true",
                "--expand",
                "true",
            ],
            env=self.env,
        )
        if not wait_for(
            lambda: (
                "_NET_SYSTEM_TRAY_S0"
                in self.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], check=False).stdout
                or self._selection_owned("_NET_SYSTEM_TRAY_S0")
            ),
            10,
        ):
            raise RuntimeError("the tray host did not start")

    def _selection_owned(self, atom: str) -> bool:
        script = (
            "import ctypes,sys;x=ctypes.CDLL('libX11.so.6');"
            "x.XOpenDisplay.restype=ctypes.c_void_p;x.XOpenDisplay.argtypes=[ctypes.c_char_p];"
            "x.XInternAtom.restype=ctypes.c_ulong;"
            "x.XInternAtom.argtypes=[ctypes.c_void_p,ctypes.c_char_p,ctypes.c_int];"
            "x.XGetSelectionOwner.restype=ctypes.c_ulong;"
            "x.XGetSelectionOwner.argtypes=[ctypes.c_void_p,ctypes.c_ulong];"
            "d=x.XOpenDisplay(None);"
            f"sys.exit(0 if d and x.XGetSelectionOwner(d,x.XInternAtom(d,b'{atom}',0)) else 1)"
        )
        return (
            subprocess.run([sys.executable, "-c", script], env=self.env, check=False).returncode
            == 0
        )

    def start_accessibility_bus(self) -> None:
        """at-spi2-core's bus, as a desktop starts it for screen readers; Qt's bridge on.

        The launcher owns ``org.a11y.Bus`` on the session bus and starts the
        accessibility bus and its registry; apps and readers find it there.
        """
        self._spawn([ATSPI_LAUNCHER, "--launch-immediately"], env=self.env)
        if not wait_for(lambda: self.bus_has_name("org.a11y.Bus"), 10):
            raise RuntimeError("at-spi-bus-launcher did not take org.a11y.Bus")
        self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        self.env["QT_ACCESSIBILITY"] = "1"

    def start_notifications(self) -> None:
        """dunst, configured for tests: persistent, a click runs the default action."""
        self.dmenu = self.root / "dmenu.sh"
        self.dmenu.write_text(DMENU)
        self.dmenu.chmod(0o755)
        rc = self.root / "dunstrc"
        rc.write_text(DUNSTRC.format(frame=FRAME, dmenu=self.dmenu))
        self._spawn(["dunst", "-config", str(rc)], env=self.env)
        if not wait_for(lambda: self.bus_has_name("org.freedesktop.Notifications"), 10):
            raise RuntimeError("dunst did not take the notification bus name")

    def paint_background(self, rgb: int) -> None:
        """Give the bare X screen a desktop colour so a screenshot reads as a desktop."""
        script = (
            "import ctypes;x=ctypes.CDLL('libX11.so.6');"
            "x.XOpenDisplay.restype=ctypes.c_void_p;x.XOpenDisplay.argtypes=[ctypes.c_char_p];"
            "x.XDefaultRootWindow.restype=ctypes.c_ulong;"
            "x.XDefaultRootWindow.argtypes=[ctypes.c_void_p];"
            "x.XSetWindowBackground.argtypes=[ctypes.c_void_p,ctypes.c_ulong,ctypes.c_ulong];"
            "x.XClearWindow.argtypes=[ctypes.c_void_p,ctypes.c_ulong];"
            "x.XCloseDisplay.argtypes=[ctypes.c_void_p];"
            "d=x.XOpenDisplay(None);r=x.XDefaultRootWindow(d);"
            f"x.XSetWindowBackground(d,r,{rgb});x.XClearWindow(d,r);x.XCloseDisplay(d)"
        )
        self.run([sys.executable, "-c", script])

    def dunstctl(self, *args: str) -> str:
        return self.run(["dunstctl", *args]).stdout

    def pick_notification_action(self, word: str) -> None:
        """Open the newest notification's action menu and choose the entry with ``word``."""
        Path(f"{self.dmenu}.pick").write_text(word)
        self.dunstctl("context")

    def notifications_displayed(self) -> int:
        return int(self.dunstctl("count", "displayed").strip() or 0)

    def notification_history(self) -> list[dict[str, Any]]:
        """Closed notifications, newest first, as plain field -> value dicts."""
        data = json.loads(self.dunstctl("history"))["data"][0]
        return [{key: value["data"] for key, value in entry.items()} for entry in data]

    # -- helpers for tests ----------------------------------------------
    def run(
        self, argv: Sequence[str], check: bool = True, timeout: float = 20
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(argv), env=self.env, capture_output=True, text=True, check=check, timeout=timeout
        )

    def xdotool(self, *args: str) -> str:
        return self.run(["xdotool", *args]).stdout

    def find_windows(self, name: str) -> list[str]:
        result = self.run(["xdotool", "search", "--onlyvisible", "--name", name], check=False)
        return result.stdout.split()

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.run(["import", "-window", "root", str(path)])
        return path

    def start_app(self, *args: str) -> AppProcess:
        app = AppProcess(self, args)
        self.apps.append(app)
        return app

    def cli(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        """A second launch of the app, as a user would type it; waits for it to end."""
        return self.run(
            [sys.executable, "-m", "desk_mobility", *args], check=False, timeout=timeout
        )

    def write_settings(self, text: str) -> Path:
        path = Path(self.env["XDG_CONFIG_HOME"]) / "desk-mobility" / "settings.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    def stop(self) -> None:
        for app in self.apps:
            app.stop()
        for proc in reversed(self._procs):
            stop(proc)


@contextlib.contextmanager
def desktop_session(root: Path, **options: bool) -> Iterator[DesktopSession]:
    session = DesktopSession(root, **options)  # type: ignore[arg-type]
    try:
        yield session
    finally:
        session.stop()


ALWAYS_WORKING = """\
[breaks]
sit_minutes = 10
natural_break_minutes = 5
working_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
work_start = "00:00"
work_end = "23:59"

[general]
chime = false
"""


def write_state_near_due(path: Path, now: datetime, sat_seconds: float) -> None:
    """A saved sitting state, as the app leaves it: a stretch of ``sat_seconds`` so far.

    A relaunch within the natural-break length continues it, which is how
    tests meet a due break within seconds through the path a user's restart takes.
    """
    state = {
        "sitting": {
            "version": 1,
            "saved_at": now.isoformat(),
            "stretch_started": (now - timedelta(seconds=sat_seconds)).isoformat(),
            "sat_seconds": sat_seconds,
            "last_input": now.isoformat(),
        }
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(state))


def sit_almost_to_the_break(session: DesktopSession, seconds_left: float = 3.0) -> None:
    """A stretch seconds short of the break, with ``ALWAYS_WORKING`` (a 10-minute interval)."""
    path = Path(session.env["XDG_STATE_HOME"]) / "desk-mobility" / "sitting-state.json"
    write_state_near_due(path, datetime.now().astimezone(), 10 * 60 - seconds_left)
