"""Pacing sounds: the files exist, the backend is chosen sensibly, mute is honoured."""

from __future__ import annotations

import wave
from dataclasses import replace

import pytest

from desk_mobility.core.settings import Settings
from desk_mobility.ui.sounds import (
    SOUND_NAMES,
    CommandBackend,
    PacingSounds,
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
    assert isinstance(linux, CommandBackend) and linux.name == "paplay"
    mac = choose_backend("darwin", {"afplay": "/usr/bin/afplay"}.get, try_qt=False)
    assert isinstance(mac, CommandBackend) and mac.name == "afplay"
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
