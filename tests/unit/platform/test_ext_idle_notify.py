"""The Wayland wire format and the idle arithmetic of the ext-idle-notify source.

The real compositor is exercised in tests/integration/test_wayland_idle.py;
here a small stand-in speaks the same bytes on a Unix socket so the clock can
be moved by hand and a compositor that goes away can be simulated.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk_mobility.platform.idle.ext_idle_notify import ExtIdleNotifySource
from desk_mobility.platform.idle.sources import WantsThresholds
from desk_mobility.platform.idle.wayland_wire import (
    WaylandConnection,
    WaylandError,
    decode,
    encode,
    socket_path,
)


def test_arguments_round_trip_through_the_wire_format() -> None:
    data = encode("usifon", 7, "wl_seat", -3, 1.5, 9, 12)
    assert len(data) % 4 == 0
    # "wl_seat\0" is 8 bytes: length word + 8, no padding; fixed 1.5 is 384.
    assert data[4:8] == struct.pack("=I", 8)
    assert decode("usifon", data) == [7, "wl_seat", -3, 1.5, 9, 12]
    padded = encode("s", "ab")  # 3 bytes with the NUL, padded to 4
    assert padded == struct.pack("=I", 3) + b"ab\0\0"
    with pytest.raises(ValueError, match="takes 2 arguments"):
        encode("uu", 1)


def test_the_socket_is_found_where_clients_look() -> None:
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/1", "WAYLAND_DISPLAY": "w-1"}) == (
        "/run/user/1/w-1"
    )
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/1"}) == "/run/user/1/wayland-0"
    assert socket_path({"WAYLAND_DISPLAY": "/tmp/abs"}) == "/tmp/abs"
    with pytest.raises(WaylandError, match="XDG_RUNTIME_DIR"):
        socket_path({"WAYLAND_DISPLAY": "w-1"})


class StandInCompositor:
    """Answers the handful of requests the source sends, and sends idled/resumed on demand."""

    def __init__(self, path: Path, notifier_version: int = 1, offer_notifier: bool = True) -> None:
        self.path = path
        self.notifier_version = notifier_version
        self.offer_notifier = offer_notifier
        self.notifications: dict[int, tuple[int, int]] = {}  # id -> (opcode, timeout ms)
        self.destroyed: list[int] = []
        self.clients: list[socket.socket] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen(4)
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self.clients.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _send(self, client: socket.socket, obj: int, opcode: int, sig: str, *args: object) -> None:
        body = encode(sig, *args)
        with self._lock, contextlib.suppress(OSError):  # the client may have gone
            client.sendall(struct.pack("=II", obj, ((8 + len(body)) << 16) | opcode) + body)

    def _serve(self, client: socket.socket) -> None:
        buffer = b""
        registry = 0
        bound: dict[int, str] = {}
        while True:
            try:
                data = client.recv(4096)
            except OSError:
                return
            if not data:
                return
            buffer += data
            while len(buffer) >= 8:
                obj, word = struct.unpack_from("=II", buffer)
                size, opcode = word >> 16, word & 0xFFFF
                if len(buffer) < size:
                    break
                payload, buffer = buffer[8:size], buffer[size:]
                if obj == 1 and opcode == 1:  # get_registry
                    (registry,) = decode("n", payload)
                    self._send(client, registry, 0, "usu", 1, "wl_seat", 5)
                    if self.offer_notifier:
                        self._send(
                            client,
                            registry,
                            0,
                            "usu",
                            2,
                            "ext_idle_notifier_v1",
                            self.notifier_version,
                        )
                elif obj == 1 and opcode == 0:  # sync
                    (callback,) = decode("n", payload)
                    self._send(client, callback, 0, "u", 0)
                    self._send(client, 1, 1, "u", callback)
                elif obj == registry and opcode == 0:  # bind
                    _name, interface, _version, new = decode("usun", payload)
                    bound[new] = interface
                elif bound.get(obj) == "ext_idle_notifier_v1":
                    new, timeout, _seat = decode("nuo", payload)
                    self.notifications[new] = (opcode, timeout)
                elif obj in self.notifications and opcode == 0:
                    self.destroyed.append(obj)

    def event(self, timeout_ms: int, opcode: int) -> None:
        """Send idled (0) or resumed (1) on the live notification with that timeout."""
        for obj, (_request, timeout) in self.notifications.items():
            if timeout == timeout_ms and obj not in self.destroyed:
                self._send(self.clients[-1], obj, opcode, "")

    def drop_clients(self) -> None:
        clients, self.clients = self.clients, []
        for client in clients:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()

    def close(self) -> None:
        self._server.close()
        self.drop_clients()


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Watches:
    """Stands in for the Qt socket notifier: the test pumps readable sockets itself."""

    def __init__(self) -> None:
        self.callbacks: list[Callable[[], None]] = []
        self.stopped = 0

    def __call__(self, fd: int, on_readable: Callable[[], None]) -> Callable[[], None]:
        self.callbacks.append(on_readable)

        def stop() -> None:
            self.stopped += 1

        return stop

    def pump(self, until: Callable[[], bool]) -> None:
        for _ in range(200):
            self.callbacks[-1]()
            if until():
                return
            threading.Event().wait(0.005)
        raise AssertionError("the awaited event never arrived")


@pytest.fixture
def wayland(tmp_path: Path) -> Iterator[tuple[StandInCompositor, dict[str, str]]]:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    compositor = StandInCompositor(runtime / "wl-unit")
    yield compositor, {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "wl-unit"}
    compositor.close()


def test_the_connection_reads_the_offered_globals(wayland) -> None:
    _compositor, env = wayland
    conn = WaylandConnection(env)
    try:
        assert {g.interface for g in conn.globals.values()} == {"wl_seat", "ext_idle_notifier_v1"}
    finally:
        conn.close()


def test_idle_time_is_worked_out_from_idled_and_resumed(wayland) -> None:
    compositor, env = wayland
    clock, watches = FakeMonotonic(), Watches()
    source = ExtIdleNotifySource(env, monotonic=clock, watch=watches)
    try:
        assert isinstance(source, WantsThresholds)
        source.watch_thresholds(20, 60)
        assert source.timeouts() == [10.0, 20.0, 60.0]
        # v1 compositor: get_idle_notification (opcode 1), timeouts in milliseconds.
        live = {
            t
            for obj, (op, t) in compositor.notifications.items()
            if obj not in compositor.destroyed
        }
        assert live == {10000, 20000, 60000}
        assert all(op == 1 for op, _t in compositor.notifications.values())
        assert source.idle_seconds() == 0.0  # input less than 10 s ago

        compositor.event(10000, 0)  # idled: no input for 10 s, so the last input was 10 s ago
        watches.pump(lambda: source.idle_seconds() == 10.0)
        clock.now += 7.5
        assert source.idle_seconds() == 17.5
        clock.now += 2.5
        compositor.event(20000, 0)  # 20 s without input: it agrees with the fine one
        watches.pump(lambda: len(source._idled_at) == 2)
        assert source.idle_seconds() == pytest.approx(20.0)
        clock.now += 5
        assert source.idle_seconds() == pytest.approx(25.0)

        compositor.event(10000, 1)  # resumed
        compositor.event(20000, 1)
        watches.pump(lambda: source.idle_seconds() == 0.0)
    finally:
        source.close()


def test_version_two_asks_for_input_idle_so_inhibitors_do_not_count(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    compositor = StandInCompositor(runtime / "wl-2", notifier_version=2)
    env = {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "wl-2"}
    source = ExtIdleNotifySource(env, watch=Watches())
    try:
        assert source.request == "input idle (v2)"
        assert {op for op, _t in compositor.notifications.values()} == {2}
    finally:
        source.close()
        compositor.close()


def test_a_compositor_without_the_protocol_is_passed_over(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    compositor = StandInCompositor(runtime / "wl-0", offer_notifier=False)
    env = {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "wl-0"}
    try:
        with pytest.raises(WaylandError, match="does not offer ext_idle_notifier_v1"):
            ExtIdleNotifySource(env, watch=Watches())
        with pytest.raises(WaylandError, match="cannot connect"):
            ExtIdleNotifySource({**env, "WAYLAND_DISPLAY": "nothing-here"}, watch=Watches())
    finally:
        compositor.close()


def test_a_lost_compositor_is_logged_once_and_reconnected_later(wayland, caplog) -> None:
    caplog.set_level(logging.INFO, logger="desk_mobility.platform.idle.ext_idle_notify")
    compositor, env = wayland
    clock, watches = FakeMonotonic(), Watches()
    source = ExtIdleNotifySource(env, monotonic=clock, watch=watches)
    try:
        compositor.drop_clients()
        watches.pump(lambda: watches.stopped == 1)
        assert source.idle_seconds() is None
        assert source.idle_seconds() is None
        assert caplog.text.count("lost the compositor") == 1
        clock.now += 31  # the compositor is back (the stand-in still listens)
        assert source.idle_seconds() == 0.0
        assert "answers again" in caplog.text
        source.close()
        clock.now += 60
        assert source.idle_seconds() is None  # closed stays closed
    finally:
        source.close()
