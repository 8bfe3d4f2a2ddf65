"""The microphone or webcam in use on Windows, from the capability-access records.

Windows keeps, per app, when it last started and stopped using the
microphone and the webcam (the same records behind the privacy icon in the
taskbar), under ``HKCU\\...\\CapabilityAccessManager\\ConsentStore``. An
app using one now has a start time and a ``LastUsedTimeStop`` of 0. Desktop
programs sit under ``NonPackaged``, named by their path with ``#`` for ``\\``.

``in_use`` decides over values already read, so it is tested anywhere;
``read_records`` walks the registry through the ``winreg`` module it is given.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
CAPABILITIES = ("microphone", "webcam")


@dataclass(frozen=True, slots=True)
class AccessRecord:
    """One app's record for one capability, as read."""

    capability: str
    key: str  # the app's subkey name
    packaged: bool
    started: int | None  # FILETIME, or None when the value is missing
    stopped: int | None

    @property
    def program(self) -> str:
        if self.packaged:
            return self.key.split("_", 1)[0]
        return self.key.replace("#", "\\").rsplit("\\", 1)[-1]


def in_use(records: Iterable[AccessRecord], own_program: str = "") -> list[str]:
    """Programs using the microphone or webcam now: started, and a stop of 0."""
    found: list[str] = []
    for record in records:
        if not record.started or record.stopped != 0:
            continue
        name = record.program
        if own_program and name.lower() == own_program.lower():
            continue
        label = f"{name} ({'camera' if record.capability == 'webcam' else 'microphone'})"
        if label not in found:
            found.append(label)
    return found


def read_records(winreg: Any, capabilities: Iterable[str] = CAPABILITIES) -> list[AccessRecord]:
    """Every app's record under the consent store; keys that cannot be read are skipped."""
    records: list[AccessRecord] = []
    for capability in capabilities:
        base = f"{CONSENT_STORE}\\{capability}"
        for name in _subkeys(winreg, base):
            if name == "NonPackaged":
                for program in _subkeys(winreg, f"{base}\\NonPackaged"):
                    records.append(
                        _record(winreg, f"{base}\\NonPackaged\\{program}", capability, program)
                    )
            else:
                records.append(_record(winreg, f"{base}\\{name}", capability, name, packaged=True))
    return records


def _subkeys(winreg: Any, path: str) -> Iterator[str]:
    try:
        key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, path)
    except OSError:
        return
    with key:
        index = 0
        while True:
            try:
                yield winreg.EnumKey(key, index)
            except OSError:
                return
            index += 1


def _record(
    winreg: Any, path: str, capability: str, name: str, *, packaged: bool = False
) -> AccessRecord:
    values: dict[str, int | None] = {"LastUsedTimeStart": None, "LastUsedTimeStop": None}
    try:
        key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, path)
    except OSError:
        return AccessRecord(capability, name, packaged, None, None)
    with key:
        for value_name in values:
            try:
                raw, _kind = winreg.QueryValueEx(key, value_name)
            except OSError:
                continue
            values[value_name] = int(raw) if isinstance(raw, int) else None
    return AccessRecord(
        capability, name, packaged, values["LastUsedTimeStart"], values["LastUsedTimeStop"]
    )


class WindowsCallSource:
    """Reads the consent store near a break (a few registry reads)."""

    name = "capability access (Windows)"
    reason = "call"

    def __init__(self, winreg: Any, own_program: str = "") -> None:
        self._winreg = winreg
        self._own = own_program

    def read(self, near_due: bool) -> str | None:
        if not near_due:
            return None
        programs = in_use(read_records(self._winreg), self._own)
        return ", ".join(programs) if programs else None

    def close(self) -> None:
        pass
