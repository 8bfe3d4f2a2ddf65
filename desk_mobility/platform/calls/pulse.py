"""The microphone in use, as the sound server says: PulseAudio or PipeWire's pulse service.

The watching itself runs in a child process (platform/calls/pulse_watcher.py,
``--watch-calls``), and only while a break is near: a call matters only when
a break would interrupt it. So the app's own process never loads libpulse
(with libsndfile and its codecs, about 2 MB it would keep all day), and far
from a break nothing of it runs at all.

``read(near_due=True)`` starts the child when none runs; reads that are no
longer near due stop it (standard input closed, then terminate and kill if
it lingers) and answer None. The child prints the recording programs as a
JSON line at start and at each change; QProcess reads them on the main
thread, and ``changed`` is emitted when they differ, so a break held for a
call is offered as soon as the call ends. No Python thread, nothing polled.

When the sound server goes away while watched (it restarts, say), the next
look near a break tries again, at most once a minute. When there is none to
begin with, it is tried again as the next break comes near, not every
minute of this one: each try starts a Python process (about 80 ms of CPU).
Without libpulse it is not tried again.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from functools import partial
from typing import Protocol

from desk_mobility.platform.calls.pulse_watcher import (
    EXIT_ASKED,
    EXIT_NO_LIBPULSE,
    EXIT_NO_SERVER,
    EXIT_SERVER_GONE,
)
from desk_mobility.platform.quiet_source import SourceSignals

log = logging.getLogger(__name__)

RETRY_SECONDS = 60.0

OnLine = Callable[[str], None]
OnExit = Callable[[int, str], None]  # exit code (-1: crashed or never started), stderr


class WatcherProcess(Protocol):
    """A running child as the source sees it.

    Its callbacks come from the event loop, never from within the call that
    started it.
    """

    def stop(self) -> None:
        """Ask it to end (standard input closed); escalate later if it lingers. Returns at once."""
        ...

    def close(self) -> None:
        """End it now, waiting a bounded time: for app quit."""
        ...


Spawn = Callable[[list[str], OnLine, OnExit], WatcherProcess]


def watcher_command(parent_pid: int) -> list[str]:
    """How to start the child: this same program with ``--watch-calls``."""
    if getattr(sys, "frozen", False):  # the bundle: its executable is the app itself
        return [sys.executable, "--watch-calls", str(parent_pid)]
    return [sys.executable, "-m", "desk_mobility", "--watch-calls", str(parent_pid)]


class PulseCallSource:
    """The microphone in use by another program, heard from the sound server near a break.

    ``signals.changed`` is emitted on the main thread whenever the set of
    recording programs changes, including when the child ends by itself
    while a call was known.
    """

    name = "sound server"
    reason = "call"

    def __init__(
        self,
        own_pid: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        spawn: Spawn | None = None,
        environment: Mapping[str, str] | None = None,
    ) -> None:
        self.signals = SourceSignals()
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._clock = clock
        self._spawn: Spawn = spawn or partial(_spawn_qt_process, environment=environment)
        self._programs: tuple[str, ...] = ()
        self._child: WatcherProcess | None = None
        self._generation = 0  # which child is the current one
        self._leaving: dict[int, WatcherProcess] = {}  # asked to stop, not ended yet
        self._heard = False  # the current child has answered
        self._started_at = 0.0
        self._retry_at: float | None = None  # set when a child ended by itself
        self._unavailable = False  # no libpulse: never tried again
        self._no_server_this_time = False  # none to begin with: tried at the next approach
        self._closed = False
        self.starts = 0  # children started: for tests and the bench
        self.answers = 0  # lines heard from children: for tests and the bench

    @property
    def watching(self) -> bool:
        """A child runs (started and not asked to stop)."""
        return self._child is not None

    @property
    def child(self) -> WatcherProcess | None:
        """The running child: for tests and the bench."""
        return self._child

    # -- what the shell asks --------------------------------------------------

    def read(self, near_due: bool) -> str | None:
        """The recording programs (", "-joined) near a break, else None."""
        if not near_due:
            self._no_server_this_time = False
            if self._child is not None:
                self._stop_child()
            return None
        if self._child is None and self._may_start():
            self._start_child()
        return ", ".join(self._programs) if self._programs else None

    def close(self) -> None:
        """End the child now; bounded, so app quit never hangs on it."""
        self._closed = True
        children = [c for c in (self._child, *self._leaving.values()) if c is not None]
        self._child = None
        self._leaving.clear()
        for child in children:
            child.close()

    # -- the child --------------------------------------------------------------

    def _may_start(self) -> bool:
        if self._closed or self._unavailable or self._no_server_this_time:
            return False
        return self._retry_at is None or self._clock() >= self._retry_at

    def _start_child(self) -> None:
        if self._retry_at is not None:
            log.info("call detection: trying the sound server again")
        self._generation += 1
        self._heard = False
        self._started_at = self._clock()
        self.starts += 1
        self._child = self._spawn(
            watcher_command(self._own_pid),
            partial(self._on_line, self._generation),
            partial(self._on_exit, self._generation),
        )

    def _stop_child(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        log.info("call detection: no break near; stopped watching the sound server")
        self._leaving[self._generation] = child
        child.stop()
        # Not "no longer in use": unknown from now on, and this very look answers None.
        self._programs = ()

    def _is_current(self, generation: int) -> bool:
        return self._child is not None and generation == self._generation

    def _on_line(self, generation: int, line: str) -> None:
        if not self._is_current(generation):
            return  # one asked to stop: what it still says no longer counts
        try:
            programs = json.loads(line)
            if not isinstance(programs, list):
                raise ValueError("not a list")
        except ValueError:
            log.warning("call detection: the watcher said something unexpected: %.200s", line)
            return
        self.answers += 1
        if not self._heard:
            self._heard = True
            self._retry_at = None
            log.info("call detection: watching the sound server's capture streams")
        self._set(tuple(str(p) for p in programs))

    def _on_exit(self, generation: int, code: int, errors: str) -> None:
        if not self._is_current(generation):
            self._leaving.pop(generation, None)
            return
        self._child = None
        detail = errors.strip().splitlines()[-1] if errors.strip() else ""
        if code == EXIT_NO_LIBPULSE:
            self._unavailable = True
            log.info("call detection: %s; the microphone is not watched", detail or "no libpulse")
        elif code == EXIT_NO_SERVER:
            self._no_server_this_time = True
            log.info(
                "call detection: %s; tried again as the next break comes near",
                detail or "no sound server",
            )
        elif code == EXIT_SERVER_GONE:
            log.info("call detection: %s", detail or "the sound server went away")
        elif code == EXIT_ASKED:
            log.info("call detection: the watcher ended")
        else:
            log.warning("call detection stopped (exit %s): %s", code, errors.strip()[-500:])
        # Otherwise tried again near a break, but not sooner than a minute after the last start.
        self._retry_at = self._started_at + RETRY_SECONDS
        self._set(())

    def _set(self, programs: tuple[str, ...]) -> None:
        old, self._programs = self._programs, programs
        if programs != old:
            if programs:
                log.info("microphone in use by %s", ", ".join(programs))
            else:
                log.info("microphone no longer in use by another program")
            self.signals.changed.emit()


def _spawn_qt_process(
    command: list[str],
    on_line: OnLine,
    on_exit: OnExit,
    environment: Mapping[str, str] | None = None,
) -> WatcherProcess:
    # Imported with the first child, near a break: QProcess is not needed before.
    from desk_mobility.platform.calls.watcher_process import QtWatcherProcess

    return QtWatcherProcess(command, on_line, on_exit, environment)
