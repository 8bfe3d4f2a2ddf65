"""Pacing sounds: the files exist, the backend is chosen sensibly, mute is honoured."""

from __future__ import annotations

import logging
import wave
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk_mobility.core.settings import Settings
from desk_mobility.ui.pacing_sounds import PacingSounds
from desk_mobility.ui.sounds import (
    SOUND_NAMES,
    FirstWorkingPlayer,
    SilentBackend,
    SoundName,
    WinsoundBackend,
    choose_backend,
    sound_file,
)


class RecordingBackend:
    name = "recording"

    def __init__(self) -> None:
        self.played: list[tuple[SoundName, float]] = []

    def play(self, name: SoundName, volume: float) -> None:
        self.played.append((name, volume))


class BrokenBackend:
    name = "broken"

    def __init__(self) -> None:
        self.calls = 0

    def play(self, name: SoundName, volume: float) -> None:
        self.calls += 1
        raise OSError("device vanished")


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_sound_files_are_short_mono_wavs(name: SoundName) -> None:
    with wave.open(str(sound_file(name)), "rb") as handle:
        seconds = handle.getnframes() / handle.getframerate()
        assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
    assert 0.03 < seconds < 2.0


def test_tick_is_the_shortest_and_softest() -> None:
    def peak(name: SoundName) -> int:
        with wave.open(str(sound_file(name)), "rb") as handle:
            frames = handle.readframes(handle.getnframes())
        samples = memoryview(frames).cast("h")
        return max(abs(s) for s in samples)

    assert peak("tick") < peak("turn")
    assert sound_file("tick").stat().st_size < sound_file("turn").stat().st_size


def test_backend_chain_without_qt_multimedia() -> None:
    found = {"paplay": "/usr/bin/paplay", "aplay": "/usr/bin/aplay"}
    linux = choose_backend("linux", found.get, try_qt=False)
    assert isinstance(linux, FirstWorkingPlayer) and linux.name == "trying paplay"
    mac = choose_backend("darwin", {"afplay": "/usr/bin/afplay"}.get, try_qt=False)
    assert isinstance(mac, FirstWorkingPlayer) and mac.name == "trying afplay"
    assert isinstance(choose_backend("win32", found.get, try_qt=False), WinsoundBackend)
    assert isinstance(choose_backend("linux", {}.get, try_qt=False), SilentBackend)


def test_volume_and_mute_come_from_settings() -> None:
    backend = RecordingBackend()
    sounds = PacingSounds(replace(Settings(), volume=40), backend)
    sounds.play("tick")
    sounds.play("chime")
    assert backend.played == [("tick", 0.4), ("chime", 0.4)]
    sounds.apply_settings(replace(Settings(), sounds=False))
    sounds.play("tick")
    sounds.play("turn")
    sounds.play("chime")  # the chime has its own switch
    assert backend.played[-1] == ("chime", 0.6) and len(backend.played) == 3
    sounds.apply_settings(replace(Settings(), chime=False, volume=0))
    sounds.play("chime")
    sounds.play("tick")
    assert len(backend.played) == 3


def test_backend_chosen_lazily_and_a_failure_silences_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    made: list[BrokenBackend] = []

    def factory() -> BrokenBackend:
        made.append(BrokenBackend())
        return made[-1]

    sounds = PacingSounds(Settings(), backend_factory=factory)
    assert made == [] and sounds.backend_name == "not chosen yet"
    sounds.play("tick")
    sounds.play("tick")
    assert len(made) == 1 and made[0].calls == 1
    assert "sounds are off" in caplog.text


def _fake_player(folder: Path, name: str, *, works: bool) -> Path:
    """A player program that logs each call, and fails the way pw-play does without PipeWire."""
    script = folder / name
    calls = folder / f"{name}.calls"
    failing = 'echo "pw_context_connect() failed" >&2; exit 1' if not works else "exit 0"
    script.write_text(f'#!/bin/sh\necho "$@" >> "{calls}"\n{failing}\n', encoding="utf-8")
    script.chmod(0o755)
    return script


def _calls(folder: Path, name: str) -> int:
    log = folder / f"{name}.calls"
    return len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0


def test_a_player_that_does_not_work_is_tried_once_and_never_heard_from_again(
    tmp_path: Path, qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    found = {
        "pw-play": str(_fake_player(tmp_path, "pw-play", works=False)),
        "paplay": str(_fake_player(tmp_path, "paplay", works=True)),
    }
    backend = choose_backend("linux", found.get, try_qt=False)
    assert isinstance(backend, FirstWorkingPlayer)
    sounds = PacingSounds(Settings(), backend)
    sounds.play("turn")
    qtbot.waitUntil(lambda: backend.settled, timeout=5000)
    assert backend.name == "paplay"
    assert _calls(tmp_path, "paplay") == 1  # the first sound is still heard
    for _ in range(5):
        sounds.play("tick")
    qtbot.waitUntil(lambda: _calls(tmp_path, "paplay") == 6, timeout=5000)
    assert _calls(tmp_path, "pw-play") == 1
    assert "pw_context_connect" not in capfd.readouterr().err


def test_with_no_working_player_sounds_stay_off_quietly(
    tmp_path: Path,
    qtbot: QtBot,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    found = {
        "pw-play": str(_fake_player(tmp_path, "pw-play", works=False)),
        "aplay": str(_fake_player(tmp_path, "aplay", works=False)),
    }
    caplog.set_level(logging.INFO, logger="desk_mobility.ui.sounds")
    backend = choose_backend("linux", found.get, try_qt=False)
    assert isinstance(backend, FirstWorkingPlayer)
    sounds = PacingSounds(Settings(), backend)
    sounds.play("turn")
    qtbot.waitUntil(lambda: backend.settled, timeout=5000)
    for _ in range(10):
        sounds.play("tick")
    qtbot.wait(100)
    assert (_calls(tmp_path, "pw-play"), _calls(tmp_path, "aplay")) == (1, 1)
    assert backend.name == "silent"
    assert "pw_context_connect" not in capfd.readouterr().err
    assert caplog.text.count("pacing sounds are off") == 1
