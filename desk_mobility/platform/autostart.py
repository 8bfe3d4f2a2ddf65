"""Start at login: one small login item per OS, written and removed on request.

Each OS keeps login items in its own place, and each place is per user, so no
administrator rights are ever needed:

- Linux and other freedesktop systems: an XDG autostart entry,
  ``$XDG_CONFIG_HOME/autostart/desk-mobility.desktop``;
- Windows: a value in ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<label>.plist``.

Every backend takes the place it writes to as a constructor argument (a
folder, or a registry writer on Windows), so tests run each backend on any OS
without touching the user's real login items.
"""

from __future__ import annotations

import logging
import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from desk_mobility import APP_ID, APP_NAME
from desk_mobility.files.atomic_file import write_bytes_atomically

log = logging.getLogger(__name__)

#: Reverse-DNS id shared by the AppStream metainfo and the macOS LaunchAgent.
BUNDLE_ID = "io.github.deskmobility.DeskMobility"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "DeskMobility"
COMMENT = "Tracks sitting time and guides short movement breaks"
# Login items are read by the session (and launchd), not only by the app.
LOGIN_ITEM_MODE = 0o644


class Autostart(Protocol):
    """A login item that can be switched on and off."""

    @property
    def location(self) -> str:
        """Where the login item lives, for logs and messages."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Start ``command`` at every login; replaces an older entry."""
        ...

    def disable(self) -> None:
        """Remove the login item; doing so twice is fine."""
        ...

    def is_enabled(self) -> bool: ...


def launch_command() -> list[str]:
    """The command that starts the installed app as it runs now.

    A frozen bundle (PyInstaller) is its own executable; a pip install runs
    through the interpreter it was installed into, so a virtualenv keeps
    working without being activated at login. On Windows the windowless
    ``pythonw.exe`` beside ``python.exe`` keeps a console from opening at sign-in.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if sys.platform == "win32" and python.name.lower() == "python.exe":
        windowless = python.with_name("pythonw.exe")
        if windowless.exists():
            python = windowless
    return [str(python), "-m", "desk_mobility"]


def autostart_for(
    platform: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    registry: RegistryWriter | None = None,
) -> Autostart:
    """The login-item backend for ``platform`` (default: this OS)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        return WindowsRunKey(registry if registry is not None else WinregWriter())
    if platform == "darwin":
        return MacLaunchAgent(home / "Library" / "LaunchAgents")
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        config_home = environ.get("XDG_CONFIG_HOME") or str(home / ".config")
        return XdgAutostart(Path(config_home) / "autostart")
    log.warning("start at login is not supported on %s; the setting has no effect", platform)
    return UnsupportedAutostart(platform)


def set_start_at_login(
    enabled: bool, autostart: Autostart | None = None, command: Sequence[str] | None = None
) -> bool:
    """Make the login item match the setting; False (and a log line) if the OS refused.

    The app calls this when ``start_at_login`` changes. A read-only folder or
    a locked-down registry must not take the app down: the setting stays as
    the user chose and the log says why it had no effect.
    """
    autostart = autostart if autostart is not None else autostart_for()
    try:
        if enabled:
            autostart.enable(command if command is not None else launch_command())
            log.info("start at login enabled: %s", autostart.location)
        else:
            autostart.disable()
            log.info("start at login disabled: %s", autostart.location)
    except OSError as exc:
        log.warning("could not change start at login at %s: %s", autostart.location, exc)
        return False
    return True


# -- Linux and other freedesktop systems ----------------------------------------------------


def _quote_exec_arg(arg: str) -> str:
    """Quote one argument as the Desktop Entry spec's Exec key requires.

    Inside double quotes the characters ``"`` `` ` `` ``$`` and ``\\`` get a
    backslash; then the whole value is a desktop-file string, whose own escape
    rule doubles every backslash again. ``%`` is a field code and is doubled.
    """
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    text = arg.replace("%", "%%")
    if text and not any(ch in reserved for ch in text):
        return text
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
    return ('"' + inner + '"').replace("\\", "\\\\")


def desktop_exec_line(command: Sequence[str]) -> str:
    return " ".join(_quote_exec_arg(arg) for arg in command)


def autostart_desktop_entry(command: Sequence[str]) -> str:
    """The text of the XDG autostart entry that runs ``command``."""
    if not command:
        raise ValueError("the autostart command is empty")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment={COMMENT}\n"
        f"Exec={desktop_exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    """An XDG autostart entry in ``folder`` (normally ``~/.config/autostart``)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / DESKTOP_FILE_NAME

    @property
    def location(self) -> str:
        return str(self.path)

    def enable(self, command: Sequence[str]) -> None:
        write_bytes_atomically(
            self.path, autostart_desktop_entry(command).encode("utf-8"), mode=LOGIN_ITEM_MODE
        )

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        """Present and not switched off by the desktop's own startup settings."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return False
        lines = {line.strip().replace(" ", "") for line in text.splitlines()}
        return not ({"Hidden=true", "X-GNOME-Autostart-enabled=false"} & lines)


# -- Windows -------------------------------------------------------------------------------


class RegistryWriter(Protocol):
    """String values under one per-user registry key (HKCU\\...\\Run)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinregWriter:
    """The real ``HKCU\\...\\Run`` key; ``winreg`` is imported only on Windows."""

    def __init__(self, key_path: str = RUN_KEY) -> None:
        self.key_path = key_path

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists on Windows only")
        import winreg  # importable on Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key_path) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists on Windows only")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.key_path) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists on Windows only")
        import winreg

        try:
            with winreg.OpenKey(
                winreg.HKEY_CURRENT_USER, self.key_path, 0, winreg.KEY_SET_VALUE
            ) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsRunKey:
    """A per-user Run value: Windows starts the command line at sign-in."""

    def __init__(self, registry: RegistryWriter, value_name: str = RUN_VALUE_NAME) -> None:
        self.registry = registry
        self.value_name = value_name

    @property
    def location(self) -> str:
        return f"HKCU\\{RUN_KEY}\\{self.value_name}"

    @staticmethod
    def command_line(command: Sequence[str]) -> str:
        """Quoted the way the Windows C runtime splits a command line."""
        if not command:
            raise ValueError("the autostart command is empty")
        return subprocess.list2cmdline(list(command))

    def enable(self, command: Sequence[str]) -> None:
        self.registry.set(self.value_name, self.command_line(command))

    def disable(self) -> None:
        self.registry.delete(self.value_name)

    def is_enabled(self) -> bool:
        return bool(self.registry.get(self.value_name))


# -- macOS ---------------------------------------------------------------------------------


def launch_agent_plist(command: Sequence[str], label: str = BUNDLE_ID) -> dict[str, object]:
    """The LaunchAgent that runs ``command`` once at login, in the user's GUI session."""
    if not command:
        raise ValueError("the autostart command is empty")
    return {
        "Label": label,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        # Quitting from the menu bar must stay quit until the next login.
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }


class MacLaunchAgent:
    """A LaunchAgent plist in ``folder`` (normally ``~/Library/LaunchAgents``).

    launchd reads the folder at the next login; nothing is loaded now, so
    enabling never starts a second copy of the running app.
    """

    def __init__(self, folder: Path, label: str = BUNDLE_ID) -> None:
        self.label = label
        self.path = folder / f"{label}.plist"

    @property
    def location(self) -> str:
        return str(self.path)

    def enable(self, command: Sequence[str]) -> None:
        data = plistlib.dumps(launch_agent_plist(command, self.label), fmt=plistlib.FMT_XML)
        write_bytes_atomically(self.path, data, mode=LOGIN_ITEM_MODE)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except (FileNotFoundError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and data.get("Disabled") is not True


# -- anything else -------------------------------------------------------------------------


class UnsupportedAutostart:
    """An OS without a known login-item mechanism: nothing is written."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    @property
    def location(self) -> str:
        return f"(not supported on {self.platform})"

    def enable(self, command: Sequence[str]) -> None:
        raise OSError(f"start at login is not supported on {self.platform}")

    def disable(self) -> None:
        """Nothing was ever written, so there is nothing to remove."""

    def is_enabled(self) -> bool:
        return False
