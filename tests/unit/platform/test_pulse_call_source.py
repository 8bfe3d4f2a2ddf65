"""The sound-server watcher runs only near a break: started, stopped and retried on the reads.

A fake process factory stands in for QProcess here (the real child against a
real PulseAudio is in tests/integration/test_quiet_time.py), and the clock
is a list the test moves.
"""

from __future__ import annotations

import json
import logging
import os
import select
import subprocess
import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk_mobility.platform.calls.pulse import (
    RETRY_SECONDS,
    OnExit,
    OnLine,
    PulseCallSource,
    watcher_command,
)
from desk_mobility.platform.calls.pulse_watcher import (
    EXIT_ASKED,
    EXIT_NO_LIBPULSE,
    EXIT_NO_SERVER,
    EXIT_SERVER_GONE,
    Watcher,
)

OWN_PID = 4242


class FakeChild:
    def __init__(self, command: list[str], on_line: OnLine, on_exit: OnExit) -> None:
        self.command = command
        self.on_line = on_line
        self.on_exit = on_exit
        self.stopped = False
        self.closed = False

    def stop(self) -> None:
        self.stopped = True

    def close(self) -> None:
        self.closed = True

    def say(self, *programs: str) -> None:
        self.on_line(json.dumps(list(programs)))


class Spawner:
    def __init__(self) -> None:
        self.children: list[FakeChild] = []

    def __call__(self, command: list[str], on_line: OnLine, on_exit: OnExit) -> FakeChild:
        child = FakeChild(command, on_line, on_exit)
        self.children.append(child)
        return child

    @property
    def last(self) -> FakeChild:
        return self.children[-1]


@pytest.fixture
def now() -> list[float]:
    return [1000.0]


@pytest.fixture
def spawner() -> Spawner:
    return Spawner()


@pytest.fixture
def source(spawner: Spawner, now: list[float]) -> Iterator[PulseCallSource]:
    watched = PulseCallSource(own_pid=OWN_PID, clock=lambda: now[0], spawn=spawner)
    yield watched
    watched.close()


def test_far_from_a_break_nothing_runs_and_near_one_a_child_watches(
    qtbot: QtBot, source: PulseCallSource, spawner: Spawner
) -> None:
    for _ in range(3):
        assert source.read(near_due=False) is None
    assert spawner.children == []
    assert source.read(near_due=True) is None  # started; nothing heard yet
    child = spawner.last
    assert child.command[-2:] == ["--watch-calls", str(OWN_PID)]
    assert source.read(near_due=True) is None and len(spawner.children) == 1  # kept, not restarted
    child.say()  # its first answer: nobody records
    assert source.read(near_due=True) is None
    with qtbot.waitSignal(source.signals.changed, timeout=1000):
        child.say("Firefox", "parecord")
    assert source.read(near_due=True) == "Firefox, parecord"
    with qtbot.waitSignal(source.signals.changed, timeout=1000):
        child.say()  # the call ended: the shell looks again at once
    assert source.read(near_due=True) is None
    assert source.answers == 3


def test_once_no_break_is_near_the_child_is_stopped_and_what_it_still_says_is_ignored(
    qtbot: QtBot, source: PulseCallSource, spawner: Spawner
) -> None:
    source.read(near_due=True)
    first = spawner.last
    first.say("Zoom")
    assert source.read(near_due=True) == "Zoom"
    emitted: list[int] = []
    source.signals.changed.connect(lambda: emitted.append(1))
    assert source.read(near_due=False) is None  # this look itself tells the shell
    assert first.stopped and not source.watching
    qtbot.wait(10)
    assert emitted == []  # and no "call ended": it is not known to have
    first.say("Zoom", "late")  # between its stdin closing and its end
    first.on_exit(EXIT_ASKED, "")
    assert source.read(near_due=False) is None
    # Near the next break, a new child at once: a stop asked for is not a failure.
    assert source.read(near_due=True) is None
    assert len(spawner.children) == 2 and source.watching
    spawner.last.say("Zoom")
    assert source.read(near_due=True) == "Zoom"


def test_a_sound_server_that_went_away_is_tried_again_at_most_once_a_minute(
    qtbot: QtBot,
    source: PulseCallSource,
    spawner: Spawner,
    now: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    source.read(near_due=True)
    spawner.last.say("Teams")
    now[0] += 30
    with qtbot.waitSignal(source.signals.changed, timeout=1000):
        spawner.last.on_exit(EXIT_SERVER_GONE, "the sound server went away\n")
    assert source.read(near_due=True) is None  # no server: no call known
    assert len(spawner.children) == 1  # 30 s after it started: too soon
    now[0] += RETRY_SECONDS - 30 - 1
    source.read(near_due=True)
    assert len(spawner.children) == 1
    now[0] += 1
    source.read(near_due=True)
    assert len(spawner.children) == 2  # a minute after the last start
    spawner.last.say()  # it answers: the next end is not held against it
    assert "call detection: the sound server went away" in caplog.text


def test_with_no_sound_server_it_is_tried_again_as_the_next_break_comes_near(
    qtbot: QtBot,
    source: PulseCallSource,
    spawner: Spawner,
    now: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Each try is a Python start: once per approach to a break, not once a minute of it."""
    caplog.set_level(logging.INFO)
    source.read(near_due=True)
    spawner.last.on_exit(EXIT_NO_SERVER, "no sound server to watch (refused)\n")
    for _minute in range(10):  # a break left waiting for ten minutes
        now[0] += RETRY_SECONDS
        assert source.read(near_due=True) is None
    assert len(spawner.children) == 1
    source.read(near_due=False)  # the break is over
    now[0] += 1
    source.read(near_due=True)  # the next one comes near
    assert len(spawner.children) == 2
    assert "no sound server to watch (refused); tried again as the next break" in caplog.text
    assert "call detection: trying the sound server again" in caplog.text


def test_without_libpulse_it_says_so_once_and_is_not_tried_again(
    source: PulseCallSource, spawner: Spawner, now: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    source.read(near_due=True)
    spawner.last.on_exit(EXIT_NO_LIBPULSE, "no libpulse (libpulse.so.0: cannot open)\n")
    for _ in range(3):
        now[0] += 10 * RETRY_SECONDS
        assert source.read(near_due=True) is None
    assert len(spawner.children) == 1
    said = [r.getMessage() for r in caplog.records if "libpulse" in r.getMessage()]
    assert said == [
        "call detection: no libpulse (libpulse.so.0: cannot open); the microphone is not watched"
    ]


def test_a_crashed_child_is_logged_with_what_it_printed_and_retried_later(
    source: PulseCallSource, spawner: Spawner, now: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    source.read(near_due=True)
    spawner.last.on_line("{not json")
    spawner.last.on_exit(1, "Traceback (most recent call last):\nValueError: boom\n")
    assert any(
        r.levelno == logging.WARNING and "ValueError: boom" in r.getMessage()
        for r in caplog.records
    )
    assert "said something unexpected" in caplog.text
    now[0] += RETRY_SECONDS
    source.read(near_due=True)
    assert len(spawner.children) == 2


def test_close_ends_the_running_child_and_the_ones_still_stopping(
    source: PulseCallSource, spawner: Spawner
) -> None:
    source.read(near_due=True)
    source.read(near_due=False)
    source.read(near_due=True)
    stopping, running = spawner.children
    source.close()
    assert stopping.closed and running.closed
    assert source.read(near_due=True) is None
    assert len(spawner.children) == 2  # nothing starts after close


def test_the_child_is_this_program_with_the_hidden_option(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert watcher_command(77) == [sys.executable, "-m", "desk_mobility", "--watch-calls", "77"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert watcher_command(77) == [sys.executable, "--watch-calls", "77"]


class PollFd:
    """The fields of libpulse's ``struct pollfd`` that the poll hook reads and sets."""

    def __init__(self, fd: int, events: int) -> None:
        self.fd = fd
        self.events = events
        self.revents = 0


class StoppablePulse:
    def __init__(self) -> None:
        self.stops = 0

    def event_listen_stop(self) -> None:
        self.stops += 1


def test_the_child_poll_waits_on_libpulse_fds_and_ends_at_stdin_end_of_file() -> None:
    stdin_r, stdin_w = os.pipe()
    pulse_r, pulse_w = os.pipe()
    try:
        watcher = Watcher(OWN_PID, stdin_r, sys.stdout)
        pulse = StoppablePulse()
        watcher._pulse = pulse
        fds = [PollFd(pulse_r, select.POLLIN)]
        assert watcher.poll(fds, 0.05) == 0 and fds[0].revents == 0  # nothing: times out
        os.write(pulse_w, b"x")
        assert watcher.poll(fds, -0.001) == 1 and fds[0].revents == select.POLLIN
        os.read(pulse_r, 1)
        os.write(stdin_w, b"ignored")
        assert watcher.poll(fds, 0.05) == 0 and not watcher.asked_to_stop
        os.close(stdin_w)
        stdin_w = -1
        assert watcher.poll(fds, -0.001) == 0  # returns at once: end of file
        assert watcher.asked_to_stop and pulse.stops == 1
        assert watcher.poll(fds, 0.05) == 0  # stdin no longer watched: no busy loop
    finally:
        for fd in (stdin_r, stdin_w, pulse_r, pulse_w):
            if fd >= 0:
                os.close(fd)


def test_the_child_prints_the_programs_at_start_and_only_when_they_change() -> None:
    import io

    out = io.StringIO()
    watcher = Watcher(OWN_PID, 0, out)
    for programs in ([], [], ["parecord"], ["parecord"], []):
        watcher.tell(programs)
    assert out.getvalue().splitlines() == ["[]", '["parecord"]', "[]"]


def test_choosing_the_call_watchers_does_not_load_libpulse() -> None:
    """The app's own process: pulsectl is looked for, not imported."""
    probe = (
        "import sys\n"
        "from desk_mobility.platform.calls.choose import choose_call_sources\n"
        "sources = choose_call_sources('linux')\n"
        "maps = open('/proc/self/maps').read()\n"
        "print([s.name for s in sources], 'pulsectl' in sys.modules, 'libpulse' in maps)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("]")[1].split() == ["False", "False"]
    assert "'sound server'" in done.stdout and "'camera'" in done.stdout
