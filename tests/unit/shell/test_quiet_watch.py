"""The watchers of calls and do-not-disturb, told to the quiet policy as one answer per reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from desk_mobility.core.quiet import CALL, DND, QuietPolicy
from desk_mobility.platform.quiet_source import SourceSignals
from desk_mobility.shell.quiet_watch import QuietWatch

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


class Source:
    def __init__(self, name: str, reason: str, detail: str | None = None) -> None:
        self.name, self.reason, self.detail = name, reason, detail
        self.asked: list[bool] = []
        self.signals = SourceSignals()
        self.closed = False

    def read(self, near_due: bool) -> str | None:
        self.asked.append(near_due)
        return self.detail

    def close(self) -> None:
        self.closed = True


class Broken(Source):
    def read(self, near_due: bool) -> str | None:
        raise OSError("the registry is locked")


def test_microphone_and_camera_make_one_call_and_dnd_is_its_own_reason(qtbot: QtBot) -> None:
    mic = Source("sound server", CALL, "Zoom")
    camera = Source("camera", CALL, "camera: zoom")
    dunst = Source("dunst paused", DND)
    watch = QuietWatch([mic, camera, dunst])
    policy = QuietPolicy()
    watch.report(policy, NOW, near_due=True)
    quiet = policy.current()
    assert quiet is not None and quiet.reason == CALL and quiet.detail == "Zoom, camera: zoom"
    assert mic.asked == [True]
    mic.detail = camera.detail = None
    dunst.detail = "dunst paused"
    watch.report(policy, NOW, near_due=False)
    quiet = policy.current()
    assert quiet is not None and quiet.reason == DND
    watch.close()
    assert mic.closed and camera.closed and dunst.closed


def test_a_burst_of_changes_is_one_look_and_a_broken_watcher_is_logged_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    mic = Source("sound server", CALL)
    broken = Broken("capability access", CALL)
    watch = QuietWatch([mic, broken])
    looks: list[int] = []
    watch.changed.connect(lambda: looks.append(1))
    with qtbot.waitSignal(watch.changed):
        for _ in range(5):
            mic.signals.changed.emit()
    qtbot.wait(20)
    assert looks == [1]
    policy = QuietPolicy()
    watch.report(policy, NOW, near_due=True)
    watch.report(policy, NOW, near_due=True)
    assert policy.current() is None
    assert [r.message for r in caplog.records].count(
        "capability access could not be read: the registry is locked"
    ) == 1
