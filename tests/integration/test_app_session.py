"""The real app as a process on a real (virtual) desktop: tray, single instance, exit."""

from __future__ import annotations

import json
import re
import signal
from pathlib import Path

from tests.desktop_session import DesktopSession, wait_for


def _docked_geometry(output: str) -> tuple[int, int, int, int]:
    match = re.search(r"tray icon docked at (\d+),(\d+) (\d+)x(\d+)", output)
    assert match, output
    x, y, w, h = (int(v) for v in match.groups())
    return x, y, w, h


def test_tray_icon_docks_in_the_tray_host(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    x, y, w, h = _docked_geometry(app.output())
    assert w > 0 and h > 0
    # The embedded icon is a real X window inside the tray host, where Qt says it is.
    tree = desktop.run(["xwininfo", "-root", "-tree"]).stdout
    assert re.search(rf"{w}x{h}\+\d+\+\d+\s+\+{x}\+{y}", tree), tree
    status = json.loads(desktop.cli("--status").stdout)
    assert status["tray"] == "docked"


def test_quit_from_a_second_process_stops_the_first_cleanly(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    result = desktop.cli("--quit")
    assert result.returncode == 0
    assert app.wait_exit(15) == 0, app.output()
    assert "stopped with status 0" in app.output()
    assert desktop.cli("--status").returncode == 1


def test_sigterm_exits_with_status_0(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    app.proc.send_signal(signal.SIGTERM)
    assert app.wait_exit(15) == 0, app.output()


def test_second_launch_hands_its_command_to_the_running_one(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    bare = desktop.cli()
    assert bare.returncode == 0
    assert "already running" in bare.stdout
    result = desktop.cli("--break-now")
    assert result.returncode == 0
    assert app.wait_for_log("command from another launch: break-now"), app.output()
    assert app.proc.poll() is None  # still the one running instance


def test_status_prints_one_json_object_and_a_waybar_form(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    plain = desktop.cli("--status")
    assert plain.returncode == 0
    status = json.loads(plain.stdout)
    for key in (
        "stage",
        "sat_seconds",
        "next_break_due",
        "paused_until",
        "idle_source",
        "notification_backend",
    ):
        assert key in status
    bar = json.loads(desktop.cli("--status", "--format", "waybar").stdout)
    assert set(bar) == {"text", "tooltip", "class", "percentage"}


def test_without_a_tray_host_a_window_stands_in(bare_desktop: DesktopSession) -> None:
    app = bare_desktop.start_app()
    assert app.wait_for_log("no system tray available"), app.output()
    assert wait_for(lambda: bool(bare_desktop.find_windows("^Desk Mobility$")), 10)
    assert json.loads(bare_desktop.cli("--status").stdout)["tray"] == "window"


def test_two_isolated_instances_do_not_collide(desktop: DesktopSession, tmp_path) -> None:
    first = desktop.start_app()
    assert first.wait_docked(), first.output()
    other_env = dict(
        desktop.env,
        XDG_DATA_HOME=str(tmp_path / "other-data"),
        XDG_CONFIG_HOME=str(tmp_path / "other-config"),
    )
    saved = desktop.env
    desktop.env = other_env
    try:
        second = desktop.start_app()
        assert second.wait_docked(), second.output()
        assert second.proc.poll() is None
    finally:
        desktop.env = saved


def test_bad_files_are_reported_and_nothing_is_lost(desktop: DesktopSession) -> None:
    data = Path(desktop.env["XDG_DATA_HOME"]) / "desk-mobility"
    data.mkdir(parents=True)
    (data / "history.db").write_bytes(b"this is not a database, but it is the user's file" * 100)
    desktop.write_settings("[breaks]\nsit_minutes = -5\n")
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    moved = list(data.glob("history.db.corrupt-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes().startswith(b"this is not a database")
    assert app.wait_for_log(f"It was moved to {moved[0]}"), app.output()
    assert app.wait_for_log("sit_minutes: -5 is below the minimum 10"), app.output()
    status = json.loads(desktop.cli("--status").stdout)
    assert status["history"] == "normal"  # a fresh history started beside the old one
