"""Windows and macOS: what the idle sources and login items compute from what the OS answers.

Each OS call is replaced by a stand-in that answers as the OS would, so these
run everywhere; on a Windows or macOS machine (the CI runners) the tests at
the end also ask the real OS.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import plistlib
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from desk_mobility.platform.autostart import MacLaunchAgent, WindowsRunKey, WinregWriter
from desk_mobility.platform.idle.sources import (
    IdleSourceUnavailableError,
    MacIdleSource,
    WindowsIdleSource,
    choose_idle_source,
)

LOGGER = "desk_mobility.platform.idle.sources"

# -- Windows: GetLastInputInfo against GetTickCount ------------------------------------------


class FakeUser32:
    """GetLastInputInfo as Windows answers it: fills dwTime, returns nonzero."""

    def __init__(self, last_input_ms: int) -> None:
        self.last_input_ms = last_input_ms
        self.fail = False
        self.sizes: list[int] = []

    def GetLastInputInfo(self, ref: Any) -> int:
        info = ref._obj  # what ctypes.byref() points at
        self.sizes.append(info.cbSize)
        if self.fail:
            return 0
        info.dwTime = self.last_input_ms
        return 1


class FakeKernel32:
    def __init__(self, tick_ms: int) -> None:
        self.tick_ms = tick_ms

    def GetTickCount(self) -> int:
        return self.tick_ms


def windows_source(user32: FakeUser32, kernel32: FakeKernel32) -> WindowsIdleSource:
    source = WindowsIdleSource.__new__(WindowsIdleSource)
    source._failing = False
    source._user32 = user32
    source._kernel32 = kernel32
    return source


def test_windows_idle_is_the_time_since_the_last_input() -> None:
    user32 = FakeUser32(last_input_ms=1_000_000)
    kernel32 = FakeKernel32(tick_ms=1_004_500)
    source = windows_source(user32, kernel32)
    assert source.idle_seconds() == pytest.approx(4.5)
    kernel32.tick_ms = 1_000_000 + 5 * 60 * 1000  # five minutes away
    assert source.idle_seconds() == pytest.approx(300.0)
    # Windows refuses a structure whose cbSize is not its own size.
    assert user32.sizes == [ctypes.sizeof(ctypes.c_uint) + ctypes.sizeof(ctypes.c_uint32)] * 2


def test_windows_idle_survives_the_tick_count_wrapping_after_49_7_days() -> None:
    # The last input 4.096 s before the 32-bit millisecond counter wrapped, now 1 s after.
    source = windows_source(FakeUser32(last_input_ms=0xFFFFFFFF - 4095), FakeKernel32(1000))
    assert source.idle_seconds() == pytest.approx(5.096)


def test_windows_refusing_to_answer_is_logged_once_and_reads_as_unknown(
    caplog: pytest.LogCaptureFixture,
) -> None:
    user32 = FakeUser32(last_input_ms=500)
    source = windows_source(user32, FakeKernel32(tick_ms=2500))
    user32.fail = True
    with caplog.at_level(logging.INFO, logger=LOGGER):
        assert source.idle_seconds() is None
        assert source.idle_seconds() is None
        user32.fail = False
        assert source.idle_seconds() == pytest.approx(2.0)
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        "idle source windows stopped answering: GetLastInputInfo failed",
        "idle source windows answers again",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="checks the guard off Windows")
def test_windows_source_is_unavailable_elsewhere() -> None:
    with pytest.raises(IdleSourceUnavailableError, match="not Windows"):
        WindowsIdleSource()


# -- macOS: CGEventSourceSecondsSinceLastEventType --------------------------------------------


class FakeQuartz:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.calls: list[tuple[int, int]] = []

    def __call__(self, state: int, event_type: int) -> float:
        self.calls.append((state, event_type))
        if self.seconds < 0:
            raise OSError("the window server is gone")
        return self.seconds


def mac_source(quartz: FakeQuartz) -> MacIdleSource:
    source = MacIdleSource.__new__(MacIdleSource)
    source._failing = False
    source._fn = quartz
    return source


def test_macos_idle_asks_for_any_input_in_the_whole_session() -> None:
    quartz = FakeQuartz(seconds=42.25)
    assert mac_source(quartz).idle_seconds() == 42.25
    # kCGEventSourceStateCombinedSessionState and kCGAnyInputEventType.
    assert quartz.calls == [(0, 0xFFFFFFFF)]


def test_macos_failure_reads_as_unknown(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert mac_source(FakeQuartz(seconds=-1)).idle_seconds() is None
    assert "idle source macos stopped answering: the window server is gone" in caplog.text


@pytest.mark.skipif(sys.platform == "darwin", reason="checks the guard off macOS")
def test_macos_source_is_unavailable_elsewhere() -> None:
    with pytest.raises(IdleSourceUnavailableError):
        MacIdleSource()


def test_each_os_gets_its_own_source_from_the_factory() -> None:
    built: list[str] = []

    def builder(name: str, seconds: float) -> Any:
        def build(env: object) -> Any:
            built.append(name)
            if name == "windows":
                return windows_source(FakeUser32(0), FakeKernel32(int(seconds * 1000)))
            return mac_source(FakeQuartz(seconds))

        return build

    builders = {"windows": builder("windows", 3.0), "macos": builder("macos", 7.0)}
    assert choose_idle_source("win32", {}, builders).idle_seconds() == pytest.approx(3.0)
    assert choose_idle_source("darwin", {}, builders).idle_seconds() == pytest.approx(7.0)
    assert built == ["windows", "macos"]


# -- the real OS, on the Windows and macOS runners --------------------------------------------


@pytest.mark.skipif(sys.platform != "win32", reason="asks Windows itself")
def test_windows_answers_with_a_plausible_idle_time() -> None:
    idle = WindowsIdleSource().idle_seconds()
    assert idle is not None and 0.0 <= idle < 49.7 * 24 * 3600


@pytest.mark.skipif(sys.platform != "win32", reason="writes the real registry")
def test_windows_run_key_round_trip_in_the_real_registry() -> None:
    import winreg  # Windows only

    key_path = rf"Software\DeskMobilityTest-{uuid.uuid4().hex}\Run"
    backend = WindowsRunKey(WinregWriter(key_path))
    try:
        backend.enable([r"C:\Program Files\Desk Mobility\desk-mobility.exe"])
        assert backend.is_enabled()
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:
            value, kind = winreg.QueryValueEx(key, "DeskMobility")
        assert value == r'"C:\Program Files\Desk Mobility\desk-mobility.exe"'
        assert kind == winreg.REG_SZ
        backend.disable()
        assert not backend.is_enabled()
        backend.disable()  # twice is fine
    finally:
        parent = key_path.rsplit("\\", 1)[0]
        for path in (key_path, parent):
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteKey(winreg.HKEY_CURRENT_USER, path)


@pytest.mark.skipif(sys.platform != "darwin", reason="asks macOS itself")
def test_macos_answers_with_a_plausible_idle_time() -> None:
    idle = MacIdleSource().idle_seconds()
    assert idle is not None and idle >= 0.0


@pytest.mark.skipif(shutil.which("plutil") is None, reason="plutil is macOS's plist checker")
def test_macos_launch_agent_passes_plutil(tmp_path: Path) -> None:
    agent = MacLaunchAgent(tmp_path)
    agent.enable(["/Applications/Desk Mobility.app/Contents/MacOS/desk-mobility"])
    done = subprocess.run(
        ["plutil", "-lint", str(agent.path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with agent.path.open("rb") as handle:
        assert plistlib.load(handle)["RunAtLoad"] is True
