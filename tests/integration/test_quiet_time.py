"""Quiet time in the real app: a call on a real sound server, dunst paused, a polite moment.

A real PulseAudio daemon runs in each test's desktop session with a stand-in
microphone (a null source ``mic``) and speakers (a null sink, so
``speakers.monitor`` exists). A recorder is ``parecord``, another process,
as a call app would be. Each test meets a due break within seconds through a
saved sitting state a few seconds short of the break.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.desktop_session import (
    ALWAYS_WORKING,
    AppProcess,
    DesktopSession,
    missing_programs,
    sit_almost_to_the_break,
    wait_for,
)
from tests.fake_notification_server import stop
from tests.sound_server import SoundServer

# The polite moment is off unless a test is about it: these tests are about quiet time.
AT_ONCE = ALWAYS_WORKING.replace("[general]", "polite_pause_seconds = 0\n\n[general]", 1)


@pytest.fixture
def sound(desktop: DesktopSession) -> Iterator[SoundServer]:
    missing = missing_programs("pulseaudio", "parecord", "pactl")
    if missing:
        pytest.fail(f"these tests need {', '.join(missing)}: run scripts/test.sh")
    server = SoundServer(desktop)
    try:
        yield server
    finally:
        server.stop()


def status(desktop: DesktopSession) -> dict[str, Any]:
    done = desktop.cli("--status")
    assert done.returncode == 0, done.stdout + done.stderr
    return dict(json.loads(done.stdout))


def wait_status(desktop: DesktopSession, timeout: float, **expected: object) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def matches() -> bool:
        seen.clear()
        seen.update(status(desktop))
        return all(seen.get(key) == value for key, value in expected.items())

    assert wait_for(matches, timeout, 0.25), f"--status never showed {expected}: {seen}"
    return seen


def start_near_due(desktop: DesktopSession, settings: str = AT_ONCE) -> AppProcess:
    desktop.write_settings(settings)
    sit_almost_to_the_break(desktop, seconds_left=3)
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    return app


def children_of(pid: int) -> dict[int, str]:
    """The live processes whose parent is ``pid``, with their command lines."""
    found: dict[int, str] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found[int(stat.parent.name)] = (
                    (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                )
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    return found


def maps_libpulse(pid: int) -> bool:
    return "libpulse" in Path(f"/proc/{pid}/maps").read_text()


def test_far_from_a_break_the_app_runs_no_watcher_and_never_maps_libpulse(
    desktop: DesktopSession, sound: SoundServer
) -> None:
    sound.record("mic")  # a call is on, but no break is near: it does not matter yet
    desktop.write_settings(AT_ONCE)
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert wait_status(desktop, 15, stage="sitting", tray="docked")["quiet_reason"] is None
    assert children_of(app.pid) == {}
    assert not maps_libpulse(app.pid)
    assert "pulsectl" not in desktop.cli("--loaded-modules").stdout.split()


def test_a_call_on_the_microphone_holds_the_break_until_the_recorder_stops(
    desktop: DesktopSession, sound: SoundServer
) -> None:
    recorder = sound.record("mic")
    app = start_near_due(desktop)
    assert app.wait_for_log("microphone in use by parecord"), app.output()
    # Heard by the watcher process; the app itself has not loaded libpulse.
    watchers = [c for c in children_of(app.pid).values() if "--watch-calls" in c]
    assert watchers == [f"{sys.executable} -m desk_mobility --watch-calls {app.pid} "]
    assert not maps_libpulse(app.pid)
    seen = wait_status(desktop, 15, stage="quiet", waiting=True, quiet_reason="call")
    assert seen["quiet_detail"] == "parecord" and seen["break_due"]
    assert seen["quiet_since"] is not None
    assert "on a call (parecord)" in seen["summary"]
    time.sleep(1.0)
    assert desktop.notifications_displayed() == 0  # the break waits, silently
    stopped = time.monotonic()
    sound.stop_recorder(recorder)
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 10), app.output()
    assert time.monotonic() - stopped < 5  # heard from the sound server, not found by polling
    seen = status(desktop)
    assert seen["stage"] == "due" and seen["quiet_reason"] is None


def test_a_recorder_on_the_speakers_monitor_is_not_a_call(
    desktop: DesktopSession, sound: SoundServer
) -> None:
    sound.record("speakers.monitor")
    app = start_near_due(desktop)
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 15), app.output()
    seen = status(desktop)
    assert seen["stage"] == "due" and not seen["quiet"]
    assert "microphone in use" not in app.output()


def test_dunst_paused_holds_the_break_and_unpaused_it_is_offered(desktop: DesktopSession) -> None:
    desktop.dunstctl("set-paused", "true")
    app = start_near_due(desktop)
    seen = wait_status(desktop, 15, stage="quiet", waiting=True, quiet_reason="dnd")
    assert seen["quiet_detail"] == "dunst paused"
    assert "do not disturb is on" in seen["summary"]
    # Nothing handed to dunst either: a paused dunst would show it the moment it resumes.
    assert desktop.dunstctl("count", "waiting").strip() == "0"
    desktop.dunstctl("set-paused", "false")
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 10), app.output()
    assert status(desktop)["stage"] == "due"
    assert "do-not-disturb switched off (dunst paused)" in app.output()


class Typist:
    """xdotool pressing Shift four times a second, until stopped (another process)."""

    def __init__(self, desktop: DesktopSession) -> None:
        self.proc = subprocess.Popen(
            ["xdotool", "key", "--repeat", "10000", "--delay", "250", "shift"],
            env=desktop.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> float:
        stop(self.proc)
        return time.monotonic()


POLITE = ALWAYS_WORKING.replace(
    "[general]", "polite_pause_seconds = 3\npolite_cap_seconds = {cap}\n\n[general]", 1
)


def test_typing_holds_the_notification_until_a_pause_in_input(desktop: DesktopSession) -> None:
    typist = Typist(desktop)
    try:
        app = start_near_due(desktop, POLITE.format(cap=600))
        assert app.wait_for_log("the notification waits for a pause in typing"), app.output()
        seen = status(desktop)
        assert seen["stage"] == "due" and seen["held_for_pause"]
        time.sleep(6)  # twice the pause length, typing all along
        assert desktop.notifications_displayed() == 0
    finally:
        stopped = typist.stop()
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 3 + 4, 0.05), app.output()
    # Within 2 s after typing has stopped for the pause length (3 s).
    assert time.monotonic() - stopped <= 3 + 2
    assert not status(desktop)["held_for_pause"]


def test_typing_without_a_pause_gets_the_notification_at_the_cap(desktop: DesktopSession) -> None:
    typist = Typist(desktop)
    try:
        app = start_near_due(desktop, POLITE.format(cap=6))
        assert app.wait_for_log("the notification waits for a pause in typing"), app.output()
        held = time.monotonic()
        assert wait_for(lambda: desktop.notifications_displayed() == 1, 12, 0.05), app.output()
        waited = time.monotonic() - held
        assert 5 <= waited <= 6 + 2, waited
        assert typist.proc.poll() is None  # still typing
    finally:
        typist.stop()


def watcher_environment(desktop: DesktopSession) -> dict[str, str]:
    return {"PULSE_SERVER": f"unix:{desktop.env['XDG_RUNTIME_DIR']}/pulse/native"}


def wakeups(pid: int) -> int:
    """Times the process has blocked and been woken (every poll() that returned)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    raise AssertionError(f"no voluntary_ctxt_switches for {pid}")


def test_the_watcher_runs_near_a_break_hears_streams_come_and_go_and_stops_at_once(
    qtbot, desktop: DesktopSession, sound: SoundServer
) -> None:
    from desk_mobility.platform.calls.pulse import PulseCallSource
    from desk_mobility.platform.calls.watcher_process import QtWatcherProcess

    source = PulseCallSource(environment=watcher_environment(desktop))
    try:
        assert source.read(near_due=False) is None and source.child is None  # far: nothing runs
        assert source.read(near_due=True) is None
        qtbot.waitUntil(lambda: source.answers == 1, timeout=5000)  # its first answer: nobody
        child = source.child
        assert isinstance(child, QtWatcherProcess)
        before = wakeups(child.pid)
        time.sleep(1.0)
        assert wakeups(child.pid) == before  # between changes it does not wake up
        with qtbot.waitSignal(source.signals.changed, timeout=5000):
            recorder = sound.record("mic")
        assert source.read(near_due=True) == "parecord"
        with qtbot.waitSignal(source.signals.changed, timeout=5000):
            sound.stop_recorder(recorder)
        assert source.read(near_due=True) is None
        sound.record("mic")
        qtbot.waitUntil(lambda: source.read(near_due=True) == "parecord", timeout=5000)
        # The break is over: the child goes, ended by its standard input closing.
        assert source.read(near_due=False) is None
        assert source.child is None
        qtbot.waitUntil(lambda: child.ended, timeout=900)  # before SIGTERM would come
        assert child.exit_code == 0
        # The next break: a new child, which finds the recorder still on.
        assert source.read(near_due=True) is None
        qtbot.waitUntil(lambda: source.read(near_due=True) == "parecord", timeout=5000)
    finally:
        last = source.child
        started = time.monotonic()
        source.close()
        assert time.monotonic() - started < 1.0
        assert last is None or (isinstance(last, QtWatcherProcess) and last.exit_code == 0)


def test_the_watcher_survives_the_sound_server_restarting(
    qtbot, desktop: DesktopSession, sound: SoundServer
) -> None:
    from desk_mobility.platform.calls.pulse import RETRY_SECONDS, PulseCallSource

    now = [1000.0]
    source = PulseCallSource(environment=watcher_environment(desktop), clock=lambda: now[0])
    try:
        sound.record("mic")
        source.read(near_due=True)
        qtbot.waitUntil(lambda: source.read(near_due=True) == "parecord", timeout=5000)
        with qtbot.waitSignal(source.signals.changed, timeout=5000):
            sound.stop()  # the sound server goes away (a crash, a logout of the audio session)
        qtbot.waitUntil(lambda: not source.watching, timeout=5000)
        assert source.read(near_due=True) is None  # no server: no call known
        again = SoundServer(desktop)
        try:
            again.record("mic")
            now[0] += RETRY_SECONDS - 1
            source.read(near_due=True)  # too soon to try again
            assert not source.watching
            now[0] += 1
            source.read(near_due=True)  # close to a break: a new child
            assert source.watching
            qtbot.waitUntil(lambda: source.read(near_due=True) == "parecord", timeout=5000)
        finally:
            again.stop()
    finally:
        source.close()


def test_the_watcher_process_alone_prints_json_lines_and_ends_with_its_stdin(
    desktop: DesktopSession, sound: SoundServer
) -> None:
    """``--watch-calls`` as the app starts it: the app's pid is left out, stdin is its life."""
    from desk_mobility.platform.calls.pulse_watcher import EXIT_ASKED, EXIT_NO_SERVER

    own = sound.record("mic")  # stands in for the app's own stream: its pid is passed
    other = sound.record("mic")
    command = [sys.executable, "-m", "desk_mobility", "--watch-calls", str(own.pid)]
    with subprocess.Popen(
        command, env=sound.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        try:
            assert json.loads(child.stdout.readline()) == ["parecord"]  # only the other one
            maps = Path(f"/proc/{child.pid}/maps").read_text()
            assert "libpulse" in maps and "libQt6" not in maps  # no Qt in the helper
            sound.stop_recorder(other)
            assert json.loads(child.stdout.readline()) == []
            child.stdin.close()  # as when the app closes it, or dies
            assert child.wait(timeout=1) == EXIT_ASKED
        finally:
            if child.poll() is None:
                child.kill()
    nowhere = {**sound.env, "PULSE_SERVER": f"unix:{desktop.root}/no-such-socket"}
    done = subprocess.run(
        command,
        env=nowhere,
        stdin=subprocess.PIPE,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == EXIT_NO_SERVER and done.stdout == ""
    assert "no sound server to watch" in done.stderr


def test_a_notification_server_that_is_inhibited_holds_the_break(tmp_path) -> None:
    """KDE Plasma's do-not-disturb: the server's ``Inhibited`` property, and its changes."""
    from tests.fake_notification_server import ServerProcess

    desk = DesktopSession(tmp_path / "desktop", notifications=False)
    server = ServerProcess(desk.bus_address, tmp_path / "calls.jsonl")
    try:
        server.set_inhibited(True)
        app = start_near_due(desk)
        seen = wait_status(desk, 15, stage="quiet", waiting=True, quiet_reason="dnd")
        assert seen["quiet_detail"] == "notifications inhibited"
        assert server.calls("Notify") == []
        server.set_inhibited(False)
        assert server.wait_calls("Notify", 1, timeout=10), app.output()
        assert status(desk)["stage"] == "due"
    finally:
        desk.stop()
        server.stop()


def test_gnome_banners_off_holds_the_break_and_on_again_offers_it(desktop: DesktopSession) -> None:
    """GNOME's do-not-disturb, written through dconf as GNOME Settings writes it."""
    service = "/usr/libexec/dconf-service"
    missing = missing_programs("gsettings")
    if missing or not Path(service).exists():
        pytest.fail("this test needs gsettings and dconf-service: run scripts/test.sh")
    dconf = subprocess.Popen(
        [service], env=desktop.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    schema = ["org.gnome.desktop.notifications", "show-banners"]
    try:
        assert wait_for(lambda: desktop.bus_has_name("ca.desrt.dconf"), 10)
        desktop.run(["gsettings", "set", *schema, "false"])
        app = start_near_due(desktop)
        seen = wait_status(desktop, 15, stage="quiet", waiting=True, quiet_reason="dnd")
        assert seen["quiet_detail"] == "GNOME do not disturb"
        desktop.run(["gsettings", "set", *schema, "true"])
        assert wait_for(lambda: desktop.notifications_displayed() == 1, 10), app.output()
        assert "GNOME do not disturb switched off" in app.output()
    finally:
        stop(dconf)
