"""Start at login: the Linux entry for real, Windows and macOS on what they would write."""

from __future__ import annotations

import logging
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desk_mobility.platform.autostart import (
    BUNDLE_ID,
    RUN_KEY,
    MacLaunchAgent,
    UnsupportedAutostart,
    WindowsRunKey,
    WinregWriter,
    XdgAutostart,
    autostart_for,
    desktop_exec_line,
    launch_command,
    set_start_at_login,
)

needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)


def validate_desktop_file(path: Path) -> str:
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert report.strip() == "", f"warnings: {report}"
    return report


def split_exec(value: str) -> list[str]:
    """Read an Exec value back the way a desktop does (Desktop Entry spec, "Exec key")."""
    text = value.replace("\\\\", "\\")  # the string-value escape comes first
    args: list[str] = []
    current: list[str] = []
    quoted = False
    chars = iter(text)
    for ch in chars:
        if quoted and ch == "\\":
            current.append(next(chars))
        elif ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            args.append("".join(current))
            current = []
        else:
            current.append(ch)
    args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


class MemoryRegistry:
    """The Run key as a dict: what Windows would hold after each call."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


# -- choosing a backend -----------------------------------------------------------------------


def test_linux_uses_xdg_config_home(tmp_path: Path) -> None:
    backend = autostart_for("linux", environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert isinstance(backend, XdgAutostart)
    assert backend.path == tmp_path / "cfg" / "autostart" / "desk-mobility.desktop"


def test_linux_without_xdg_config_home_uses_dot_config(tmp_path: Path) -> None:
    backend = autostart_for("linux", environ={}, home=tmp_path)
    assert isinstance(backend, XdgAutostart)
    assert backend.path == tmp_path / ".config" / "autostart" / "desk-mobility.desktop"


def test_macos_uses_launch_agents(tmp_path: Path) -> None:
    backend = autostart_for("darwin", home=tmp_path)
    assert isinstance(backend, MacLaunchAgent)
    assert backend.path == tmp_path / "Library" / "LaunchAgents" / f"{BUNDLE_ID}.plist"


def test_windows_uses_the_injected_registry() -> None:
    registry = MemoryRegistry()
    backend = autostart_for("win32", registry=registry)
    assert isinstance(backend, WindowsRunKey)
    assert backend.location == f"HKCU\\{RUN_KEY}\\DeskMobility"


def test_unknown_platform_degrades_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        backend = autostart_for("plan9")
    assert isinstance(backend, UnsupportedAutostart)
    assert "plan9" in caplog.text
    assert not backend.is_enabled()
    backend.disable()
    assert set_start_at_login(True, backend, ["desk-mobility"]) is False


# -- Linux, for real in a temporary XDG_CONFIG_HOME --------------------------------------------


@needs_validator
def test_linux_entry_is_created_valid_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    backend = autostart_for("linux")
    assert isinstance(backend, XdgAutostart)
    assert not backend.is_enabled()

    command = [sys.executable, "-m", "desk_mobility"]
    assert set_start_at_login(True, backend, command)
    entry = tmp_path / "config" / "autostart" / "desk-mobility.desktop"
    assert entry.is_file()
    assert backend.is_enabled()
    validate_desktop_file(entry)
    text = entry.read_text()
    assert "Type=Application" in text
    assert f"Exec={sys.executable} -m desk_mobility" in text
    assert entry.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in entry.parent.iterdir()] == ["desk-mobility.desktop"]  # no temp left

    assert set_start_at_login(False, backend)
    assert not entry.exists()
    assert not backend.is_enabled()
    backend.disable()  # a second time is harmless


@needs_validator
def test_linux_entry_quotes_awkward_paths(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    command = ["/opt/My Apps/desk mobility", "--data", 'C:\\odd "$HOME" 100%']
    backend.enable(command)
    validate_desktop_file(backend.path)
    exec_line = next(
        line for line in backend.path.read_text().splitlines() if line.startswith("Exec=")
    )
    assert split_exec(exec_line.removeprefix("Exec=")) == command


def test_exec_line_leaves_plain_arguments_alone() -> None:
    assert desktop_exec_line(["/usr/bin/desk-mobility", "--quit"]) == (
        "/usr/bin/desk-mobility --quit"
    )


def test_entry_switched_off_by_the_desktop_counts_as_disabled(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["desk-mobility"])
    backend.path.write_text(backend.path.read_text() + "Hidden=true\n")
    assert not backend.is_enabled()


def test_enable_replaces_an_older_command(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["/old/python", "-m", "desk_mobility"])
    backend.enable(["/new/desk-mobility"])
    assert "Exec=/new/desk-mobility\n" in backend.path.read_text()
    assert "/old/python" not in backend.path.read_text()


def test_read_only_folder_is_reported_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be")
    backend = XdgAutostart(blocker)
    with caplog.at_level(logging.WARNING):
        assert set_start_at_login(True, backend, ["desk-mobility"]) is False
    assert str(backend.path) in caplog.text


def test_empty_command_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        XdgAutostart(tmp_path).enable([])


# -- Windows: the values the Run key would hold ------------------------------------------------


def test_windows_writes_a_quoted_command_line_and_removes_it() -> None:
    registry = MemoryRegistry()
    backend = WindowsRunKey(registry)
    assert not backend.is_enabled()
    backend.enable([r"C:\Program Files\Desk Mobility\desk-mobility.exe"])
    assert registry.values == {
        "DeskMobility": r'"C:\Program Files\Desk Mobility\desk-mobility.exe"'
    }
    assert backend.is_enabled()
    backend.disable()
    assert registry.values == {}
    assert not backend.is_enabled()


def test_windows_python_install_runs_the_module() -> None:
    registry = MemoryRegistry()
    python = r"C:\Users\Ann\venv\Scripts\pythonw.exe"
    WindowsRunKey(registry).enable([python, "-m", "desk_mobility"])
    assert registry.values["DeskMobility"] == (
        r"C:\Users\Ann\venv\Scripts\pythonw.exe -m desk_mobility"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows guard")
def test_real_registry_writer_refuses_off_windows() -> None:
    with pytest.raises(OSError, match="Windows"):
        WinregWriter().set("DeskMobility", "x")


# -- macOS: the LaunchAgent file ---------------------------------------------------------------


def test_macos_writes_a_launch_agent_and_removes_it(tmp_path: Path) -> None:
    backend = autostart_for("darwin", home=tmp_path)
    assert isinstance(backend, MacLaunchAgent)
    command = ["/Applications/Desk Mobility.app/Contents/MacOS/desk-mobility"]
    backend.enable(command)
    with backend.path.open("rb") as handle:
        data = plistlib.load(handle)
    assert data == {
        "Label": BUNDLE_ID,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert backend.path.read_bytes().startswith(b"<?xml")
    assert backend.is_enabled()
    backend.disable()
    assert not backend.path.exists()
    assert not backend.is_enabled()


def test_macos_corrupt_plist_reads_as_disabled(tmp_path: Path) -> None:
    backend = MacLaunchAgent(tmp_path)
    backend.path.write_bytes(b"not a plist")
    assert not backend.is_enabled()


# -- the command that starts the installed app -------------------------------------------------


def test_launch_command_from_a_python_install() -> None:
    assert launch_command() == [sys.executable, "-m", "desk_mobility"]


def test_launch_command_from_a_frozen_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/desk-mobility/desk-mobility")
    assert launch_command() == ["/opt/desk-mobility/desk-mobility"]


def test_launch_command_on_windows_avoids_a_console_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "python.exe").write_bytes(b"")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python.exe"))
    assert launch_command() == [str(tmp_path / "pythonw.exe"), "-m", "desk_mobility"]


def test_login_items_go_through_the_one_atomic_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk_mobility.files import atomic_file
    from desk_mobility.platform import autostart

    written: list[tuple[Path, int | None]] = []

    def spy(path: Path, data: bytes, *, mode: int | None = None) -> None:
        written.append((path, mode))
        atomic_file.write_bytes_atomically(path, data, mode=mode)

    monkeypatch.setattr(autostart, "write_bytes_atomically", spy)
    entry = XdgAutostart(tmp_path / "autostart")
    entry.enable(["/usr/bin/desk-mobility"])
    agent = MacLaunchAgent(tmp_path / "LaunchAgents")
    agent.enable(["/usr/bin/desk-mobility"])
    assert written == [(entry.path, 0o644), (agent.path, 0o644)]
    assert (entry.path.stat().st_mode & 0o777) == 0o644
    assert not [p for p in tmp_path.rglob("*.tmp")]
