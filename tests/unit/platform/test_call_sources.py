"""Call detection decided over the values each platform reads (Windows, macOS: not here)."""

from __future__ import annotations

import pytest

from desk_mobility.platform.calls.macos import (
    DEFAULT_INPUT_DEVICE,
    MacCallSource,
    Reading,
    fourcc,
    is_running_somewhere,
)
from desk_mobility.platform.calls.streams import CaptureStream, recording_programs
from desk_mobility.platform.calls.windows import (
    CONSENT_STORE,
    AccessRecord,
    WindowsCallSource,
    in_use,
    read_records,
)

OWN_PID = 4242


def stream(source: int = 1, corked: bool = False, **props: str) -> CaptureStream:
    return CaptureStream(source=source, corked=corked, properties=props)


def test_a_recorder_on_a_microphone_is_a_call_and_a_monitor_recorder_is_not() -> None:
    streams = [
        stream(1, **{"application.name": "Firefox", "application.process.id": "10"}),
        stream(0, **{"application.name": "cava"}),  # records speakers.monitor
        stream(1, **{"application.name": "Firefox", "application.process.id": "11"}),
    ]
    assert recording_programs(streams, monitor_sources=[0], own_pid=OWN_PID) == ["Firefox"]


def test_own_corked_level_meter_and_sink_capture_streams_do_not_count() -> None:
    streams = [
        stream(**{"application.process.id": str(OWN_PID), "application.name": "Desk Mobility"}),
        stream(corked=True, **{"application.name": "paused recorder"}),
        stream(**{"application.id": "org.PulseAudio.pavucontrol", "media.name": "Peak detect"}),
        stream(**{"media.name": "Peak detect"}),
        stream(**{"stream.capture.sink": "true", "application.name": "OBS"}),
    ]
    assert recording_programs(streams, monitor_sources=[], own_pid=OWN_PID) == []
    assert recording_programs([stream()], [], OWN_PID) == ["a program"]
    assert recording_programs([stream(**{"application.process.binary": "arecord"})], [], 1) == [
        "arecord"
    ]


class FakeKey:
    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class FakeWinreg:
    """The registry as a dict of key path -> values, with subkeys found by prefix."""

    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, keys: dict[str, dict[str, int | str]]) -> None:
        self.keys = keys

    def OpenKey(self, root: str, path: str) -> FakeKey:
        if not any(k == path or k.startswith(path + "\\") for k in self.keys):
            raise FileNotFoundError(path)
        return FakeKey(path)

    def EnumKey(self, key: FakeKey, index: int) -> str:
        children = sorted(
            {
                k[len(key.path) + 1 :].split("\\", 1)[0]
                for k in self.keys
                if k.startswith(key.path + "\\")
            }
        )
        if index >= len(children):
            raise OSError("no more items")
        return children[index]

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[int | str, int]:
        values = self.keys.get(key.path, {})
        if name not in values:
            raise FileNotFoundError(name)
        return values[name], 11


def test_windows_consent_store_records_in_use_have_a_stop_time_of_zero() -> None:
    mic = CONSENT_STORE + "\\microphone"
    cam = CONSENT_STORE + "\\webcam"
    registry = FakeWinreg(
        {
            mic + "\\Microsoft.SkypeApp_kzf8qxf38zg5c": {
                "LastUsedTimeStart": 133_000_000_000,
                "LastUsedTimeStop": 0,
            },
            mic + "\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe": {
                "LastUsedTimeStart": 133_000_000_000,
                "LastUsedTimeStop": 133_000_000_500,  # used earlier, not now
            },
            mic + "\\NonPackaged\\C:#Tools#never.exe": {"Value": "Allow"},  # never used
            cam + "\\NonPackaged\\C:#Program Files#Teams#ms-teams.exe": {
                "LastUsedTimeStart": 133_000_000_000,
                "LastUsedTimeStop": 0,
            },
        }
    )
    records = read_records(registry)
    assert {r.program for r in records} == {
        "Microsoft.SkypeApp",
        "Zoom.exe",
        "never.exe",
        "ms-teams.exe",
    }
    assert in_use(records) == ["Microsoft.SkypeApp (microphone)", "ms-teams.exe (camera)"]
    assert in_use(records, own_program="MS-TEAMS.EXE") == ["Microsoft.SkypeApp (microphone)"]
    source = WindowsCallSource(registry)
    assert source.read(near_due=False) is None  # looked at only near a break
    assert source.read(near_due=True) == "Microsoft.SkypeApp (microphone), ms-teams.exe (camera)"
    assert in_use([AccessRecord("microphone", "x.exe", False, None, 0)]) == []
    assert read_records(FakeWinreg({})) == []


class FixedReader:
    def __init__(self, reading: Reading) -> None:
        self.reading = reading

    def read(self) -> Reading:
        return self.reading


def test_macos_default_input_running_somewhere_is_a_call() -> None:
    assert fourcc("dIn ") == DEFAULT_INPUT_DEVICE == 0x64496E20
    assert fourcc("gone") == 0x676F6E65
    with pytest.raises(ValueError, match="four characters"):
        fourcc("gon")
    assert is_running_somewhere(Reading(0, 73, 0, 1))
    assert not is_running_somewhere(Reading(0, 73, 0, 0))
    assert not is_running_somewhere(Reading(0, 0, 0, 1))  # no default input
    assert not is_running_somewhere(Reading(-50, 73, 0, 1))  # the device could not be read
    assert not is_running_somewhere(Reading(0, 73, 2003332927, 1))  # 'who?': property unknown
    source = MacCallSource(FixedReader(Reading(0, 73, 0, 1)))  # type: ignore[arg-type]
    assert source.read(near_due=True) == "microphone"
    assert source.read(near_due=False) is None
