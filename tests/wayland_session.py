"""Real Wayland sessions for integration tests: KWin or Mutter, headless, stopped by PID.

Each session has its own runtime folder, session bus and XDG folders (as in
``tests.desktop_session``), a compositor with a virtual output, and a way to
drive real input into that compositor:

* KWin (KDE Plasma's compositor, ``kwin_wayland --virtual``): its fake-input
  protocol, which KWin grants only to a program named by an installed
  ``.desktop`` file with ``X-KDE-Wayland-Interfaces`` (how KDE Connect gets
  it). The file names this Python interpreter, so the test process may move
  the pointer. KWin's scripting API lists its windows and which one is active.
* Mutter (GNOME's compositor, ``mutter --headless``): its RemoteDesktop D-Bus
  API, on one connection kept open (a session ends with its connection).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desk_mobility.platform.idle.wayland_wire import WaylandConnection, decode
from tests.desktop_session import REPO, AppProcess, wait_for
from tests.fake_notification_server import BUS_CONFIG, stop

BTN_LEFT = 0x110  # linux/input-event-codes.h
WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "height": 30,
    "modules-left": [],
    "modules-center": [],
    "modules-right": ["tray"],
    "tray": {"icon-size": 20, "spacing": 8},
}
WINDOW_LIST_SCRIPT = """\
const clients = workspace.clientList();
const found = [];
for (let i = 0; i < clients.length; i++) {
  const c = clients[i];
  found.push({caption: c.caption, active: c.active, pid: c.pid,
              resourceClass: String(c.resourceClass), minimized: c.minimized,
              x: c.x, y: c.y, width: c.width, height: c.height});
}
print("WINDOWS %(tag)s " + JSON.stringify(found));
"""
CLOSE_SCRIPT = """\
const clients = workspace.clientList();
for (let i = 0; i < clients.length; i++) {
  if (clients[i].caption === %(caption)s) { clients[i].closeWindow(); }
}
print("CLOSED %(tag)s");
"""
RAISE_SCRIPT = """\
const clients = workspace.clientList();
for (let i = 0; i < clients.length; i++) {
  if (clients[i].caption === %(caption)s) { workspace.activeClient = clients[i]; }
}
print("RAISED %(tag)s");
"""


class WaylandSession:
    """What every compositor session shares: folders, bus, environment, the app."""

    socket_name = "wayland-test"
    desktop = ""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._procs: list[subprocess.Popen[bytes]] = []
        self.apps: list[AppProcess] = []
        self.runtime = root / "runtime"
        self.runtime.mkdir(mode=0o700, exist_ok=True)
        home = root / "home"
        self.bus_address = self._start_bus()
        self.env = {
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("XDG_", "DBUS_", "QT_", "WAYLAND_", "DISPLAY"))
            },
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "WAYLAND_DISPLAY": self.socket_name,
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": self.desktop,
            "QT_QPA_PLATFORM": "wayland",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "PYTHONPATH": str(REPO),
            "NO_AT_BRIDGE": "1",
        }

    # -- processes ---------------------------------------------------------------

    def _spawn(
        self, argv: Sequence[str], name: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        with (self.root / f"{name}.log").open("wb") as log:
            proc = subprocess.Popen(
                list(argv),
                env=env or self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self._procs.append(proc)
        return proc

    def _start_bus(self) -> str:
        config = self.root / "bus.conf"  # no service activation: nothing starts by itself
        config.write_text(BUS_CONFIG.format(folder=self.root))
        proc = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._procs.append(proc)
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        return address

    def log(self, name: str) -> str:
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def wait_for_socket(self, name: str, timeout: float = 20.0) -> None:
        if not wait_for((self.runtime / self.socket_name).exists, timeout, 0.1):
            raise RuntimeError(f"{name} did not open its Wayland socket:\n{self.log(name)[-2000:]}")

    def bus_has_name(self, name: str) -> bool:
        return "boolean true" in self.dbus_send(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )

    def dbus_send(self, dest: str, path: str, method: str, *args: str) -> str:
        result = self.run(
            ["dbus-send", "--session", "--print-reply", f"--dest={dest}", path, method, *args],
            check=False,
        )
        return result.stdout + result.stderr

    def run(
        self, argv: Sequence[str], check: bool = True, timeout: float = 20
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(argv), env=self.env, capture_output=True, text=True, check=check, timeout=timeout
        )

    # -- the app -----------------------------------------------------------------------

    def start_app(self, *args: str) -> AppProcess:
        app = AppProcess(self, args)  # type: ignore[arg-type]
        self.apps.append(app)
        return app

    def cli(self, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        return self.run(
            [sys.executable, "-m", "desk_mobility", *args], check=False, timeout=timeout
        )

    def status(self) -> dict[str, Any]:
        result = self.cli("--status")
        if result.returncode != 0:
            raise AssertionError(f"--status failed: {result.stdout}{result.stderr}")
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def write_settings(self, text: str) -> Path:
        path = Path(self.env["XDG_CONFIG_HOME"]) / "desk-mobility" / "settings.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    def history_db(self) -> Path:
        return Path(self.env["XDG_DATA_HOME"]) / "desk-mobility" / "history.db"

    def stop(self) -> None:
        for app in self.apps:
            app.stop()
        for proc in reversed(self._procs):
            stop(proc)


class KWinSession(WaylandSession):
    """``kwin_wayland --virtual`` with fake input granted to this interpreter."""

    desktop = "KDE"

    def __init__(self, root: Path, size: tuple[int, int] = (1280, 800)) -> None:
        super().__init__(root)
        self._grant_fake_input()
        # The packaged binary carries a file capability (cap_sys_resource) that a
        # container may refuse to exec; a copy carries none and runs the same.
        binary = root / "kwin_wayland"
        kwin = shutil.which("kwin_wayland")
        if kwin is None:
            raise RuntimeError("kwin_wayland is not installed")
        shutil.copy(kwin, binary)
        # Scripting prints the window lists; core debug says how each activation went.
        kwin_env = {**self.env, "QT_LOGGING_RULES": "kwin_scripting=true;kwin_core.debug=true"}
        kwin_env.pop("QT_QPA_PLATFORM")
        self._kwin_argv = [
            str(binary),
            "--virtual",
            "--no-lockscreen",
            "--socket",
            self.socket_name,
            "--width",
            str(size[0]),
            "--height",
            str(size[1]),
        ]
        self._kwin_env = kwin_env
        self._kwin = self._spawn(self._kwin_argv, "kwin", kwin_env)
        self.wait_for_socket("kwin")
        self._input: WaylandConnection | None = None
        self._fake_input = 0
        self._scripts = 0

    def restart_compositor(self) -> None:
        """Stop KWin by its PID and start it again on the same socket, as after a crash."""
        stop(self._kwin)
        self._procs.remove(self._kwin)
        if not wait_for(lambda: not (self.runtime / self.socket_name).exists(), 10, 0.1):
            raise RuntimeError("KWin left its socket behind")
        self._kwin = self._spawn(self._kwin_argv, "kwin", self._kwin_env)
        self.wait_for_socket("kwin")

    def _grant_fake_input(self) -> None:
        applications = Path(self.env["XDG_DATA_HOME"]) / "applications"
        applications.mkdir(parents=True, exist_ok=True)
        (applications / "desk-mobility-test-input.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=Test input\nNoDisplay=true\n"
            f"Exec={os.path.realpath(sys.executable)}\n"
            "X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input,org_kde_plasma_window_management\n"
        )

    def connect(self) -> WaylandConnection:
        return WaylandConnection(self.env)

    def move_pointer(self, dx: float = 3.0, dy: float = 2.0) -> None:
        """Real pointer motion through KWin's input pipeline (org_kde_kwin_fake_input)."""
        self._fake_pointer()
        assert self._input is not None
        self._input.send(self._fake_input, 1, "ff", dx, dy)
        self._input.roundtrip()

    def _fake_pointer(self) -> None:
        if self._input is None:
            conn = self.connect()
            found = conn.find("org_kde_kwin_fake_input")
            if found is None:
                conn.close()
                raise RuntimeError("KWin did not grant org_kde_kwin_fake_input")
            self._fake_input = conn.bind(found, 4)
            conn.send(self._fake_input, 0, "ss", "Desk Mobility tests", "drive real input")
            self._input = conn

    def activation_token(self, app_id: str = "desk-mobility") -> str:
        """A fresh xdg-activation token from KWin, as a notification server gets one."""
        conn = self.connect()
        try:
            found = conn.find("xdg_activation_v1")
            assert found is not None, "KWin offers no xdg_activation_v1"
            activation = conn.bind(found, 1)
            tokens: list[str] = []
            token = conn.new_object(lambda _op, payload: tokens.append(decode("s", payload)[0]))
            conn.send(activation, 1, "n", token)
            conn.send(token, 1, "s", app_id)
            conn.send(token, 3)
            deadline = time.monotonic() + 5
            while not tokens and time.monotonic() < deadline:
                conn.roundtrip()
            assert tokens, "KWin sent no activation token"
            return tokens[0]
        finally:
            conn.close()

    def windows(self) -> list[dict[str, Any]]:
        """Every window KWin manages, with its caption and whether it is active."""
        marker = self._run_script(WINDOW_LIST_SCRIPT, "WINDOWS")
        line = next(ln for ln in self.log("kwin").splitlines() if marker in ln)
        listed: list[dict[str, Any]] = json.loads(line.split(marker, 1)[1])
        return listed

    def close_window(self, caption: str) -> None:
        """Close a window as its title bar's close button does."""
        self._run_script(CLOSE_SCRIPT, "CLOSED", caption=json.dumps(caption))

    def click(self, caption: str) -> None:
        """Bring a window up and click in its middle: the user is working in it now."""
        self._run_script(RAISE_SCRIPT, "RAISED", caption=json.dumps(caption))
        window = next(w for w in self.windows() if w["caption"] == caption)
        self._fake_pointer()
        assert self._input is not None
        x, y = window["x"] + window["width"] / 2, window["y"] + window["height"] / 2
        self._input.send(self._fake_input, 9, "ff", x, y)  # pointer_motion_absolute
        for state in (1, 0, 1, 0):  # the first click focuses, the second uses the window
            self._input.send(self._fake_input, 2, "uu", BTN_LEFT, state)
            self._input.roundtrip()
            time.sleep(0.1)

    def activated_with_a_granted_token(self, caption: str) -> bool:
        """KWin's own log: it activated the window for a token it granted to another program.

        A token KWin made for the window's own client names that client's surface
        as the one it acted "on behalf of"; one made for a privileged program
        (a tray host, a notification server, this test) names none.
        """
        return any(
            "activating" in line
            and f'caption="{caption}")' in line
            and "on behalf of QObject(0x0)" in line
            for line in self.log("kwin").splitlines()
        )

    def _run_script(self, source: str, word: str, **values: str) -> str:
        """Run a KWin script; returns the marker its print line carries, once printed."""
        self._scripts += 1
        tag = f"script{self._scripts}"
        script = self.root / f"{tag}.js"
        script.write_text(source % {"tag": tag, **values})
        self.dbus_send(
            "org.kde.KWin",
            "/Scripting",
            "org.kde.kwin.Scripting.loadScript",
            f"string:{script}",
            f"string:{tag}",
        )
        self.dbus_send("org.kde.KWin", "/Scripting", "org.kde.kwin.Scripting.start")
        marker = f"{word} {tag}"
        if not wait_for(lambda: marker in self.log("kwin"), 5):
            raise AssertionError(f"KWin did not run the script {script}")
        return marker + " "

    def start_waybar(self) -> None:
        """waybar with only its tray module: a real StatusNotifierItem host and watcher."""
        config = self.root / "waybar.json"
        config.write_text(json.dumps(WAYBAR_CONFIG))
        style = self.root / "waybar.css"
        style.write_text("* { font-family: DejaVu Sans; font-size: 12px; }\n")
        self._spawn(["waybar", "--config", str(config), "--style", str(style)], "waybar")
        if not wait_for(lambda: self.bus_has_name("org.kde.StatusNotifierWatcher"), 15, 0.2):
            raise RuntimeError(f"waybar did not host a tray:\n{self.log('waybar')[-2000:]}")

    def stop(self) -> None:
        if self._input is not None:
            self._input.close()
        super().stop()


class MutterSession(WaylandSession):
    """``mutter --headless`` with a virtual monitor; input through RemoteDesktop."""

    desktop = "GNOME"

    program = "mutter"

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        compositor_env = dict(self.env)
        compositor_env.pop("QT_QPA_PLATFORM")
        self._prepare(compositor_env)
        self._spawn(
            [
                self.program,
                "--headless",
                "--wayland",
                "--no-x11",
                "--wayland-display",
                self.socket_name,
                "--virtual-monitor",
                "1280x800",
            ],
            self.program,
            compositor_env,
        )
        self.wait_for_socket(self.program)
        if not wait_for(lambda: self.bus_has_name("org.gnome.Mutter.RemoteDesktop"), 20, 0.2):
            log = self.log(self.program)[-2000:]
            raise RuntimeError(f"{self.program} did not offer RemoteDesktop:\n{log}")
        self._remote: Any = None
        self._remote_session = ""

    def _prepare(self, compositor_env: dict[str, str]) -> None:
        """Anything the compositor needs before it starts (GNOME Shell: a system bus)."""

    def move_pointer(self, dx: float = 3.0, dy: float = 2.0) -> None:
        """Real pointer motion through Mutter's RemoteDesktop session."""
        self._open_remote()
        self._call_session("NotifyPointerMotionRelative", "dd", (dx, dy))

    def pointer_to(self, x: float, y: float) -> None:
        """Put the pointer at (x, y) of the 1280x800 screen, from its bottom-right corner.

        Relative motion only (absolute needs a screen-cast stream); the bottom-right
        corner, because the top-left one is GNOME's hot corner to the overview.
        """
        self.move_pointer(3000.0, 3000.0)
        self.move_pointer(x - 1279.0, y - 799.0)

    def click(self) -> None:
        for pressed in (True, False):
            self._call_session("NotifyPointerButton", "ib", (BTN_LEFT, pressed))

    def _open_remote(self) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg

        if self._remote is None:
            self._remote = open_dbus_connection(bus=self.bus_address)
            remote = DBusAddress(
                "/org/gnome/Mutter/RemoteDesktop",
                bus_name="org.gnome.Mutter.RemoteDesktop",
                interface="org.gnome.Mutter.RemoteDesktop",
            )
            reply = self._remote.send_and_get_reply(new_method_call(remote, "CreateSession"))
            self._remote_session = unwrap_msg(reply)[0]
            self._call_session("Start")

    def _call_session(self, method: str, signature: str | None = None, body: Any = ()) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        session = DBusAddress(
            self._remote_session,
            bus_name="org.gnome.Mutter.RemoteDesktop",
            interface="org.gnome.Mutter.RemoteDesktop.Session",
        )
        unwrap_msg(
            self._remote.send_and_get_reply(new_method_call(session, method, signature, body))
        )

    def stop(self) -> None:
        if self._remote is not None:
            self._remote.close()
        super().stop()


SYSTEM_BUS_CONFIG = BUS_CONFIG.replace("<type>session</type>", "<type>system</type>").replace(
    "<listen>unix:dir={folder}</listen>", "<listen>unix:path={path}</listen>"
)
NOTIFICATIONS_SERVICE = "/usr/share/gnome-shell/org.gnome.Shell.Notifications"


class GnomeShellSession(MutterSession):
    """``gnome-shell --headless``: GNOME's own notifications, shown and clicked for real.

    The shell asks logind about the session at start-up, so it gets a system bus
    of its own. It serves notifications through a small helper program
    (``org.gnome.Shell.Notifications``, run by gjs) that a desktop's bus would
    start on first use; this bus starts nothing by itself, so it is started here.
    """

    program = "gnome-shell"

    def _prepare(self, compositor_env: dict[str, str]) -> None:
        # Without GDM the shell greets a new user once with "Screen Lock disabled";
        # this user has been told. (Root is warned at every start: 4 s, at start-up.)
        shell_data = Path(self.env["XDG_DATA_HOME"]) / "gnome-shell"
        shell_data.mkdir(parents=True, exist_ok=True)
        (shell_data / "lock-warning-shown").touch()
        path = self.root / "system_bus"
        config = self.root / "system-bus.conf"
        config.write_text(SYSTEM_BUS_CONFIG.format(path=path))
        self._spawn(["dbus-daemon", f"--config-file={config}", "--nofork"], "system-bus")
        if not wait_for(path.exists, 10, 0.05):
            raise RuntimeError("the system bus did not start")
        compositor_env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={path}"

    def start_notifications(self) -> None:
        """The notification helper, once the shell has started (and greeted the user)."""
        if not wait_for(lambda: "GNOME Shell started at" in self.log(self.program), 20, 0.1):
            raise RuntimeError(f"GNOME Shell did not start:\n{self.log(self.program)[-2000:]}")
        self._spawn(["gjs", NOTIFICATIONS_SERVICE], "shell-notifications")
        if not wait_for(lambda: self.bus_has_name("org.freedesktop.Notifications"), 15, 0.2):
            log = self.log("shell-notifications")
            raise RuntimeError(f"GNOME Shell did not serve notifications:\n{log}")

    def screenshot(self, path: Path) -> Path:
        """The whole screen as GNOME Shell draws it (its Screenshot API)."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.bus_messages import message_bus
        from jeepney.wrappers import unwrap_msg

        self._open_remote()
        # The shell serves screenshots only to a short list of callers, the
        # Screenshot app among them; this private bus lets the test take its name.
        self._remote.send_and_get_reply(message_bus.RequestName("org.gnome.Screenshot"))
        shell = DBusAddress(
            "/org/gnome/Shell/Screenshot",
            bus_name="org.gnome.Shell.Screenshot",
            interface="org.gnome.Shell.Screenshot",
        )
        call = new_method_call(shell, "Screenshot", "bbs", (True, False, str(path)))
        ok, written = unwrap_msg(self._remote.send_and_get_reply(call, timeout=10))
        assert ok, "GNOME Shell took no screenshot"
        return Path(written)


@contextlib.contextmanager
def kwin_session(root: Path) -> Iterator[KWinSession]:
    session = KWinSession(root)
    try:
        yield session
    finally:
        session.stop()


@contextlib.contextmanager
def mutter_session(root: Path) -> Iterator[MutterSession]:
    session = MutterSession(root)
    try:
        yield session
    finally:
        session.stop()
