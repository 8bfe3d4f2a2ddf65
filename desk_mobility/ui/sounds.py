"""Pacing sounds: a soft tick per rep, a tone at a side change, the break chime.

The eyes can leave the screen during the drill because the ears keep count.
Sounds play through QtMultimedia's ``QSoundEffect`` where that module and an
audio output exist; otherwise through the first of the platform's own players
that really works here (PipeWire, PulseAudio or ALSA on Linux, ``afplay`` on
macOS, ``winsound`` on Windows). With none of those the app stays silent and
says so once in the log: a missing sound card never stops a drill, and a
player's complaints never reach the terminal.
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

from desk_mobility.files.paths import asset_path

log = logging.getLogger(__name__)

SoundName = Literal["tick", "turn", "chime"]
SOUND_NAMES: tuple[SoundName, ...] = ("tick", "turn", "chime")


def sound_file(name: SoundName) -> Path:
    return asset_path("sounds", f"{name}.wav")


class SoundBackend(Protocol):
    """Something that can play a short WAV at a volume of 0..1 without blocking."""

    @property
    def name(self) -> str: ...

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
    """One platform player program, started for each sound; its output never shows."""

    def __init__(self, program: str, volume_arg: Callable[[float], list[str]]) -> None:
        self.name = Path(program).name
        self.program = program
        self._volume_arg = volume_arg

    def arguments(self, name: SoundName, volume: float) -> list[str]:
        return [*self._volume_arg(volume), str(sound_file(name))]

    def play(self, name: SoundName, volume: float) -> None:
        process = QProcess()
        process.setProgram(self.program)
        process.setArguments(self.arguments(name, volume))
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        if not process.startDetached():
            log.warning("could not start %s to play %s", self.program, name)


class FirstWorkingPlayer:
    """The platform's players in order of preference; the first one that plays is kept.

    A player can be installed and still not work here (``pw-play`` with no
    PipeWire running prints an error and gives up). So the first sound is a
    trial: each candidate in turn plays it as a child whose output is read,
    never shown; the first that finishes cleanly plays every later sound,
    detached. When none works, sounds stay off and the log says so once.
    """

    def __init__(self, players: list[CommandBackend], parent: QObject | None = None) -> None:
        self._untried = list(players)
        self._parent = parent
        self._chosen: CommandBackend | None = None
        self._trial: QProcess | None = None

    @property
    def name(self) -> str:
        if self._chosen is not None:
            return self._chosen.name
        return f"trying {self._untried[0].name}" if self._untried else "silent"

    @property
    def settled(self) -> bool:
        """A player was found, or none works: no more trials."""
        return self._chosen is not None or not self._untried

    def play(self, name: SoundName, volume: float) -> None:
        if self._chosen is not None:
            self._chosen.play(name, volume)
        elif self._trial is None and self._untried:
            self._try(name, volume)
        # while a trial runs, or once none works, the sound is dropped

    def _try(self, name: SoundName, volume: float) -> None:
        player = self._untried[0]
        trial = QProcess(self._parent)
        trial.setProgram(player.program)
        trial.setArguments(player.arguments(name, volume))
        trial.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self._trial = trial
        trial.finished.connect(
            lambda code, status: self._tried(
                trial, player, name, volume, code == 0 and status == QProcess.ExitStatus.NormalExit
            )
        )
        trial.errorOccurred.connect(
            lambda error: (
                self._tried(trial, player, name, volume, False)
                if error is QProcess.ProcessError.FailedToStart
                else None
            )
        )
        trial.start()

    def _tried(
        self, trial: QProcess, player: CommandBackend, name: SoundName, volume: float, ok: bool
    ) -> None:
        if self._trial is not trial:
            return  # already handled (a failed start reports twice)
        self._trial = None
        said = bytes(trial.readAll().data()).decode(errors="replace").strip().splitlines()
        trial.deleteLater()
        if ok:
            self._chosen = player
            log.info("sound: playing through %s", player.program)
            return
        self._untried.remove(player)
        log.info("sound: %s does not work here (%s)", player.name, said[0] if said else "failed")
        if self._untried:
            self._try(name, volume)  # the same sound, so the first one is still heard
        else:
            log.info("sound: no audio player works here; pacing sounds are off")


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
    players = [
        CommandBackend(path, volume_arg)
        for program, volume_arg in candidates
        if (path := which(program))
    ]
    if players:
        log.info("sound: will try %s", ", ".join(p.name for p in players))
        return FirstWorkingPlayer(players, parent)
    log.info("sound: no audio output found; pacing sounds are off")
    return SilentBackend()
