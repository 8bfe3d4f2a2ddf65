"""The camera in use on Linux: a ``/dev/video*`` device held open by another process.

The kernel does not announce it, so this looks: it lists the camera device
nodes (nothing to do on a machine without one), then reads the links in
``/proc/<pid>/fd`` of this user's processes (other users' are unreadable and
skipped by owner without a read). That costs a few milliseconds on a busy
desktop, so the shell asks only while a break is due or close to it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)


def camera_devices(dev: Path = Path("/dev")) -> list[str]:
    """The video capture device nodes present now."""
    try:
        return sorted(str(p) for p in dev.glob("video*"))
    except OSError:
        return []


def programs_holding(
    devices: Iterable[str], proc: Path = Path("/proc"), own_pid: int | None = None
) -> list[str]:
    """Names of this user's processes (other than ours) with one of ``devices`` open."""
    wanted = set(devices)
    if not wanted:
        return []
    own = os.getpid() if own_pid is None else own_pid
    uid = os.getuid()
    found: list[str] = []
    try:
        entries = list(os.scandir(proc))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.isdigit() or int(entry.name) == own:
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != uid:
                continue
            fds = os.scandir(os.path.join(entry.path, "fd"))
        except OSError:
            continue  # gone, or not ours to read
        with fds:
            for fd in fds:
                try:
                    target = os.readlink(fd.path)
                except OSError:
                    continue
                if target in wanted:
                    name = _process_name(entry.path)
                    if name not in found:
                        found.append(name)
                    break
    return found


def _process_name(proc_dir: str) -> str:
    try:
        return Path(proc_dir, "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "a program"


class CameraCallSource:
    """A camera held open by another program counts as a call (looked at near a break)."""

    name = "camera"
    reason = "call"

    def __init__(self, dev: Path = Path("/dev"), proc: Path = Path("/proc")) -> None:
        self._dev = dev
        self._proc = proc
        self.looks = 0  # for tests and the bench

    def read(self, near_due: bool) -> str | None:
        if not near_due:
            return None
        devices = camera_devices(self._dev)
        if not devices:
            return None
        self.looks += 1
        programs = programs_holding(devices, self._proc)
        return "camera: " + ", ".join(programs) if programs else None

    def close(self) -> None:
        pass
