"""Single instance: the protocol between a later launch and the running app."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desk_mobility.shell.instance import InstanceServer, send_command


def _ask_in_background(address: str, command: str) -> dict[str, Any]:
    """The client blocks on its socket, so it runs beside the Qt loop."""
    result: dict[str, Any] = {}

    def worker() -> None:
        result["reply"] = send_command(address, command, timeout=5)

    thread = threading.Thread(target=worker)
    thread.start()
    result["thread"] = thread
    return result


def test_command_reaches_the_running_instance_and_gets_a_reply(
    qtbot: QtBot, tmp_path: Path
) -> None:
    address = str(tmp_path / "instance.sock")
    seen: list[str] = []

    def handler(command: str) -> dict[str, Any]:
        seen.append(command)
        return {"ok": True, "status": {"stage": "sitting"}}

    server = InstanceServer(address, handler)
    assert server.listen()
    pending = _ask_in_background(address, "status")
    qtbot.waitUntil(lambda: not pending["thread"].is_alive(), timeout=5000)
    assert seen == ["status"]
    assert pending["reply"] == {"ok": True, "status": {"stage": "sitting"}}
    server.close()


def test_unknown_command_is_refused_without_calling_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    address = str(tmp_path / "instance.sock")
    seen: list[str] = []
    server = InstanceServer(address, lambda c: seen.append(c) or {"ok": True})
    assert server.listen()
    pending = _ask_in_background(address, "format-disk")
    qtbot.waitUntil(lambda: not pending["thread"].is_alive(), timeout=5000)
    assert seen == []
    assert pending["reply"]["ok"] is False
    assert "unknown command" in pending["reply"]["error"]
    server.close()


def test_socket_is_private_to_the_user(qtbot: QtBot, tmp_path: Path) -> None:
    address = tmp_path / "instance.sock"
    server = InstanceServer(str(address), lambda c: {"ok": True})
    assert server.listen()
    assert address.stat().st_mode & 0o077 == 0
    server.close()


def test_stale_socket_from_a_crash_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    address = tmp_path / "instance.sock"
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(address))
    crashed.close()  # the file stays, nobody listens
    assert send_command(str(address), "status") is None
    server = InstanceServer(str(address), lambda c: {"ok": True, "status": {}})
    assert server.listen()
    pending = _ask_in_background(str(address), "status")
    qtbot.waitUntil(lambda: not pending["thread"].is_alive(), timeout=5000)
    assert pending["reply"] == {"ok": True, "status": {}}
    server.close()


def test_no_instance_means_no_reply(tmp_path: Path) -> None:
    assert send_command(str(tmp_path / "nobody.sock"), "status") is None


def test_a_live_instance_keeps_its_socket(qtbot: QtBot, tmp_path: Path) -> None:
    """Taking over is only for a socket nobody answers: a live one is left alone."""
    address = tmp_path / "instance.sock"
    live = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    live.bind(str(address))
    live.listen(4)
    answered: list[bytes] = []

    def answer() -> None:
        conn, _ = live.accept()
        with conn:
            answered.append(conn.recv(1024))
            conn.sendall(b'{"ok": true, "status": {}}\n')

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    late = InstanceServer(str(address), lambda c: {"ok": True})
    assert not late.listen()
    thread.join(5)
    assert answered and b"status" in answered[0]
    assert address.exists()
    live.close()
    late.close()
