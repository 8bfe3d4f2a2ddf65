"""The wall clock set back or forward while the real app runs (libfaketime shifts it).

Setting the clock is what NTP after a dead CMOS battery, a user fixing a wrong
time, or a virtual machine resumed from a snapshot all do. Sitting time and
the due time run on the monotonic clock, so neither may move.
"""

from __future__ import annotations

import glob
import json
import time
from typing import Any

import pytest

from tests.desktop_session import (
    ALWAYS_WORKING,
    DesktopSession,
    sit_almost_to_the_break,
    wait_for,
)


def _libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1"))
    if not found:
        pytest.fail("this test needs libfaketime (Debian package faketime): run scripts/test.sh")
    return found[0]


def _status(desktop: DesktopSession) -> dict[str, Any]:
    result = desktop.cli("--status")
    assert result.returncode == 0, result.stderr
    status: dict[str, Any] = json.loads(result.stdout)
    return status


def test_a_clock_set_back_then_forward_moves_neither_the_due_break_nor_sitting_time(
    desktop: DesktopSession,
) -> None:
    control = desktop.root / "faketime-offset"
    control.write_text("+0\n")
    desktop.write_settings(ALWAYS_WORKING)
    sit_almost_to_the_break(desktop, seconds_left=6)
    plain_env = desktop.env
    # Only the app's wall clock is shifted; its monotonic clock stays true.
    desktop.env = {
        **plain_env,
        "LD_PRELOAD": _libfaketime(),
        "FAKETIME_TIMESTAMP_FILE": str(control),
        "FAKETIME_NO_CACHE": "1",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }
    try:
        app = desktop.start_app()
    finally:
        desktop.env = plain_env
    started = time.monotonic()
    assert app.wait_docked(), app.output()
    control.write_text("-2h\n")

    # The break was 6 s away: it comes on time, not two hours later.
    assert wait_for(lambda: _status(desktop)["stage"] == "due", 12), app.output()
    assert time.monotonic() - started < 12
    due = _status(desktop)
    assert 600 <= due["sat_seconds"] < 620
    assert "wall clock set -7200 s" in app.output()

    # Now four hours forward: not a natural break, the stretch and the offer stay.
    control.write_text("+2h\n")
    assert app.wait_for_log("wall clock set +14400 s", 15), app.output()
    after = _status(desktop)
    assert after["stage"] == "due"
    assert after["sat_seconds"] >= due["sat_seconds"]
    assert after["stretch_started"] == due["stretch_started"]
    assert "natural break" not in app.output()
