"""Idle time from a Wayland compositor's ext-idle-notify-v1 (KDE Plasma, Sway, Hyprland, COSMIC).

Under Wayland no client may read another's input, so "seconds since the last
input" cannot be asked for; the compositor can only be asked to say when the
user has been idle for N milliseconds (``idled``) and when input came back
(``resumed``). This source asks for a few such timeouts on its own Wayland
connection, watched by the Qt event loop, and works the idle time out from
them: when the earliest timeout fired at monotonic time t, the last input was
at t - timeout, so idle is ``now - t + timeout``; before any has fired, input
came less than the shortest timeout ago and idle reads 0.

The timeouts are the ones the sitting tracker decides on (short idle and a
natural break), plus a fine one of ``FINE_TIMEOUT_SECONDS``: the tracker
believes an idle reading only if it grew no faster than time passed (give or
take its 15 s tolerance), so readings must become exact within that much
after the last input. Nothing polls: the compositor wakes the app only when
the user stops or starts using the machine.

Where the compositor offers version 2, ``get_input_idle_notification`` is used,
so a video that keeps the screen awake (an idle inhibitor) is not taken for
someone sitting there; version 1 only has ``get_idle_notification``, which an
inhibitor holds back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping

from desk_mobility.platform.idle.wayland_wire import WaylandConnection, WaylandError

log = logging.getLogger(__name__)

FINE_TIMEOUT_SECONDS = 10.0
DEFAULT_THRESHOLDS = (120.0, 300.0)  # the settings' defaults until the app passes its own
RECONNECT_SECONDS = 30.0  # after the compositor went away: how often a reading tries again

NOTIFIER = "ext_idle_notifier_v1"
SEAT = "wl_seat"
# ext_idle_notifier_v1 requests
_GET_IDLE_NOTIFICATION, _GET_INPUT_IDLE_NOTIFICATION = 1, 2
# ext_idle_notification_v1: request destroy, events idled and resumed
_DESTROY = 0
_IDLED, _RESUMED = 0, 1

Watch = Callable[[int, Callable[[], None]], Callable[[], None]]


def qt_watch(fd: int, on_readable: Callable[[], None]) -> Callable[[], None]:
    """Call ``on_readable`` from the Qt event loop when ``fd`` has data; returns a stopper."""
    from PySide6.QtCore import QSocketNotifier

    notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: on_readable())

    def stop() -> None:
        notifier.setEnabled(False)
        notifier.deleteLater()

    return stop


class ExtIdleNotifySource:
    """``IdleSource`` fed by the compositor's idled/resumed events."""

    name = "ext-idle-notify"

    def __init__(
        self,
        env: Mapping[str, str],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        watch: Watch = qt_watch,
    ) -> None:
        self._env = dict(env)
        self._monotonic = monotonic
        self._watch = watch
        self._thresholds: tuple[float, ...] = DEFAULT_THRESHOLDS
        self._conn: WaylandConnection | None = None
        self._stop_watch: Callable[[], None] | None = None
        self._notifications: dict[int, float] = {}  # object id -> timeout in seconds
        self._idled_at: dict[int, float] = {}  # object id -> monotonic time it fired
        self._lost_at: float | None = None
        self._closed = False
        self._seat = self._notifier = self._opcode = 0
        self.request = ""
        self._connect()  # WaylandError: no compositor, or not this protocol

    # -- IdleSource ------------------------------------------------------------------

    def idle_seconds(self) -> float | None:
        if self._conn is None and (self._closed or not self._reconnect()):
            return None
        now = self._monotonic()
        idle = 0.0
        for object_id, fired in self._idled_at.items():
            idle = max(idle, self._notifications.get(object_id, 0.0) + max(0.0, now - fired))
        return idle

    def close(self) -> None:
        self._closed = True
        self._disconnect()

    # -- what the tracker needs ------------------------------------------------------

    def watch_thresholds(self, short_idle_seconds: float, natural_break_seconds: float) -> None:
        """Be told at the moments the tracker's decisions change: ask for those timeouts."""
        wanted = (float(short_idle_seconds), float(natural_break_seconds))
        if wanted == self._thresholds:
            return
        self._thresholds = wanted
        if self._conn is not None:
            try:
                self._replace_notifications()
                self._conn.roundtrip()
            except WaylandError as exc:
                self._lose(exc)
                return
            self._log_timeouts()

    def timeouts(self) -> list[float]:
        """The timeouts asked for, in seconds, shortest first."""
        return sorted(self._notifications.values())

    # -- connection --------------------------------------------------------------------

    def _connect(self) -> None:
        conn = WaylandConnection(self._env)
        try:
            notifier_global = conn.find(NOTIFIER)
            seat_global = conn.find(SEAT)
            if notifier_global is None:
                raise WaylandError(f"the compositor does not offer {NOTIFIER}")
            if seat_global is None:
                raise WaylandError("the compositor offers no seat")
            self._seat = conn.bind(seat_global, 1)
            self._notifier = conn.bind(notifier_global, 2)
            if notifier_global.version >= 2:
                self._opcode, self.request = _GET_INPUT_IDLE_NOTIFICATION, "input idle (v2)"
            else:
                self._opcode, self.request = _GET_IDLE_NOTIFICATION, "idle (v1)"
            self._conn = conn
            self._replace_notifications()
            conn.roundtrip()
        except WaylandError:
            conn.close()
            self._conn = None
            raise
        self._stop_watch = self._watch(conn.fileno(), self._on_readable)
        self._log_timeouts()

    def _log_timeouts(self) -> None:
        log.info(
            "ext-idle-notify: %s notifications at %s s",
            self.request,
            ", ".join(f"{t:g}" for t in self.timeouts()),
        )

    def _replace_notifications(self) -> None:
        conn = self._conn
        assert conn is not None
        for object_id in list(self._notifications):
            conn.send(object_id, _DESTROY)
            conn.forget(object_id)
        self._notifications.clear()
        self._idled_at.clear()
        for timeout in _timeouts(self._thresholds):
            object_id = conn.new_object()
            conn.set_handler(object_id, self._handler_for(object_id))
            self._notifications[object_id] = timeout
            conn.send(
                self._notifier, self._opcode, "nuo", object_id, round(timeout * 1000), self._seat
            )

    def _handler_for(self, object_id: int) -> Callable[[int, bytes], None]:
        def handle(opcode: int, _payload: bytes) -> None:
            if opcode == _IDLED:
                self._idled_at[object_id] = self._monotonic()
            elif opcode == _RESUMED:
                self._idled_at.pop(object_id, None)

        return handle

    def _on_readable(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.dispatch()
        except WaylandError as exc:
            self._lose(exc)

    def _lose(self, exc: Exception) -> None:
        log.warning(
            "idle source %s lost the compositor (%s): activity unknown until it is back",
            self.name,
            exc,
        )
        self._disconnect()
        self._lost_at = self._monotonic()

    def _reconnect(self) -> bool:
        now = self._monotonic()
        if self._lost_at is not None and now - self._lost_at < RECONNECT_SECONDS:
            return False
        self._lost_at = now
        try:
            self._connect()
        except WaylandError:
            return False
        log.info("idle source %s answers again", self.name)
        self._lost_at = None
        return True

    def _disconnect(self) -> None:
        if self._stop_watch is not None:
            self._stop_watch()
            self._stop_watch = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._notifications.clear()
        self._idled_at.clear()


def _timeouts(thresholds: Iterable[float]) -> list[float]:
    """The fine timeout plus each threshold, in seconds, without repeats."""
    values = {FINE_TIMEOUT_SECONDS, *(t for t in thresholds if t > 0)}
    return sorted(values)
