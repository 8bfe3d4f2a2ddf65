"""Pacing sounds: a soft tick per rep, a tone at a side change, the break chime.

The eyes can leave the screen during the drill because the ears keep count.
Sounds play through QtMultimedia's ``QSoundEffect`` where that module and an
audio output exist; otherwise through the platform's own player (PulseAudio
or PipeWire on Linux, ``afplay`` on macOS, ``winsound`` on Windows). With none
of those the app stays silent and says so once in the log: a missing sound
card never stops a drill.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol

from PySide6.QtCore import QObject, QProcess

from desk_mobility.core.settings import Settings
from desk_mobility.files.paths import asset_path

log = logging.getLogger(__name__)

SoundName = Literal["tick", "turn", "chime"]
SOUND_NAMES: tuple[SoundName, ...] = ("tick", "turn", "chime")


def sound_file(name: SoundName) -> Path:
    return asset_path("sounds", f"{name}.wav")


class SoundBackend(Protocol):
    """Something that can play a short WAV at a volume of 0..1 without blocking."""

    name: str

    def play(self, name: SoundName, volume: float) -> None: ...


class SilentBackend:
    """No audio output: nothing plays, and that is fine."""

    name = "silent"

    def play(self, name: SoundName, volume: float) -> None:
        return None


class QtSoundEffectBackend:
    """Low-latency playback through QtMultimedia, preloaded once."""

    name = "qtmultimedia"

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._effects: dict[SoundName, QSoundEffect] = {}
        for sound in SOUND_NAMES:
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(sound_file(sound))))
            self._effects[sound] = effect

    def play(self, name: SoundName, volume: float) -> None:
        effect = self._effects[name]
        effect.setVolume(volume)
        effect.play()


class CommandBackend:
    """A platform player started detached for each sound (no QtMultimedia)."""

    def __init__(self, program: str, volume_arg: Callable[[float], list[str]]) -> None:
        self.name = Path(program).name
        self._program = program
        self._volume_arg = volume_arg

    def play(self, name: SoundName, volume: float) -> None:
        args = [*self._volume_arg(volume), str(sound_file(name))]
        ok, _pid = QProcess.startDetached(self._program, args)
        if not ok:
            log.warning("could not start %s to play %s", self._program, name)


class WinsoundBackend:
    """Windows' own asynchronous WAV playback (no volume control)."""

    name = "winsound"

    def play(self, name: SoundName, volume: float) -> None:
        winsound: Any = importlib.import_module("winsound")
        winsound.PlaySound(
            str(sound_file(name)),
            winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT,
        )


def _qt_multimedia_backend(parent: QObject | None) -> SoundBackend | None:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        log.info("sound: QtMultimedia is not installed")
        return None
    if not QMediaDevices.audioOutputs():
        log.info("sound: QtMultimedia found no audio output")
        return None
    return QtSoundEffectBackend(parent)


def choose_backend(
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
    parent: QObject | None = None,
    *,
    try_qt: bool = True,
) -> SoundBackend:
    """Pick the best way to play sounds here, and log which one and why."""
    if try_qt:
        backend = _qt_multimedia_backend(parent)
        if backend is not None:
            log.info("sound: playing through QtMultimedia")
            return backend
    if platform.startswith("win"):
        log.info("sound: playing through winsound")
        return WinsoundBackend()
    candidates: list[tuple[str, Callable[[float], list[str]]]]
    if platform == "darwin":
        candidates = [("afplay", lambda v: ["-v", f"{v:.2f}"])]
    else:
        candidates = [
            ("pw-play", lambda v: [f"--volume={v:.2f}"]),
            ("paplay", lambda v: [f"--volume={round(v * 65536)}"]),
            ("aplay", lambda v: ["-q"]),
        ]
    for program, volume_arg in candidates:
        path = which(program)
        if path:
            log.info("sound: playing through %s", path)
            return CommandBackend(path, volume_arg)
    log.info("sound: no audio output found; pacing sounds are off")
    return SilentBackend()


class PacingSounds:
    """Plays the named sounds at the volume in settings, or not at all when muted.

    ``sounds`` in settings mutes the tick and the turn tone; ``chime`` mutes the
    break chime. The backend is chosen lazily on the first sound, so a window
    that never plays anything never touches the audio system.
    """

    def __init__(
        self,
        settings: Settings,
        backend: SoundBackend | None = None,
        *,
        backend_factory: Callable[[], SoundBackend] = choose_backend,
    ) -> None:
        self._settings = settings
        self._backend = backend
        self._backend_factory = backend_factory
        self._failed = False

    @property
    def backend_name(self) -> str:
        return self._backend.name if self._backend is not None else "not chosen yet"

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings

    def enabled(self, name: SoundName) -> bool:
        if self._settings.volume <= 0:
            return False
        if name == "chime":
            return self._settings.chime
        return self._settings.sounds

    def play(self, name: SoundName) -> None:
        if not self.enabled(name) or self._failed:
            return
        if self._backend is None:
            self._backend = self._backend_factory()
        try:
            self._backend.play(name, self._settings.volume / 100.0)
        except Exception:  # a broken audio stack must not break the drill
            log.exception("sound: playing %s failed; sounds are off for this run", name)
            self._failed = True
