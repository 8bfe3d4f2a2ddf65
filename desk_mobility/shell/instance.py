"""Single instance: the first launch serves, later launches hand it a command.

The address is per user and per data folder (see ``AppPaths.instance_name``),
so isolated instances never meet. On POSIX the server listens on a socket file
in the user's runtime folder with user-only access, and clients talk to it with
the standard library alone: ``--status`` from a status bar stays cheap.

Protocol: the client sends one JSON line ``{"command": ...}``, the server
answers one JSON line and closes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QSocketNotifier

log = logging.getLogger(__name__)

MAX_SOCKET_PATH = 100
LIVE_CHECK_SECONDS = 2.0
MAX_REQUEST_BYTES = 4096  # one JSON line with a command name
REPLY_TIMEOUT_SECONDS = 2.0
COMMANDS = ("activate", "break-now", "history", "settings", "quit", "status", "loaded-modules")
Reply = dict[str, Any]


def server_address(instance_name: str) -> str:
    """A socket path on POSIX (runtime folder first), a pipe name on Windows."""
    if os.name != "posix":
        return instance_name
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    socket_name = f"{instance_name}.sock"
    if runtime and Path(runtime).is_dir():
        candidate = Path(runtime) / socket_name
        # A Unix socket path must fit in sun_path (104 bytes on macOS, 108 on Linux).
        if len(os.fsencode(candidate)) < MAX_SOCKET_PATH:
            return str(candidate)
    return str(Path(tempfile.gettempdir()) / socket_name)


def send_command(address: str, command: str, timeout: float = 3.0) -> Reply | None:
    """Deliver ``command`` to a running instance; None when none is running."""
    payload = (json.dumps({"command": command}) + "\n").encode()
    if os.name == "posix":
        return _send_posix(address, payload, timeout)
    return _send_qt(address, payload, timeout)  # pragma: no cover - Windows


def _send_posix(address: str, payload: bytes, timeout: float) -> Reply | None:
    if not Path(address).exists():
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(address)
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a stale socket left by a crashed instance
        except OSError as exc:
            log.debug("cannot reach %s: %s", address, exc)
            return None
        data = b""
        try:
            sock.sendall(payload)
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError as exc:  # a timeout or a reset: no answer this time
            log.debug("no answer from %s: %s", address, exc)
            return None
    if not data:
        return None  # closed without answering: shutting down
    return _decode(data)


def _send_qt(address: str, payload: bytes, timeout: float) -> Reply | None:  # pragma: no cover
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(address)
    if not sock.waitForConnected(int(timeout * 1000)):
        return None
    sock.write(payload)
    sock.waitForBytesWritten(int(timeout * 1000))
    data = b""
    while not data.endswith(b"\n") and sock.waitForReadyRead(int(timeout * 1000)):
        data += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return _decode(data)


def _decode(data: bytes) -> Reply:
    try:
        reply = json.loads(data.decode() or "{}")
    except ValueError:
        return {"ok": False, "error": "garbled reply"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "garbled reply"}


class InstanceServer:
    """Listens for commands from later launches; ``handler`` answers each one.

    It lives in the Qt event loop with no thread and no polling: it wakes
    only when a client connects. On POSIX it is a plain Unix socket watched
    by a ``QSocketNotifier``, which keeps QtNetwork (and the Kerberos and
    TLS libraries it links) out of the idle app; elsewhere it is a
    QLocalServer (a named pipe on Windows).
    """

    def __init__(self, address: str, handler: Callable[[str], Reply]) -> None:
        self._handler = handler
        self.address = address
        self._server: _UnixSocketServer | _QtLocalServer = (
            _UnixSocketServer(address, self._answer)
            if os.name == "posix"
            else _QtLocalServer(address, self._answer)
        )

    def listen(self) -> bool:
        """Serve at the address unless a live instance already answers there.

        The check comes first: with user-only access Qt makes the socket
        elsewhere and renames it into place, which would silently take a
        live instance's address. A socket nobody answers (left by a crash) is
        replaced. The instance lock keeps two starters from racing here.
        """
        if send_command(self.address, "status", timeout=LIVE_CHECK_SECONDS) is not None:
            log.error("another instance answers at %s; not taking its socket", self.address)
            return False
        return self._server.listen()

    def close(self) -> None:
        self._server.close()

    def _answer(self, line: str) -> bytes:
        try:
            command = json.loads(line).get("command", "")
        except (ValueError, AttributeError):
            command = ""
        if command not in COMMANDS:
            reply: Reply = {"ok": False, "error": f"unknown command {command!r}"}
        else:
            log.info("command from another launch: %s", command)
            try:
                reply = self._handler(command)
            except Exception as exc:  # a bad command must not take the app down
                log.exception("command %s failed", command)
                reply = {"ok": False, "error": str(exc)}
        return (json.dumps(reply) + "\n").encode()


class _UnixSocketServer:
    """A Unix socket file, user-only, answered one line per connection."""

    def __init__(self, address: str, answer: Callable[[str], bytes]) -> None:
        self._address = address
        self._answer = answer
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}

    def listen(self) -> bool:
        for attempt in range(2):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(self._address)
            except OSError as exc:
                sock.close()
                if attempt == 0 and exc.errno == errno.EADDRINUSE and not _answers(self._address):
                    # A crashed instance leaves its socket file behind: nobody answers it.
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(self._address)
                    log.info("removed a stale instance socket at %s", self._address)
                    continue
                log.error("cannot listen at %s: %s", self._address, exc)
                return False
            os.chmod(self._address, 0o600)
            from PySide6.QtCore import QSocketNotifier

            sock.listen(8)
            sock.setblocking(False)
            self._socket = sock
            self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
            self._notifier.activated.connect(self._accept)
            log.info("single-instance server listening at %s", self._address)
            return True
        return False

    def close(self) -> None:
        for fileno in list(self._clients):
            self._drop(fileno)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
            with contextlib.suppress(OSError):
                os.unlink(self._address)

    def _accept(self) -> None:
        assert self._socket is not None
        while True:
            try:
                conn, _ = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("instance socket: %s", exc)
                return
            from PySide6.QtCore import QSocketNotifier

            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read)
            fileno = conn.fileno()
            self._clients[fileno] = (conn, notifier, bytearray())
            notifier.activated.connect(lambda *_, f=fileno: self._read(f))

    def _read(self, fileno: int) -> None:
        conn, _, buffer = self._clients[fileno]
        try:
            data = conn.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        buffer.extend(data)
        if b"\n" not in buffer:
            if not data or len(buffer) > MAX_REQUEST_BYTES:
                self._drop(fileno)  # gone, or not speaking the protocol
            return
        line = bytes(buffer.split(b"\n", 1)[0]).decode(errors="replace")
        reply = self._answer(line)
        try:
            conn.setblocking(True)
            conn.settimeout(REPLY_TIMEOUT_SECONDS)
            conn.sendall(reply)
        except OSError as exc:
            log.warning("could not answer a later launch: %s", exc)
        self._drop(fileno)

    def _drop(self, fileno: int) -> None:
        conn, notifier, _ = self._clients.pop(fileno)
        notifier.setEnabled(False)
        notifier.deleteLater()
        conn.close()


def _answers(address: str) -> bool:
    """Whether a live instance is listening at ``address``."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


class _QtLocalServer:  # pragma: no cover - Windows
    """QLocalServer: a named pipe on Windows."""

    def __init__(self, address: str, answer: Callable[[str], bytes]) -> None:
        from PySide6.QtNetwork import QLocalServer

        self._answer = answer
        self._server = QLocalServer()
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.address = address

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self.address):
            log.info("single-instance server listening at %s", self.address)
            return True
        QLocalServer.removeServer(self.address)
        ok = self._server.listen(self.address)
        if ok:
            log.info("removed a stale instance socket; listening at %s", self.address)
        else:
            log.error("cannot listen at %s: %s", self.address, self._server.errorString())
        return ok

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._on_ready(c))
            conn.disconnected.connect(conn.deleteLater)

    def _on_ready(self, conn: Any) -> None:
        if not conn.canReadLine():
            return
        line = bytes(conn.readLine().data()).decode(errors="replace")
        conn.write(self._answer(line))
        conn.flush()
        conn.disconnectFromServer()
