"""The sound server's capture streams, watched in a short-lived process of its own.

``desk-mobility --watch-calls PID`` runs ``main``: it connects to the sound
server (PulseAudio, or PipeWire's pulse service), subscribes to changes of
the capture streams ("source outputs") and prints the programs recording
from a microphone as one JSON array per line: once at start, then at each
change. The app starts it only while a break is near (platform/calls/pulse.py),
so the app's own process never loads libpulse and its codecs.

Why pulsectl: it is a pure-Python ctypes binding of the same libpulse the
desktop already has (libpulse0 is a runtime package here), maintained for
years and small (about 100 KB, no compiled part). A binding of our own would
have to restate libpulse's introspection structures field by field, where one
wrong offset reads garbage; pulsectl has had them right for a decade.

How it waits without costing anything: between changes it is blocked in
libpulse's ``poll()``, which also watches standard input (pulsectl's poll
hook). The app keeps the write end of that pipe; when the app closes it, or
dies, the read end reaches end of file and this process ends at once. No
thread, no timer: nothing wakes up on its own.

The exit status says why it ended, and a line on standard error says more:
``EXIT_ASKED`` (standard input closed), ``EXIT_NO_SERVER``,
``EXIT_SERVER_GONE``, ``EXIT_NO_LIBPULSE``. This module imports nothing
heavy at its top: the app reads these numbers from it.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
from collections.abc import Sequence
from typing import Any, TextIO

CLIENT_NAME = "Desk Mobility (call detection)"
NO_MONITOR = 0xFFFFFFFF  # PA_INVALID_INDEX: a source that is not the monitor of an output

EXIT_ASKED = 0
EXIT_NO_SERVER = 3
EXIT_SERVER_GONE = 4
EXIT_NO_LIBPULSE = 5


def main(parent_pid: int, stdin_fd: int = 0, out: TextIO | None = None) -> int:
    """Watch until standard input closes or the sound server goes away; the exit status."""
    # Ctrl-C in the app's terminal reaches this process too; it ends with the app instead.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import pulsectl
    except (ImportError, OSError, AttributeError) as exc:
        print(f"no libpulse ({exc})", file=sys.stderr)
        return EXIT_NO_LIBPULSE
    watcher = Watcher(parent_pid, stdin_fd, out or sys.stdout)
    try:
        pulse = pulsectl.Pulse(CLIENT_NAME, connect=False)
        pulse.set_poll_func(watcher.poll)
        # No timeout: pulsectl's connect with one waits all of it even once connected.
        # A server that never answers is for the app to end (it terminates this process).
        pulse.connect(autospawn=False)
    except pulsectl.PulseError as exc:
        print(f"no sound server to watch ({exc or type(exc).__name__})", file=sys.stderr)
        return EXIT_NO_SERVER
    with pulse:
        try:
            watcher.run(pulse)
        except pulsectl.PulseDisconnected:
            print("the sound server went away", file=sys.stderr)
            return EXIT_SERVER_GONE
        except BrokenPipeError:
            pass  # the app is gone: nobody to tell
    return EXIT_ASKED


class Watcher:
    """The loop: list the streams, print them when they changed, wait for the next change."""

    def __init__(self, parent_pid: int, stdin_fd: int, out: TextIO) -> None:
        self.parent_pid = parent_pid
        self.stdin_fd = stdin_fd
        self.out = out
        self.asked_to_stop = False
        self._pulse: Any = None
        self._dirty = False
        self._printed: list[str] | None = None

    def run(self, pulse: Any) -> None:
        import pulsectl

        def on_event(_event: Any) -> None:
            self._dirty = True
            raise pulsectl.PulseLoopStop

        self._pulse = pulse
        pulse.event_mask_set("source_output")
        pulse.event_callback_set(on_event)
        while not self.asked_to_stop:
            self._dirty = False
            self.tell(self.list_programs(pulse))
            if self._dirty:
                continue  # a change came while listing: list again
            if self.asked_to_stop:
                break
            pulse.event_listen()

    def list_programs(self, pulse: Any) -> list[str]:
        from desk_mobility.platform.calls.streams import CaptureStream, recording_programs

        monitors = [s.index for s in pulse.source_list() if s.monitor_of_sink != NO_MONITOR]
        streams = [
            CaptureStream(
                source=int(out.source),
                corked=bool(getattr(out, "corked", False)),
                properties={str(k): str(v) for k, v in dict(out.proplist).items()},
            )
            for out in pulse.source_output_list()
        ]
        return recording_programs(streams, monitors, self.parent_pid)

    def tell(self, programs: list[str]) -> None:
        """One JSON line, the first time and whenever the programs differ from the last."""
        if programs == self._printed:
            return
        self._printed = programs
        self.out.write(json.dumps(programs) + "\n")
        self.out.flush()

    def poll(self, fds: Sequence[Any], timeout: float) -> int:
        """libpulse's poll, with standard input beside its own descriptors.

        ``fds`` are libpulse's ``struct pollfd``; ``timeout`` is in seconds,
        negative for none. End of file on standard input stops the loop.
        """
        poller = select.poll()
        for pfd in fds:
            poller.register(pfd.fd, pfd.events)
        watch_stdin = not self.asked_to_stop
        if watch_stdin:
            poller.register(self.stdin_fd, select.POLLIN)
        ready = dict(poller.poll(None if timeout < 0 else timeout * 1000))
        count = 0
        for pfd in fds:
            pfd.revents = ready.get(pfd.fd, 0)
            count += bool(pfd.revents)
        if watch_stdin and self.stdin_fd in ready:
            self._read_stdin()
        return count

    def _read_stdin(self) -> None:
        try:
            data = os.read(self.stdin_fd, 4096)
        except OSError:
            data = b""
        if not data:  # end of file: the app closed the pipe, or is gone
            self.asked_to_stop = True
            if self._pulse is not None:
                self._pulse.event_listen_stop()
