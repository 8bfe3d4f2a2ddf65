"""The microphone in use on macOS: CoreAudio's "running somewhere" for the default input.

``kAudioDevicePropertyDeviceIsRunningSomewhere`` is non-zero while any
process records from the device; this app never records, so that is
another program. ``is_running_somewhere`` decides over the values read
(status codes and numbers), so it is tested anywhere; ``CoreAudioReader``
reads them through ctypes.
"""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

SYSTEM_OBJECT = 1  # kAudioObjectSystemObject
NO_ERR = 0
UNKNOWN_DEVICE = 0  # kAudioObjectUnknown


def fourcc(code: str) -> int:
    """A CoreAudio selector from its four characters ('dIn ' -> 0x64496E20)."""
    if len(code) != 4:
        raise ValueError(f"a four-character code has four characters, not {code!r}")
    return int.from_bytes(code.encode("ascii"), "big")


DEFAULT_INPUT_DEVICE = fourcc("dIn ")  # kAudioHardwarePropertyDefaultInputDevice
RUNNING_SOMEWHERE = fourcc("gone")  # kAudioDevicePropertyDeviceIsRunningSomewhere
SCOPE_GLOBAL = fourcc("glob")  # kAudioObjectPropertyScopeGlobal
ELEMENT_MAIN = 0  # kAudioObjectPropertyElementMain


@dataclass(frozen=True, slots=True)
class Reading:
    """What CoreAudio answered: the default input and whether it runs."""

    device_status: int
    device: int
    running_status: int
    running: int


def is_running_somewhere(reading: Reading) -> bool:
    """True when the default input device exists and some process records from it."""
    if reading.device_status != NO_ERR or reading.device == UNKNOWN_DEVICE:
        return False
    return reading.running_status == NO_ERR and reading.running != 0


class _Address(ctypes.Structure):
    _fields_ = (
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    )


class CoreAudioReader:
    """Reads the two properties through ``AudioObjectGetPropertyData``."""

    def __init__(self) -> None:
        self._lib = ctypes.CDLL("/System/Library/Frameworks/CoreAudio.framework/CoreAudio")
        get = self._lib.AudioObjectGetPropertyData
        get.restype = ctypes.c_int32
        get.argtypes = (
            ctypes.c_uint32,
            ctypes.POINTER(_Address),
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
            ctypes.c_void_p,
        )
        self._get = get

    def _uint32(self, obj: int, selector: int) -> tuple[int, int]:
        address = _Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        value = ctypes.c_uint32(0)
        size = ctypes.c_uint32(ctypes.sizeof(value))
        status = self._get(
            obj, ctypes.byref(address), 0, None, ctypes.byref(size), ctypes.byref(value)
        )
        return int(status), int(value.value)

    def read(self) -> Reading:
        device_status, device = self._uint32(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
        if device_status != NO_ERR or device == UNKNOWN_DEVICE:
            return Reading(device_status, device, -1, 0)
        return Reading(device_status, device, *self._uint32(device, RUNNING_SOMEWHERE))


class MacCallSource:
    """Asks CoreAudio near a break (two property reads)."""

    name = "CoreAudio"
    reason = "call"

    def __init__(self, reader: CoreAudioReader) -> None:
        self._reader = reader

    def read(self, near_due: bool) -> str | None:
        if not near_due:
            return None
        return "microphone" if is_running_somewhere(self._reader.read()) else None

    def close(self) -> None:
        pass
