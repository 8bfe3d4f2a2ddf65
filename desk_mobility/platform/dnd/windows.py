"""Windows Focus Assist (Windows 10) and Do Not Disturb (Windows 11).

Windows publishes the active quiet-hours profile as a WNF state,
``WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED``: 0 off, 1 priority only,
2 alarms only. It is read with ``NtQueryWnfStateData`` from ntdll, which is
undocumented but what every tool that shows Focus Assist reads; if the call
fails the source answers "not known" rather than guess. ``profile_from`` and
``is_quiet`` decide over the bytes read, so they are tested anywhere.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

log = logging.getLogger(__name__)

QUIET_HOURS_STATE = 0x0D83063EA3BF1C75
PROFILES = {0: "off", 1: "priority only", 2: "alarms only"}


def profile_from(data: bytes) -> int | None:
    """The profile number in the state's first four bytes (little-endian)."""
    if len(data) < 4:
        return None
    return int.from_bytes(data[:4], "little")


def is_quiet(profile: int | None) -> bool:
    """Priority only and alarms only both hold notifications back; off does not."""
    return profile in (1, 2)


class WnfReader:
    """Reads the quiet-hours state through ntdll (Windows only)."""

    def __init__(self, ntdll: Any | None = None) -> None:
        self._ntdll = ntdll if ntdll is not None else ctypes.WinDLL("ntdll")  # type: ignore[attr-defined,unused-ignore]

    def read(self) -> bytes | None:
        state = ctypes.c_uint64(QUIET_HOURS_STATE)
        stamp = ctypes.c_ulong(0)
        buffer = ctypes.create_string_buffer(16)
        size = ctypes.c_ulong(ctypes.sizeof(buffer))
        status = self._ntdll.NtQueryWnfStateData(
            ctypes.byref(state), None, None, ctypes.byref(stamp), buffer, ctypes.byref(size)
        )
        if status != 0:
            return None
        return buffer.raw[: size.value]


class FocusAssistSource:
    """Looks near a break (one small system call)."""

    name = "Focus Assist"
    reason = "dnd"

    def __init__(self, reader: WnfReader) -> None:
        self._reader = reader

    def read(self, near_due: bool) -> str | None:
        if not near_due:
            return None
        data = self._reader.read()
        profile = profile_from(data) if data is not None else None
        if not is_quiet(profile):
            return None
        return f"Focus Assist: {PROFILES.get(profile or 0, 'on')}"

    def close(self) -> None:
        pass
