"""The camera check against real processes holding a device node open.

This machine has no camera, so the device is a stand-in: a character device
node named ``video0`` in a test folder with the numbers of ``/dev/null``
(made with mknod where allowed, which needs root), or else a plain file of
that name. Either way another process really holds it open, and the check
finds it by reading ``/proc`` exactly as it does for ``/dev/video0``.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_mobility.platform.calls.camera import (
    CameraCallSource,
    camera_devices,
    programs_holding,
)
from tests.desktop_session import wait_for
from tests.fake_notification_server import stop

HOLDER = "import sys, time; f = open(sys.argv[1], 'rb'); print('open', flush=True); time.sleep(60)"


@pytest.fixture
def dev(tmp_path: Path) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    node = folder / "video0"
    try:
        os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # the numbers of /dev/null
    except PermissionError:
        node.touch()  # not root: a plain file stands in
    (folder / "null-ish").touch()
    return folder


@pytest.fixture
def holder(dev: Path) -> Iterator[subprocess.Popen[str]]:
    """A separate process with the stand-in camera open, as a video call app would have."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(dev / "video0")], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    yield proc
    stop(proc)


def test_a_camera_held_open_by_another_process_is_a_call(
    dev: Path, holder: subprocess.Popen[str]
) -> None:
    assert camera_devices(dev) == [str(dev / "video0")]
    source = CameraCallSource(dev=dev)
    assert source.read(near_due=False) is None  # not looked at far from a break
    assert source.looks == 0
    name = Path(sys.executable).name[:15]  # the kernel's comm is 15 characters at most
    assert source.read(near_due=True) == f"camera: {name}"
    stop(holder)
    assert wait_for(lambda: source.read(near_due=True) is None, 5)


def test_our_own_open_camera_and_other_files_do_not_count(dev: Path) -> None:
    with (dev / "video0").open("rb"), (dev / "null-ish").open("rb"):
        assert programs_holding([str(dev / "video0")], own_pid=os.getpid()) == []
    other = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(dev / "null-ish")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        assert CameraCallSource(dev=dev).read(near_due=True) is None
    finally:
        stop(other)


def test_no_camera_device_means_no_scan(tmp_path: Path) -> None:
    source = CameraCallSource(dev=tmp_path)
    assert source.read(near_due=True) is None and source.looks == 0
