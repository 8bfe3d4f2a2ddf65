"""A small Wayland client that speaks the wire protocol over the compositor's socket.

Why not a binding: pywayland (the Python binding) is not packaged for Debian
12's Python and on PyPI it builds a C extension against libwayland at install
time, so every user would need a compiler and the Wayland headers for what is
three interfaces and a dozen messages. The wire format is small and stable
(native-endian 32-bit words: object id, size and opcode, then arguments; strings
length-prefixed and padded to 4 bytes; 24.8 fixed point), so it is written
here in plain Python with the standard library alone.

What it does not do: pass file descriptors (nothing bound here sends or takes
one) or take an inherited ``WAYLAND_SOCKET`` (the toolkit owns that one).
"""

from __future__ import annotations

import os
import select
import socket
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

DISPLAY_ID = 1
# wl_display
_SYNC, _GET_REGISTRY = 0, 1
_ERROR, _DELETE_ID = 0, 1
# wl_registry
_BIND = 0
_GLOBAL, _GLOBAL_REMOVE = 0, 1
# wl_callback
_DONE = 0

HEADER = struct.Struct("=II")
MAX_MESSAGE = 4096  # the protocol's own limit for one message

Handler = Callable[[int, bytes], None]


class WaylandError(OSError):
    """No compositor to talk to, the connection broke, or the compositor refused."""


@dataclass(frozen=True, slots=True)
class Global:
    """An interface the compositor offers (a ``wl_registry.global`` event)."""

    name: int
    interface: str
    version: int


def socket_path(env: Mapping[str, str]) -> str:
    """Where the compositor listens: ``WAYLAND_DISPLAY`` under ``XDG_RUNTIME_DIR``."""
    display = env.get("WAYLAND_DISPLAY") or "wayland-0"
    if display.startswith("/"):
        return display
    runtime = env.get("XDG_RUNTIME_DIR")
    if not runtime:
        raise WaylandError("XDG_RUNTIME_DIR is not set, so the Wayland socket cannot be found")
    return os.path.join(runtime, display)


def encode(signature: str, *args: Any) -> bytes:
    """Arguments by type letter: u uint, i int, f fixed, s string, o object, n new id."""
    if len(signature) != len(args):
        raise ValueError(f"signature {signature!r} takes {len(signature)} arguments")
    out = bytearray()
    for kind, value in zip(signature, args, strict=True):
        if kind in "uon":
            out += struct.pack("=I", int(value))
        elif kind == "i":
            out += struct.pack("=i", int(value))
        elif kind == "f":
            out += struct.pack("=i", round(float(value) * 256))
        elif kind == "s":
            data = str(value).encode() + b"\0"
            out += struct.pack("=I", len(data)) + data + b"\0" * (-len(data) % 4)
        else:
            raise ValueError(f"unknown argument type {kind!r}")
    return bytes(out)


def decode(signature: str, payload: bytes) -> list[Any]:
    """The inverse of ``encode`` for an event's payload."""
    values: list[Any] = []
    at = 0
    for kind in signature:
        if kind in "uon":
            values.append(struct.unpack_from("=I", payload, at)[0])
            at += 4
        elif kind == "i":
            values.append(struct.unpack_from("=i", payload, at)[0])
            at += 4
        elif kind == "f":
            values.append(struct.unpack_from("=i", payload, at)[0] / 256)
            at += 4
        elif kind == "s":
            (length,) = struct.unpack_from("=I", payload, at)
            at += 4
            values.append(payload[at : at + max(0, length - 1)].decode(errors="replace"))
            at += length + (-length % 4)
        else:
            raise ValueError(f"unknown argument type {kind!r}")
    return values


class WaylandConnection:
    """One client connection: object ids, requests out, events in to handlers.

    Set-up is blocking (``roundtrip``, with a timeout); after that the owner
    watches ``fileno()`` and calls ``dispatch()`` when it is readable.
    """

    def __init__(self, env: Mapping[str, str], timeout: float = 2.0) -> None:
        path = socket_path(env)
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        self._sock.settimeout(timeout)  # for connecting; reads never block afterwards
        try:
            self._sock.connect(path)
        except OSError as exc:
            self._sock.close()
            raise WaylandError(f"cannot connect to the compositor at {path} ({exc})") from exc
        self._sock.setblocking(False)  # events are read when the socket says so
        self._timeout = timeout
        self._next_id = DISPLAY_ID + 1
        self._handlers: dict[int, Handler] = {DISPLAY_ID: self._on_display}
        self._buffer = b""
        self._closed = False
        self.globals: dict[int, Global] = {}
        self._registry = self.new_object(self._on_registry)
        self.send(DISPLAY_ID, _GET_REGISTRY, "n", self._registry)
        self.roundtrip()

    # -- objects and requests ---------------------------------------------------

    def new_object(self, handler: Handler | None = None) -> int:
        """A fresh client-side object id, with the handler for its events."""
        object_id = self._next_id
        self._next_id += 1
        self._handlers[object_id] = handler or (lambda _opcode, _payload: None)
        return object_id

    def send(self, object_id: int, opcode: int, signature: str = "", *args: Any) -> None:
        body = encode(signature, *args)
        size = HEADER.size + len(body)
        if size > MAX_MESSAGE:
            raise ValueError("message too long for the Wayland wire protocol")
        try:
            self._sock.sendall(HEADER.pack(object_id, (size << 16) | opcode) + body)
        except OSError as exc:
            self._closed = True
            raise WaylandError(f"the compositor connection broke ({exc})") from exc

    def find(self, interface: str) -> Global | None:
        for item in self.globals.values():
            if item.interface == interface:
                return item
        return None

    def bind(self, item: Global, version: int, handler: Handler | None = None) -> int:
        """Bind a global at ``min(version, offered)``; returns the new object's id."""
        object_id = self.new_object(handler)
        used = min(version, item.version)
        self.send(self._registry, _BIND, "usun", item.name, item.interface, used, object_id)
        return object_id

    def set_handler(self, object_id: int, handler: Handler) -> None:
        self._handlers[object_id] = handler

    def forget(self, object_id: int) -> None:
        """Stop delivering events to an object the caller has destroyed."""
        self._handlers.pop(object_id, None)

    # -- events -----------------------------------------------------------------

    def roundtrip(self) -> None:
        """Block until the compositor has handled every request sent so far."""
        done: list[bool] = []
        callback = self.new_object(lambda _opcode, _payload: done.append(True))
        self.send(DISPLAY_ID, _SYNC, "n", callback)
        while not done:
            readable, _, _ = select.select([self._sock], [], [], self._timeout)
            if not readable:
                raise WaylandError("the compositor did not answer in time")
            self.dispatch()
        self.forget(callback)

    def dispatch(self) -> int:
        """Handle whatever has arrived without waiting; returns how many events."""
        try:
            data = self._sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return 0
        except OSError as exc:
            self._closed = True
            raise WaylandError(f"the compositor connection broke ({exc})") from exc
        if not data:
            self._closed = True
            raise WaylandError("the compositor closed the connection")
        self._buffer += data
        count = 0
        while len(self._buffer) >= HEADER.size:
            object_id, word = HEADER.unpack_from(self._buffer)
            size, opcode = word >> 16, word & 0xFFFF
            if size < HEADER.size:
                self._closed = True
                raise WaylandError(f"malformed message from the compositor (size {size})")
            if len(self._buffer) < size:
                break
            payload = self._buffer[HEADER.size : size]
            self._buffer = self._buffer[size:]
            handler = self._handlers.get(object_id)
            if handler is not None:
                handler(opcode, payload)
            count += 1
        return count

    def _on_display(self, opcode: int, payload: bytes) -> None:
        if opcode == _ERROR:
            object_id, code, message = decode("ous", payload)
            self._closed = True
            raise WaylandError(f"compositor error on object {object_id} (code {code}): {message}")
        if opcode == _DELETE_ID:
            (object_id,) = decode("u", payload)
            self._handlers.pop(object_id, None)

    def _on_registry(self, opcode: int, payload: bytes) -> None:
        if opcode == _GLOBAL:
            name, interface, version = decode("usu", payload)
            self.globals[name] = Global(name, interface, version)
        elif opcode == _GLOBAL_REMOVE:
            (name,) = decode("u", payload)
            self.globals.pop(name, None)

    # -- life ---------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def fileno(self) -> int:
        return self._sock.fileno()

    def close(self) -> None:
        self._closed = True
        self._sock.close()
