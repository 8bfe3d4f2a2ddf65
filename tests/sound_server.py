"""A real PulseAudio daemon for one desktop session: a stand-in microphone and speakers.

It runs as the session's user with the session's own ``XDG_RUNTIME_DIR`` (no
system-wide instance, no autospawn), with a null sink ``speakers`` (so
``speakers.monitor`` exists, as on every desktop) and a null source ``mic``.
Recorders are started as separate processes, the way a call app records.
"""

from __future__ import annotations

import subprocess

from tests.desktop_session import DesktopSession, wait_for
from tests.fake_notification_server import stop

PULSEAUDIO = [
    "pulseaudio",
    "-n",
    "--daemonize=no",
    "--exit-idle-time=-1",
    "--disable-shm",
    "--use-pid-file=no",
    "-L",
    "module-null-sink sink_name=speakers",
    "-L",
    "module-null-source source_name=mic",
    "-L",
    "module-native-protocol-unix",
]


class SoundServer:
    """Started in ``session``; ``record(device)`` starts a recorder, ``stop()`` ends all."""

    def __init__(self, session: DesktopSession) -> None:
        self.session = session
        # The session's environment as it is: clients find the server where a
        # desktop's clients do, in $XDG_RUNTIME_DIR/pulse.
        self.env = dict(session.env)
        self._log = (session.root / "pulseaudio.log").open("wb")
        self.proc = subprocess.Popen(
            PULSEAUDIO,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        self.recorders: list[subprocess.Popen[bytes]] = []
        if not wait_for(self._ready, 10, 0.1):
            self.stop()
            raise RuntimeError(f"pulseaudio did not start:\n{self.log()}")

    def _ready(self) -> bool:
        if self.proc.poll() is not None:
            return False
        done = subprocess.run(["pactl", "info"], env=self.env, capture_output=True, check=False)
        return done.returncode == 0

    def log(self) -> str:
        self._log.flush()
        return (self.session.root / "pulseaudio.log").read_text(errors="replace")

    def record(self, device: str) -> subprocess.Popen[bytes]:
        """A recorder on ``device`` (``mic``, ``speakers.monitor``), once the server lists it."""
        proc = subprocess.Popen(
            ["parecord", f"--device={device}", "/dev/null"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.recorders.append(proc)
        if not wait_for(lambda: str(proc.pid) in self.capture_streams(), 10, 0.1):
            raise RuntimeError(f"parecord on {device} never showed up as a capture stream")
        return proc

    def capture_streams(self) -> str:
        return subprocess.run(
            ["pactl", "list", "source-outputs"],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout

    def stop_recorder(self, proc: subprocess.Popen[bytes]) -> None:
        stop(proc)

    def stop(self) -> None:
        """Stop the recorders and the server; stopping twice is harmless."""
        for proc in self.recorders:
            stop(proc)
        stop(self.proc)
        if not self._log.closed:
            self._log.close()
