"""The microphone in use, as the sound server says: PulseAudio or PipeWire's pulse service.

Why pulsectl: it is a pure-Python ctypes binding of the same libpulse the
desktop already has (libpulse0 is a runtime package here), maintained for
years and small (about 100 KB, no compiled part). A binding of our own would
have to restate libpulse's introspection structures field by field, where one
wrong offset reads garbage; pulsectl has had them right for a decade.

How it waits without costing anything: one thread owns the connection and
subscribes to changes of the capture streams ("source outputs"). Between
changes it is blocked in libpulse's ``poll()`` (ctypes releases the GIL), so
it never wakes up on its own. On a change it lists the streams again (two
small requests), and when the set of recording programs differs it emits
``changed``, which Qt delivers on the main thread. Nothing is polled.

When no sound server runs (or it goes away) the thread ends; the next look
close to a due break tries again, at most once a minute.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from desk_mobility.platform.calls.streams import CaptureStream, recording_programs
from desk_mobility.platform.quiet_source import SourceSignals

log = logging.getLogger(__name__)

CLIENT_NAME = "Desk Mobility (call detection)"
RETRY_SECONDS = 60.0
STOP_WAIT_SECONDS = 2.0


class PulseCallSource:
    """The microphone in use by another program, heard from the sound server.

    ``signals.changed`` is emitted (from the watcher thread; Qt queues it to
    the receiver's thread) whenever the set of recording programs changes, and
    when the connection is lost.
    """

    name = "sound server"
    reason = "call"

    def __init__(
        self,
        own_pid: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        connect: Callable[[], Any] | None = None,
    ) -> None:
        self.signals = SourceSignals()
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._clock = clock
        self._connect = connect or _connect
        self._lock = threading.Lock()
        self._programs: tuple[str, ...] = ()
        self._thread: threading.Thread | None = None
        self._pulse: Any = None
        self._stopping = threading.Event()
        self._dirty = False
        self._last_attempt: float | None = None
        self.connected = threading.Event()
        self.refreshes = 0  # how many times the streams were listed: for tests and the bench

    # -- what the shell asks --------------------------------------------------

    def start(self) -> None:
        """Connect and watch in the background; returns at once."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._last_attempt = self._clock()
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="call-watch", daemon=True)
        self._thread.start()

    def read(self, near_due: bool) -> str | None:
        """The recording programs (", "-joined) or None; a look near a break may reconnect."""
        alive = self._thread is not None and self._thread.is_alive()
        if near_due and not alive and not self._stopping.is_set():
            last = self._last_attempt
            if last is None or self._clock() - last >= RETRY_SECONDS:
                log.info("call detection: trying the sound server again")
                self.start()
        with self._lock:
            programs = self._programs
        return ", ".join(programs) if programs else None

    def close(self) -> None:
        """Stop the thread: wake libpulse's poll until the thread has noticed."""
        self._stopping.set()
        thread = self._thread
        if thread is None:
            return
        deadline = time.monotonic() + STOP_WAIT_SECONDS
        while thread.is_alive() and time.monotonic() < deadline:
            pulse = self._pulse
            if pulse is not None:
                pulse.event_listen_stop()
            thread.join(0.05)
        if thread.is_alive():
            log.warning("call detection did not stop in time; it ends with the app")
        self._thread = None

    # -- the watcher thread -----------------------------------------------------

    def _run(self) -> None:
        import pulsectl

        try:
            with self._connect() as pulse:
                self._pulse = pulse
                pulse.event_mask_set("source_output")
                pulse.event_callback_set(self._on_event)
                self.connected.set()
                log.info("call detection: watching the sound server's capture streams")
                while not self._stopping.is_set():
                    self._dirty = False
                    self._refresh(pulse)
                    if self._dirty or self._stopping.is_set():
                        continue  # a change came while listing: list again
                    pulse.event_listen()
        except pulsectl.PulseDisconnected:
            if not self._stopping.is_set():
                log.info("call detection: the sound server went away")
        except pulsectl.PulseError as exc:
            if not self._stopping.is_set():
                log.info("call detection: no sound server to watch (%s)", exc or type(exc).__name__)
        except Exception:
            log.exception("call detection stopped")
        finally:
            self._pulse = None
            self.connected.clear()
            self._set(())

    def _on_event(self, _event: Any) -> None:
        import pulsectl

        self._dirty = True
        raise pulsectl.PulseLoopStop

    def _refresh(self, pulse: Any) -> None:
        self.refreshes += 1
        monitors = [s.index for s in pulse.source_list() if s.monitor_of_sink != 0xFFFFFFFF]
        streams = [
            CaptureStream(
                source=int(out.source),
                corked=bool(getattr(out, "corked", False)),
                properties={str(k): str(v) for k, v in dict(out.proplist).items()},
            )
            for out in pulse.source_output_list()
        ]
        self._set(tuple(recording_programs(streams, monitors, self._own_pid)))

    def _set(self, programs: tuple[str, ...]) -> None:
        with self._lock:
            old, self._programs = self._programs, programs
        if programs != old:
            if programs:
                log.info("microphone in use by %s", ", ".join(programs))
            else:
                log.info("microphone no longer in use by another program")
            self.signals.changed.emit()


def _connect() -> Any:
    import pulsectl

    return pulsectl.Pulse(CLIENT_NAME, threading_lock=False)
